"""What every method shares: a torchvision backbone and an optionally compiled forward."""
from __future__ import annotations

from typing import Dict, Tuple

import torch
import torch.nn as nn

from ..models import maybe_compile

Metrics = Dict[str, torch.Tensor]


class Method(nn.Module):
    """Base of the method modules.

    ``self.backbone`` is the plain torchvision model (classifier removed): its state_dict
    is what ``backbone-<step>.pt`` holds. ``forward(batch) -> (loss, metrics)`` where
    batch = {'views': [V x [B,3,R,R]], 'labels': [B], 'ids': [B,k], 'weights': [B,k], 'step'}.
    """

    n_views = 2

    def __init__(self, backbone: nn.Module, feat_dim: int):
        super().__init__()
        self.backbone = backbone
        self.feat_dim = feat_dim
        object.__setattr__(self, '_encode', backbone)  # not a submodule: keeps state_dict keys plain

    def compile_backbone(self, enabled: bool) -> None:
        object.__setattr__(self, '_encode', maybe_compile(self.backbone, enabled))

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        """x: [N,3,R,R] -> features [N, feat_dim]."""
        return self._encode(x)

    def forward(self, batch) -> Tuple[torch.Tensor, Metrics]:  # pragma: no cover - abstract
        raise NotImplementedError
