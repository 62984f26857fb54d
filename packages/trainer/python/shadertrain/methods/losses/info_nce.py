"""InfoNCE with a queue of negatives (MoCo, He et al. 2020, Eq. 1; Chen et al. 2020 v2)."""
from __future__ import annotations

from typing import Tuple

import torch
import torch.nn.functional as F


def info_nce(q: torch.Tensor, k: torch.Tensor, queue: torch.Tensor, temperature: float
             ) -> Tuple[torch.Tensor, torch.Tensor]:
    """Cross-entropy of picking each query's key among the key and the queued negatives.

    q: [N, D] queries, k: [N, D] positive keys, queue: [D, K] negatives; all L2-normalised.
    returns (loss: scalar, logits: [N, 1+K], the positive at column 0).
    """
    q, k, queue = q.float(), k.float(), queue.float()
    l_pos = (q * k).sum(dim=1, keepdim=True)           # [N, 1]
    l_neg = q @ queue                                   # [N, K]
    logits = torch.cat([l_pos, l_neg], dim=1) / temperature
    labels = torch.zeros(q.shape[0], dtype=torch.long, device=q.device)
    return F.cross_entropy(logits, labels), logits
