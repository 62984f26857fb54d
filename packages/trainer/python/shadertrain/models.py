"""Backbones: torchvision classification models by name, classifier removed.

``build_backbone('resnet50')`` returns the torchvision model itself with its last
``nn.Linear`` (``fc`` for ResNets, ``classifier[-1]`` or ``heads.head`` for others)
replaced by ``nn.Identity``, so its ``state_dict`` keeps torchvision's key names and
``forward(x [N,3,H,W]) -> features [N, D]`` with ``D`` the removed layer's input width.
"""
from __future__ import annotations

import sys
from typing import Callable, Tuple

import torch
import torch.nn as nn
import torchvision


def _constructor(arch: str) -> Callable[..., nn.Module]:
    models = torchvision.models
    if hasattr(models, 'list_models'):
        names = set(models.list_models(module=models))
        if arch not in names:
            raise ValueError(f'config field \'arch\': got {arch!r}; name a torchvision '
                             f'classification model, e.g. resnet18, resnet50 ({len(names)} known)')
        return lambda **kw: models.get_model(arch, **kw)
    fn = getattr(models, arch, None)
    if fn is None or not callable(fn) or arch.startswith('_') or arch[0].isupper():
        raise ValueError(f"config field 'arch': got {arch!r}; name a torchvision "
                         'classification model, e.g. resnet18, resnet50')
    return fn


def build_backbone(arch: str) -> Tuple[nn.Module, int]:
    """A randomly initialised torchvision model without its classifier, and its feature width.

    Initialisation draws from torch's global RNG: seed it first for a reproducible model.
    """
    model = _constructor(arch)(weights=None)
    last_name, last = None, None
    for name, module in model.named_modules():
        if isinstance(module, nn.Linear):
            last_name, last = name, module
    if last is None:
        raise ValueError(f"config field 'arch': {arch!r} has no final nn.Linear to remove")
    parent = model
    *path, leaf = last_name.split('.')
    for part in path:
        parent = getattr(parent, part)
    setattr(parent, leaf, nn.Identity())
    return model, last.in_features


def resolve_device(spec: str, local_rank: int = 0) -> torch.device:
    """'auto' -> cuda:<local_rank> when CUDA is available, else cpu."""
    if spec == 'auto':
        spec = 'cuda' if torch.cuda.is_available() else 'cpu'
    if spec == 'cuda':
        spec = f'cuda:{local_rank}'
    if spec.startswith('cuda') and not torch.cuda.is_available():
        raise ValueError(f"config field 'device': got {spec!r} but CUDA is not available; use 'cpu' or 'auto'")
    return torch.device(spec)


def maybe_compile(module: nn.Module, enabled: bool) -> Callable[[torch.Tensor], torch.Tensor]:
    """``torch.compile(module)`` when asked and available (torch >= 2), else the module."""
    if enabled and hasattr(torch, 'compile'):
        try:
            return torch.compile(module)
        except Exception as e:  # a backend may be missing on some hosts
            print(f'torch.compile unavailable, running eagerly: {e}', file=sys.stderr)
    return module


def uses_fast_path(device: torch.device, amp: bool) -> bool:
    """bf16 autocast and channels_last are used on CUDA only."""
    return amp and device.type == 'cuda'
