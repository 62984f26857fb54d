"""Batched, per-sample augmentations on tensors (MoCo v2 / SimCLR recipe).

torchvision's tensor transforms draw one set of parameters per call, i.e. per batch;
contrastive learning needs independent parameters per image, so these are written
here as batched tensor ops (``affine_grid``/``grid_sample`` crops, grouped-conv blur,
batched HSV) that run on whatever device the images are on. All random parameters
are drawn on the CPU from the step's ``torch.Generator`` so a batch is reproducible
from ``(seed, step)`` on any device.

Order (fixed, unlike torchvision's random jitter order): random resized crop + flip,
colour jitter (brightness, contrast, saturation, hue) with prob ``jitter_p``,
grayscale with prob ``grayscale_p``, Gaussian blur with prob ``blur_p``, normalize.
"""
from __future__ import annotations

import math
import sys
from typing import Dict, List

import torch
import torch.nn.functional as F

from ..config import AugmentConfig

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)
_LUMA = (0.299, 0.587, 0.114)


def normalize(x: torch.Tensor) -> torch.Tensor:
    """[N,3,H,W] in [0,1] -> ImageNet-normalized."""
    mean = torch.tensor(IMAGENET_MEAN, device=x.device, dtype=x.dtype).view(1, 3, 1, 1)
    std = torch.tensor(IMAGENET_STD, device=x.device, dtype=x.dtype).view(1, 3, 1, 1)
    return (x - mean) / std


def to_float_nchw(images: torch.Tensor) -> torch.Tensor:
    """uint8 [N,H,W,C] (C in {1,3}) -> float32 [N,3,H,W] in [0,1], same device."""
    x = images.permute(0, 3, 1, 2).float().div_(255.0)
    if x.shape[1] == 1:
        x = x.expand(-1, 3, -1, -1)
    return x.contiguous()


def _uniform(g: torch.Generator, n: int, lo: float, hi: float) -> torch.Tensor:
    return lo + (hi - lo) * torch.rand(n, generator=g)


def sample_params(g: torch.Generator, n: int, cfg: AugmentConfig) -> Dict[str, torch.Tensor]:
    """Per-sample parameters (CPU tensors, first dim n). Disabled ops get identity values."""
    area = _uniform(g, n, *cfg.crop_scale)
    log_ratio = _uniform(g, n, math.log(cfg.crop_ratio[0]), math.log(cfg.crop_ratio[1]))
    ratio = torch.exp(log_ratio)
    w = torch.sqrt(area * ratio).clamp(max=1.0)  # fraction of the width (clamped, not retried)
    h = torch.sqrt(area / ratio).clamp(max=1.0)
    cx = (torch.rand(n, generator=g) * 2 - 1) * (1 - w)
    cy = (torch.rand(n, generator=g) * 2 - 1) * (1 - h)
    flip = 1.0 - 2.0 * (torch.rand(n, generator=g) < cfg.flip_p).float()
    theta = torch.zeros(n, 2, 3)
    theta[:, 0, 0] = w * flip
    theta[:, 0, 2] = cx
    theta[:, 1, 1] = h
    theta[:, 1, 2] = cy
    jitter = torch.rand(n, generator=g) < cfg.jitter_p
    one = torch.ones(n)
    brightness = torch.where(jitter, _uniform(g, n, 1 - cfg.brightness, 1 + cfg.brightness), one)
    contrast = torch.where(jitter, _uniform(g, n, 1 - cfg.contrast, 1 + cfg.contrast), one)
    saturation = torch.where(jitter, _uniform(g, n, 1 - cfg.saturation, 1 + cfg.saturation), one)
    hue = torch.where(jitter, _uniform(g, n, -cfg.hue, cfg.hue), torch.zeros(n))
    gray = (torch.rand(n, generator=g) < cfg.grayscale_p).float()
    sigma = _uniform(g, n, *cfg.blur_sigma)
    blur = torch.rand(n, generator=g) < cfg.blur_p
    sigma = torch.where(blur, sigma, torch.zeros(n))  # 0 = no blur
    return dict(theta=theta, brightness=brightness, contrast=contrast, saturation=saturation,
                hue=hue, gray=gray, sigma=sigma)


