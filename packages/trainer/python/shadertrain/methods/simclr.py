"""SimCLR (Chen et al. 2020): two views through one encoder + MLP head, NT-Xent over the
global batch (gathered across processes with gradients)."""
from __future__ import annotations

from typing import Tuple

import torch
import torch.nn as nn

from .base import Method, Metrics
from .distributed import gather_with_grad
from .heads import projection_mlp
from .losses import nt_xent


class SimCLR(Method):
    def __init__(self, backbone: nn.Module, feat_dim: int, dim: int = 128, T: float = 0.2,
                 hidden: int = None):
        super().__init__(backbone, feat_dim)
        self.T = T
        self.head = projection_mlp(feat_dim, hidden or feat_dim, dim)

    def embed(self, batch) -> torch.Tensor:
        """Both views in one pass (BN statistics over 2N): [2N, dim]."""
        x = torch.cat(batch['views'][:2], dim=0)
        return self.head(self.encode(x)).float()

    def forward(self, batch) -> Tuple[torch.Tensor, Metrics]:
        z1, z2 = self.embed(batch).chunk(2, dim=0)                          # [N, dim] each
        z1, z2 = gather_with_grad(z1), gather_with_grad(z2)
        loss = nt_xent(z1, z2, self.T)
        with torch.no_grad():
            a, b = nn.functional.normalize(z1, dim=1), nn.functional.normalize(z2, dim=1)
            acc = ((a @ b.t()).argmax(dim=1) == torch.arange(len(a), device=a.device)).float().mean()
        return loss, {'loss': loss.detach(), 'acc': acc}
