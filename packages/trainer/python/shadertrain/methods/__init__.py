"""Training methods: one nn.Module each, ``forward(batch) -> (loss, metrics)``."""
from __future__ import annotations

from ..config import Config
from ..models import build_backbone
from .base import Method
from .ce import ProgramCE
from .moco import MoCo
from .simclr import SimCLR
from .supcon import SupCon

__all__ = ['Method', 'MoCo', 'SimCLR', 'SupCon', 'ProgramCE', 'build_method']


def build_method(cfg: Config, num_classes: int = 0) -> Method:
    """The configured method with a fresh backbone (initialised from torch's global RNG)."""
    backbone, feat_dim = build_backbone(cfg.arch)
    if cfg.method == 'moco':
        return MoCo(backbone, feat_dim, dim=cfg.moco_dim, K=cfg.moco_queue, m=cfg.moco_momentum,
                    T=cfg.temperature, hidden=cfg.proj_hidden)
    if cfg.method == 'simclr':
        return SimCLR(backbone, feat_dim, dim=cfg.moco_dim, T=cfg.temperature, hidden=cfg.proj_hidden)
    if cfg.method == 'supcon':
        return SupCon(backbone, feat_dim, dim=cfg.moco_dim, T=cfg.temperature, hidden=cfg.proj_hidden)
    if num_classes < 1:
        raise ValueError("config field 'method': 'ce' needs a program snapshot (labels)")
    return ProgramCE(backbone, feat_dim, num_classes)