def _luma(x: torch.Tensor) -> torch.Tensor:
    r, g, b = x.unbind(1)
    return (_LUMA[0] * r + _LUMA[1] * g + _LUMA[2] * b).unsqueeze(1)


def rgb_to_hsv(x: torch.Tensor) -> torch.Tensor:
    """[N,3,H,W] RGB in [0,1] -> HSV in [0,1] (same formulas as torchvision)."""
    r, g, b = x.unbind(1)
    maxc, _ = x.max(dim=1)
    minc, _ = x.min(dim=1)
    eqc = maxc == minc
    cr = maxc - minc
    ones = torch.ones_like(maxc)
    s = cr / torch.where(eqc, ones, maxc)
    crd = torch.where(eqc, ones, cr)
    rc, gc, bc = (maxc - r) / crd, (maxc - g) / crd, (maxc - b) / crd
    hr = (maxc == r) * (bc - gc)
    hg = ((maxc == g) & (maxc != r)) * (2.0 + rc - bc)
    hb = ((maxc != g) & (maxc != r)) * (4.0 + gc - rc)
    h = torch.fmod((hr + hg + hb) / 6.0 + 1.0, 1.0)
    return torch.stack((h, s, maxc), dim=1)


def hsv_to_rgb(x: torch.Tensor) -> torch.Tensor:
    h, s, v = x.unbind(1)
    i = torch.floor(h * 6.0)
    f = h * 6.0 - i
    i = i.long() % 6
    p = (v * (1 - s)).clamp(0, 1)
    q = (v * (1 - s * f)).clamp(0, 1)
    t = (v * (1 - s * (1 - f))).clamp(0, 1)
    mask = (i.unsqueeze(1) == torch.arange(6, device=x.device).view(1, 6, 1, 1)).to(x.dtype)
    r = torch.stack((v, q, p, p, t, v), dim=1)
    g = torch.stack((t, v, v, q, p, p), dim=1)
    b = torch.stack((p, p, t, v, v, q), dim=1)
    return torch.stack(((mask * r).sum(1), (mask * g).sum(1), (mask * b).sum(1)), dim=1)


