"""Frozen features of labeled images: resize, 3 channels, normalize, forward without grad."""
from __future__ import annotations

import torch
import torch.nn as nn
import torch.nn.functional as F

from ..data.augment import normalize, to_float_nchw


@torch.no_grad()
def extract_features(backbone: nn.Module, images: torch.Tensor, resolution: int,
                     device: torch.device, batch_size: int = 256, channels_last: bool = False
                     ) -> torch.Tensor:
    """images: uint8 [N,H,W,C] (C = 1 or 3) -> float32 features [N, D] on the CPU."""
    was_training = backbone.training
    backbone.eval()
    out = []
    for s in range(0, len(images), batch_size):
        x = to_float_nchw(images[s:s + batch_size].to(device))
        if x.shape[-2:] != (resolution, resolution):
            x = F.interpolate(x, size=(resolution, resolution), mode='bilinear', align_corners=False)
        x = normalize(x.clamp(0, 1))
        if channels_last:
            x = x.contiguous(memory_format=torch.channels_last)
        out.append(backbone(x).float().flatten(1).cpu())
    backbone.train(was_training)
    return torch.cat(out, dim=0)
