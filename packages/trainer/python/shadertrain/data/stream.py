"""Batches for the training loop, rendered ahead of time by a background thread.

``make_batch(source, augmenter, cfg, step, rank, n_views)`` is a pure function of
``(seed, step, rank)`` (given the source's data): draw rows*k images, MixUp them with
Dirichlet weights, and make ``n_views`` augmented views. ``Prefetcher`` runs it in a
thread that owns the source (the render engine's EGL context is created in that
thread) and keeps up to ``depth`` batches ready in a bounded queue, so rendering of
batch i+1 overlaps training on batch i. On CUDA the thread works on its own stream.
"""
from __future__ import annotations

import queue
import threading
import time
import traceback
from typing import Any, Callable, Dict, Optional

import torch

from ..config import Config
from .augment import Augmenter
from .mixup import dirichlet_weights, mix
from .sampling import step_rngs

Batch = Dict[str, Any]


def build_source(cfg: Config, engine_factory: Optional[Callable] = None):
    """The configured image source (not opened yet)."""
    if cfg.source == 'programs':
        from .manifest import load_snapshot
        from .programs import ProgramSource
        snap = load_snapshot(cfg.programs_dir)
        if cfg.mixup_k > len(snap):
            raise ValueError(f"config field 'mixup_k': got {cfg.mixup_k} but the snapshot has "
                             f'only {len(snap)} programs')
        return ProgramSource(snap, size=cfg.tile_size, sampling=cfg.sampling,
                             max_time=cfg.max_time, engine_factory=engine_factory)
    if cfg.source == 'noise':
        from .procedural import NoiseSource
        return NoiseSource(cfg.tile_size)
    if cfg.source == 'dead-leaves':
        from .procedural import DeadLeavesSource
        return DeadLeavesSource(cfg.tile_size)
    from .images import ImageSource
    return ImageSource(cfg.images, cfg.tile_size, cfg.eval.fashion_mnist_root, cfg.seed)


def make_batch(source, augmenter: Augmenter, cfg: Config, step: int, rank: int,
               n_views: int, timings: Optional[Dict[str, float]] = None) -> Batch:
    """One training batch, determined by (cfg.seed, step, rank).

    returns {'step': int, 'views': [n_views x [B,3,R,R]], 'labels': [B] (dominant program),
             'ids': [B,k] (program indices, -1 for non-program sources), 'weights': [B,k]}
    """
    rng, g = step_rngs(cfg.seed, step, rank)
    B, k = cfg.batch_size, cfg.mixup_k
    t0 = time.perf_counter()
    images, ids = source.draw(rng, g, B, k)                          # [B*k,3,S,S], [B,k]
    if timings is not None and images.is_cuda:
        torch.cuda.current_stream(images.device).synchronize()
    t1 = time.perf_counter()
    weights = dirichlet_weights(rng, B, k, cfg.mixup_alpha)          # [B,k]
    x = mix(images, weights)                                         # [B,3,S,S]
    labels = ids.gather(1, weights.argmax(dim=1, keepdim=True)).squeeze(1)
    views = augmenter.views(x, g, n_views)
    dev = x.device
    batch = {'step': step, 'views': views, 'labels': labels.to(dev), 'ids': ids.to(dev),
             'weights': weights.to(dev)}
    if timings is not None:
        if dev.type == 'cuda':
            torch.cuda.current_stream(dev).synchronize()
        timings['render_ms'] = (t1 - t0) * 1e3
        timings['augment_ms'] = (time.perf_counter() - t1) * 1e3
    return batch


class _Failure:
    def __init__(self, exc: BaseException):
        self.exc = exc
        self.tb = traceback.format_exc()


class Prefetcher:
    """Produces batches for steps start, start+1, ... (until ``end``, exclusive, if given)."""

    def __init__(self, open_source: Callable[[], Any], build: Callable[[Any, int, Dict[str, float]], Batch],
                 device: torch.device, start: int, end: Optional[int] = None, depth: int = 2):
        self._open, self._build, self.device = open_source, build, device
        self.start, self.end = start, end
        self._q: 'queue.Queue[Any]' = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name='shadertrain-render', daemon=True)
        self._thread.start()

    def _put(self, item: Any) -> bool:
        while not self._stop.is_set():
            try:
                self._q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        source = None
        try:
            if self.device.type == 'cuda':
                torch.cuda.set_device(self.device)   # per thread: the producer's current device
            stream = torch.cuda.Stream(self.device) if self.device.type == 'cuda' else None
            ctx = torch.cuda.stream(stream) if stream is not None else _null()
            with ctx:
                source = self._open()
                step = self.start
                while not self._stop.is_set() and (self.end is None or step < self.end):
                    timings: Dict[str, float] = {}
                    batch = self._build(source, step, timings)
                    batch['timings'] = timings
                    if not self._put(batch):
                        break
                    step += 1
        except BaseException as e:  # handed to the training thread, which re-raises
            self._put(_Failure(e))
        finally:
            if source is not None:
                try:
                    source.close()
                except Exception:
                    pass

    def get(self, timeout: Optional[float] = None) -> Batch:
        item = self._q.get(timeout=timeout)
        if isinstance(item, _Failure):
            raise RuntimeError(f'batch producer failed: {item.exc!r}\n{item.tb}') from item.exc
        if self.device.type == 'cuda':
            cur = torch.cuda.current_stream(self.device)
            for t in item['views'] + [item['labels'], item['ids'], item['weights']]:
                t.record_stream(cur)
        return item

    def close(self) -> None:
        self._stop.set()
        while True:
            try:
                self._q.get_nowait()
            except queue.Empty:
                break
        self._thread.join(timeout=30)


class _null:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False
