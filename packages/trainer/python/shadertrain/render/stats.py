"""Image statistics for validating a program: pure numpy functions with stated definitions.

All take uint8 frames [K, H, W, 3] (K frames of one program, row 0 = top) unless noted.
"""
from __future__ import annotations

import numpy as np

LUMA = np.array([0.299, 0.587, 0.114])  # ITU-R BT.601


def luma(frames: np.ndarray) -> np.ndarray:
    """[K, H, W, 3] uint8 → [K, H, W] float64 in [0, 1]."""
    return frames.astype(np.float64) @ LUMA / 255.0


def channel_mean_std(frames: np.ndarray) -> tuple[list[float], list[float]]:
    """Per-channel mean and standard deviation over all frames and pixels, in [0, 1]."""
    x = frames.reshape(-1, 3).astype(np.float64) / 255.0
    return x.mean(0).tolist(), x.std(0).tolist()


def colorfulness(frames: np.ndarray) -> float:
    """Hasler & Süsstrunk (2003), 'Measuring colourfulness in natural images', on the 0-255 scale:
    rg = R - G, yb = (R + G) / 2 - B, C = sqrt(σ_rg² + σ_yb²) + 0.3 sqrt(μ_rg² + μ_yb²).
    Computed per frame, averaged. 0 for grey images; ~15 'slightly', ~60 'quite', >100 'extremely'."""
    x = frames.astype(np.float64)
    rg = x[..., 0] - x[..., 1]
    yb = 0.5 * (x[..., 0] + x[..., 1]) - x[..., 2]
    ax = (1, 2)
    c = (np.sqrt(rg.std(ax) ** 2 + yb.std(ax) ** 2)
         + 0.3 * np.sqrt(rg.mean(ax) ** 2 + yb.mean(ax) ** 2))
    return float(c.mean())


def entropy(frames: np.ndarray) -> float:
    """Shannon entropy (bits, 0-8) of the 256-bin histogram of 8-bit luma, per frame, averaged.
    0 for a constant image, 1 for half black / half white."""
    y = np.clip(np.rint(luma(frames) * 255.0), 0, 255).astype(np.int64)
    out = []
    for f in y:
        p = np.bincount(f.ravel(), minlength=256) / f.size
        p = p[p > 0]
        out.append(float(-(p * np.log2(p)).sum()))
    return float(np.mean(out))


def edge_density(frames: np.ndarray, threshold: float = 0.25) -> float:
    """Fraction of interior pixels ([H-2, W-2]) whose Sobel gradient magnitude of luma, divided
    by 4 (the kernel's gain, so a 0→1 step gives 1), exceeds ``threshold``. Averaged over frames.
    A vertical black/white edge in a W-wide image marks 2 columns: 2 / (W - 2)."""
    y = luma(frames)
    if y.shape[1] < 3 or y.shape[2] < 3:
        return 0.0
    p = lambda dy, dx: y[:, 1 + dy:y.shape[1] - 1 + dy, 1 + dx:y.shape[2] - 1 + dx]
    gx = (p(-1, 1) + 2 * p(0, 1) + p(1, 1)) - (p(-1, -1) + 2 * p(0, -1) + p(1, -1))
    gy = (p(1, -1) + 2 * p(1, 0) + p(1, 1)) - (p(-1, -1) + 2 * p(-1, 0) + p(-1, 1))
    mag = np.sqrt(gx * gx + gy * gy) / 4.0
    return float((mag > threshold).mean())


def coverage(frames: np.ndarray, tolerance: int = 8) -> float:
    """Fraction of pixels that are not background, per frame, averaged. The background is the
    most common colour after quantizing each channel to 32 levels (the mean colour of the pixels in
    that bin); a pixel is background when every channel is within ``tolerance`` (0-255) of it. Constant image → 0; half black / half white → 0.5."""
    out = []
    for f in frames:
        px = f.reshape(-1, 3).astype(np.int64)
        q = px >> 3
        key = (q[:, 0] << 10) | (q[:, 1] << 5) | q[:, 2]
        mode = np.bincount(key).argmax()
        bg = px[key == mode].mean(0)
        is_bg = (np.abs(px - bg) <= tolerance).all(1)
        out.append(1.0 - float(is_bg.mean()))
    return float(np.mean(out))


def temporal_change(frames: np.ndarray) -> float:
    """Mean absolute difference between consecutive frames, in [0, 1]; 0 for one frame."""
    if frames.shape[0] < 2:
        return 0.0
    x = frames.astype(np.float64) / 255.0
    return float(np.abs(np.diff(x, axis=0)).mean())


def non_finite(image: np.ndarray) -> float:
    """Fraction of non-finite values (NaN, ±Inf) among the RGB values of a float image [..., 4]."""
    rgb = image[..., :3]
    return float((~np.isfinite(rgb)).mean())


def image_stats(frames: np.ndarray, float_image: np.ndarray | None = None) -> dict:
    """All statistics, keyed as in the TypeScript ``RenderStats`` type."""
    mean, std = channel_mean_std(frames)
    return {
        'mean': mean, 'std': std, 'colorfulness': colorfulness(frames),
        'entropy': entropy(frames), 'edgeDensity': edge_density(frames),
        'coverage': coverage(frames), 'temporalChange': temporal_change(frames),
        'nonFinite': non_finite(float_image) if float_image is not None else 0.0,
    }
