"""SupCon (Khosla et al. 2020) with program indices as labels; with MixUp, the label of an
image is its dominant program (largest mixing weight)."""
from __future__ import annotations

from typing import Tuple

import torch

from .distributed import concat_all_gather, gather_with_grad
from .losses import supcon_loss
from .simclr import SimCLR
from .base import Metrics


class SupCon(SimCLR):
    def forward(self, batch) -> Tuple[torch.Tensor, Metrics]:
        z1, z2 = self.embed(batch).chunk(2, dim=0)                          # [N, dim] each
        z = torch.stack([gather_with_grad(z1), gather_with_grad(z2)], dim=1)  # [N', 2, dim]
        labels = concat_all_gather(batch['labels'])                         # [N']
        loss = supcon_loss(z, labels, self.T)
        return loss, {'loss': loss.detach()}
