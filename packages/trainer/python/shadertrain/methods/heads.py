"""Projection heads."""
from __future__ import annotations

import torch.nn as nn


def projection_mlp(in_dim: int, hidden: int, out_dim: int) -> nn.Sequential:
    """MoCo v2 / SimCLR 2-layer MLP: Linear(in, hidden) - ReLU - Linear(hidden, out)."""
    return nn.Sequential(nn.Linear(in_dim, hidden), nn.ReLU(inplace=True), nn.Linear(hidden, out_dim))
