"""Supervised contrastive loss, L_out (Khosla et al. 2020, Eq. 2)."""
from __future__ import annotations

import torch
import torch.nn.functional as F


def supcon_loss(features: torch.Tensor, labels: torch.Tensor, temperature: float) -> torch.Tensor:
    """features: [N, V, D] (V >= 2 views, normalised here), labels: [N] int.

    Each of the N*V anchors is pulled towards every other embedding with its label and
    pushed from the rest. With all labels distinct and V = 2 this equals NT-Xent.
    """
    n, v, _ = features.shape
    z = F.normalize(features.float(), dim=2).transpose(0, 1).reshape(n * v, -1)   # [V*N, D]
    lab = labels.view(1, n).expand(v, n).reshape(-1)                               # [V*N]
    logits = z @ z.t() / temperature                                               # [VN, VN]
    self_mask = torch.eye(n * v, dtype=torch.bool, device=z.device)
    logits = logits.masked_fill(self_mask, float('-inf'))
    log_prob = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    pos = (lab.view(-1, 1) == lab.view(1, -1)) & ~self_mask
    pos_log_prob = torch.where(pos, log_prob, torch.zeros_like(log_prob)).sum(dim=1)
    return -(pos_log_prob / pos.sum(dim=1).clamp(min=1)).mean()
