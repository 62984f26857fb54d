"""NT-Xent, the normalized temperature-scaled cross-entropy of SimCLR (Chen et al. 2020, Eq. 1)."""
from __future__ import annotations

import torch
import torch.nn.functional as F


def nt_xent(z1: torch.Tensor, z2: torch.Tensor, temperature: float) -> torch.Tensor:
    """Mean over the 2N anchors of -log softmax(sim / T) at the anchor's other view.

    z1, z2: [N, D] embeddings of two views (normalised here); row i of z1 and z2 are positives,
    the other 2N - 2 embeddings are negatives. Symmetric in (z1, z2).
    """
    n = z1.shape[0]
    z = F.normalize(torch.cat([z1, z2], dim=0).float(), dim=1)   # [2N, D]
    sim = z @ z.t() / temperature                               # [2N, 2N]
    sim = sim.masked_fill(torch.eye(2 * n, dtype=torch.bool, device=z.device), float('-inf'))
    target = torch.cat([torch.arange(n, 2 * n), torch.arange(0, n)]).to(z.device)
    return F.cross_entropy(sim, target)
