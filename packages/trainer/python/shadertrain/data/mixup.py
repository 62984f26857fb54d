"""MixUp of programs (Baradad et al. 2022, Sec. 4): each training image is a convex
combination of k images rendered from k different programs, with Dirichlet weights."""
from __future__ import annotations

import numpy as np
import torch


def dirichlet_weights(rng: np.random.Generator, rows: int, k: int, alpha: float) -> torch.Tensor:
    """Mixing weights [rows, k] (float32), each row positive and summing to 1."""
    if k == 1:
        return torch.ones(rows, 1)
    w = rng.dirichlet([alpha] * k, size=rows)
    w = w / w.sum(axis=1, keepdims=True)
    return torch.from_numpy(w.astype(np.float32))


def mix(images: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
    """Convex combinations of groups of k images.

    images: [rows*k, C, H, W], grouped row-major (rows of k consecutive images).
    weights: [rows, k], rows sum to 1.
    returns: [rows, C, H, W]
    """
    rows, k = weights.shape
    if k == 1:
        return images
    x = images.reshape(rows, k, *images.shape[1:])
    w = weights.to(device=x.device, dtype=x.dtype).reshape(rows, k, 1, 1, 1)
    return (x * w).sum(dim=1)
