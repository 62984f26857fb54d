"""The real-images source (the upper-bound arm): unlabeled samples of a labeled set."""
from __future__ import annotations

from typing import Tuple

import numpy as np
import torch
import torch.nn.functional as F

from .augment import to_float_nchw
from .labeled import load_labeled


class ImageSource:
    """Samples training images of 'fashion-mnist' or an ImageFolder; labels are not used."""

    num_classes = 0

    def __init__(self, name: str, size: int, fashion_mnist_root: str, seed: int = 0):
        self.data = load_labeled(name, 'train', size, fashion_mnist_root=fashion_mnist_root,
                                 seed=seed).images                    # uint8 [N,H,W,C], CPU
        self.size = size
        self.device = torch.device('cpu')

    def open(self, device: torch.device) -> None:
        self.device = device
        self.data = self.data.to(device)

    def close(self) -> None:
        pass

    def draw(self, rng: np.random.Generator, g: torch.Generator, rows: int, k: int
             ) -> Tuple[torch.Tensor, torch.Tensor]:
        idx = rng.integers(0, len(self.data), size=rows * k)
        x = to_float_nchw(self.data[torch.from_numpy(idx).to(self.device)])
        if x.shape[-1] != self.size or x.shape[-2] != self.size:
            x = F.interpolate(x, size=(self.size, self.size), mode='bilinear', align_corners=False)
        return x.clamp(0, 1), torch.from_numpy(idx.astype(np.int64)).view(rows, k)