def blur_size(hgt: int, wid: int) -> int:
    """The blur's kernel size: odd, about 10% of the image, at least 3."""
    return max(3, int(0.1 * min(hgt, wid)) // 2 * 2 + 1)


def _gaussian_blur(x: torch.Tensor, sigma: torch.Tensor) -> torch.Tensor:
    """Separable blur with a per-sample sigma [N] (0 = identity); kernel ~10% of the size."""
    n, c, hgt, wid = x.shape
    ks = blur_size(hgt, wid)
    half = ks // 2
    pos = torch.arange(ks, device=x.device, dtype=x.dtype) - half
    s = sigma.to(x.device, x.dtype).clamp(min=1e-6).view(n, 1)
    k = torch.exp(-(pos.view(1, ks) ** 2) / (2 * s * s))
    k = k / k.sum(dim=1, keepdim=True)
    delta = (pos == 0).to(x.dtype).view(1, ks).expand(n, ks)
    k = torch.where((sigma.to(x.device) > 0).view(n, 1), k, delta)
    k = k.repeat_interleave(c, dim=0)                      # [N*C, ks]
    y = x.reshape(1, n * c, hgt, wid)
    mode = 'reflect' if min(hgt, wid) > half else 'replicate'
    y = F.pad(y, (half, half, 0, 0), mode=mode)
    y = F.conv2d(y, k.view(n * c, 1, 1, ks), groups=n * c)
    y = F.pad(y, (0, 0, half, half), mode=mode)
    y = F.conv2d(y, k.view(n * c, 1, ks, 1), groups=n * c)
    return y.reshape(n, c, hgt, wid)


def apply(x: torch.Tensor, params: Dict[str, torch.Tensor], size: int) -> torch.Tensor:
    """Augment a batch: x [N,3,S,S] float in [0,1] -> normalized view [N,3,size,size]."""
    n = x.shape[0]
    dev, dt = x.device, x.dtype
    any_hue = bool((params['hue'] != 0).any())      # decided on the CPU: no device sync
    any_blur = bool((params['sigma'] > 0).any())
    p = {k: v.to(dev, non_blocking=True) for k, v in params.items()}
    grid = F.affine_grid(p['theta'].to(dt), [n, 3, size, size], align_corners=False)
    x = F.grid_sample(x, grid, mode='bilinear', padding_mode='reflection', align_corners=False)
    view = lambda t: t.to(dt).view(n, 1, 1, 1)  # noqa: E731
    x = (x * view(p['brightness'])).clamp(0, 1)
    mean = _luma(x).mean(dim=(2, 3), keepdim=True)
    x = (view(p['contrast']) * x + (1 - view(p['contrast'])) * mean).clamp(0, 1)
    x = (view(p['saturation']) * x + (1 - view(p['saturation'])) * _luma(x)).clamp(0, 1)
    if any_hue:
        hsv = rgb_to_hsv(x)
        hsv = torch.stack((torch.remainder(hsv[:, 0] + p['hue'].to(dt).view(n, 1, 1), 1.0),
                           hsv[:, 1], hsv[:, 2]), dim=1)
        x = torch.where(view(p['hue']) != 0, hsv_to_rgb(hsv), x)
    g = view(p['gray'])
    x = g * _luma(x).expand(-1, 3, -1, -1) + (1 - g) * x
    if any_blur:
        x = _gaussian_blur(x, p['sigma'])
    return normalize(x)


def apply_kernels(kernels, x: torch.Tensor, params: Dict[str, torch.Tensor], size: int) -> torch.Tensor:
    """``apply`` as CUDA kernels (``augment_cuda.CudaAugment``), the same formulas in the same order:
    crop + brightness; contrast, saturation, hue and grayscale; blur along x; blur along y with the
    normalization. The one reduction, each image's mean luma for the contrast, stays in torch."""
    from .augment_cuda import MAX_TAPS, pack_params
    if x.dtype != torch.float32:
        raise TypeError(f'the augmentation kernels take float32 images, got {x.dtype}')
    n = x.shape[0]
    ks = blur_size(size, size)
    if ks > MAX_TAPS:
        raise ValueError(f'the augmentation kernels blur with at most {MAX_TAPS} taps; size {size} needs {ks}')
    any_blur = bool((params['sigma'] > 0).any())     # decided on the CPU: no device sync
    prm = pack_params(params).to(x.device, non_blocking=True)
    y = kernels.crop_brightness(x.contiguous(), prm, size)
    mean = _luma(y).mean(dim=(2, 3)).reshape(n).contiguous()
    y = kernels.color(y, prm, mean)
    reflect = size > ks // 2
    if any_blur:
        y = kernels.blur_pass(y, prm, ks, reflect, vertical=False, normalize=False)
    return kernels.blur_pass(y, prm, ks, reflect, vertical=True, normalize=True)


class Augmenter:
    """Makes ``n_views`` independently augmented views of a batch of images."""

    def __init__(self, cfg: AugmentConfig, size: int):
        self.cfg, self.size = cfg, size
        self._kernels: Dict[torch.device, object] = {}

    def kernels(self, device: torch.device):
        """The compiled CudaAugment for ``device`` when ``cfg.fused`` asks for it, else None
        (also where it cannot be built: then once a note on stderr, and the torch ops)."""
        if not (self.cfg.fused and device.type == 'cuda'):
            return None
        if device not in self._kernels:
            try:
                from .augment_cuda import CudaAugment
                self._kernels[device] = CudaAugment(device)
            except (ImportError, RuntimeError) as e:
                print(f'augment.fused: kernels unavailable on {device} ({e}); using torch ops', file=sys.stderr)
                self._kernels[device] = None
        return self._kernels[device]

    def views(self, x: torch.Tensor, g: torch.Generator, n_views: int) -> List[torch.Tensor]:
        """x: [N,3,S,S] float in [0,1] -> list of n_views tensors [N,3,size,size]."""
        k = self.kernels(x.device)
        one = (lambda p: apply(x, p, self.size)) if k is None else (lambda p: apply_kernels(k, x, p, self.size))
        return [one(sample_params(g, x.shape[0], self.cfg)) for _ in range(n_views)]
