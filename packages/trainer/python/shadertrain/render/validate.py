"""Validation of one program: compile, render K frames at low resolution, measure, judge.

The result has the shape of the TypeScript ``ValidationResult`` (camelCase keys). Every rejection
names the failed check in ``reason`` ('compile-error: <first log line>', 'non-finite', 'blank',
'low-entropy', 'low-coverage', 'static', 'slow'); thresholds live in ``ValidationConfig``.
"""
from __future__ import annotations

import base64
import io
import time
from dataclasses import dataclass, field

import numpy as np

from .programs import CompileError
from .stats import image_stats
from .wrapper import program_id


@dataclass(frozen=True)
class ValidationConfig:
    """What to render and the thresholds a program must pass (images in [0, 1] units).

    size, frames, times: K = frames renders at ``times[:frames]`` seconds, size² pixels.
    max_non_finite: largest fraction of NaN/Inf values in the float render.
    min_std: the largest per-channel std must reach this, else 'blank'.
    min_entropy: luma histogram entropy in bits, else 'low-entropy'.
    min_coverage: fraction of non-background pixels, else 'low-coverage'.
    min_temporal_change: mean |frame difference|; 0 disables ('static').
    max_frame_ms: slowest frame's time, else 'slow' (None disables; CPU renderers are slow).
    thumbnail_size, thumbnail_time: the PNG returned with a passing result (0 = none).
    """
    size: int = 64
    frames: int = 4
    times: tuple[float, ...] = (0.5, 1.7, 3.1, 6.3, 9.7, 14.2, 20.5, 31.0)
    max_non_finite: float = 0.01
    min_std: float = 0.02
    min_entropy: float = 1.0
    min_coverage: float = 0.02
    min_temporal_change: float = 0.0
    max_frame_ms: float | None = None
    thumbnail_size: int = 128
    thumbnail_time: float = 1.0

    def __post_init__(self):
        if not (isinstance(self.size, int) and 8 <= self.size <= 1024):
            raise ValueError(f'size must be an int in [8, 1024], got {self.size!r}')
        if not (isinstance(self.frames, int) and 1 <= self.frames <= len(self.times)):
            raise ValueError(f'frames must be in [1, {len(self.times)}] (len(times)), got {self.frames!r}')
        for name in ('max_non_finite', 'min_coverage'):
            v = getattr(self, name)
            if not 0.0 <= v <= 1.0:
                raise ValueError(f'{name} must be in [0, 1], got {v!r}')
        if self.min_std < 0 or self.min_entropy < 0 or self.min_temporal_change < 0:
            raise ValueError('min_std, min_entropy and min_temporal_change must be >= 0')
        if self.max_frame_ms is not None and self.max_frame_ms <= 0:
            raise ValueError('max_frame_ms must be > 0 or None')
        if not (isinstance(self.thumbnail_size, int) and 0 <= self.thumbnail_size <= 2048):
            raise ValueError(f'thumbnail_size must be an int in [0, 2048], got {self.thumbnail_size!r}')


def judge(stats: dict, frame_ms: list[float], cfg: ValidationConfig) -> str | None:
    """The first failed check's name, or None when the program passes."""
    if stats['nonFinite'] > cfg.max_non_finite:
        return 'non-finite'
    if max(stats['std']) < cfg.min_std:
        return 'blank'
    if stats['entropy'] < cfg.min_entropy:
        return 'low-entropy'
    if stats['coverage'] < cfg.min_coverage:
        return 'low-coverage'
    if cfg.min_temporal_change > 0 and stats['temporalChange'] < cfg.min_temporal_change:
        return 'static'
    if cfg.max_frame_ms is not None and frame_ms and max(frame_ms) > cfg.max_frame_ms:
        return 'slow'
    return None


def png_bytes(image: np.ndarray) -> bytes:
    """uint8 [H, W, 3] → PNG bytes (Pillow)."""
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(image, 'RGB').save(buf, format='PNG')
    return buf.getvalue()


def thumbnail(engine, body: str, size: int = 128, time_s: float = 1.0) -> bytes:
    """PNG of one frame of ``body``; raises CompileError."""
    pid = program_id(body)
    engine.add_program(pid, body)
    return png_bytes(engine.render_numpy([pid], [time_s], size)[0])


def validate_body(engine, body: str, cfg: ValidationConfig = ValidationConfig()) -> dict:
    """Validate one body on ``engine``; returns a ValidationResult dict (thumbnail as base64)."""
    pid = program_id(body)
    result = {'ok': False, 'programId': pid, 'compileMs': 0.0, 'frameMs': [],
              'renderer': {k: engine.info[k] for k in ('vendor', 'renderer', 'version')}}
    try:
        engine.add_program(pid, body)
    except ValueError as e:
        result['reason'] = f'invalid-body: {e}'
        return result
    t0 = time.perf_counter()
    try:
        engine.compile(pid)
        result['compileMs'] = (time.perf_counter() - t0) * 1000.0
    except CompileError as e:
        result['compileMs'] = (time.perf_counter() - t0) * 1000.0
        result['reason'] = f'compile-error: {str(e).split(": ", 1)[-1]}'
        result['log'] = e.log
        engine.remove_program(pid)
        return result
    times = list(cfg.times[:cfg.frames])
    frames, frame_ms, timing = engine.measure(pid, times, cfg.size)
    result['frameMs'] = [float(x) for x in frame_ms]
    result['timing'] = timing
    float_image = None
    if engine.has_float_target:
        float_image = engine.render_float(pid, times[len(times) // 2], cfg.size)
    stats = image_stats(frames, float_image)
    result['stats'] = stats
    reason = judge(stats, frame_ms, cfg)
    if reason is None:
        result['ok'] = True
        if cfg.thumbnail_size:
            png = png_bytes(engine.render_numpy([pid], [cfg.thumbnail_time], cfg.thumbnail_size)[0])
            result['thumbnailPng'] = base64.b64encode(png).decode()
    else:
        result['reason'] = reason
    engine.remove_program(pid)
    return result
