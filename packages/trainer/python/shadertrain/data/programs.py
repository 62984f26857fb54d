"""The program source: (program, time, seed) tiles rendered on the fly by the RenderEngine.

Rendering goes straight to the engine's device (CUDA memory on a GPU; the engine does
the CUDA-OpenGL interop), as uint8 NHWC, converted here to float NCHW in [0, 1].
No image file is ever written.
"""
from __future__ import annotations

import sys
import time
from typing import Callable, Optional, Tuple

import numpy as np
import torch

from .augment import to_float_nchw
from .manifest import Snapshot
from .sampling import sample_distinct


def default_engine_factory(device: torch.device, programs: int = 0):
    from shadertrain.render import RenderEngine  # the engine's EGL context binds to this thread
    from shadertrain.render.engine import RenderConfig
    # Every program of the snapshot stays linked: an LRU smaller than the snapshot would
    # recompile programs on nearly every batch.
    cfg = RenderConfig(device=str(device), program_cache_size=max(1024, programs + 16))
    return RenderEngine(config=cfg)


def compile_all(engine, pids) -> dict:
    """Compile ``pids`` with ``engine.prepare`` (all issued at once) and return {pid: message} of
    those the driver rejected; the rest are linked. Other errors propagate."""
    failed = {}
    for _ in range(len(pids) + 1):
        try:
            engine.prepare([pid for pid in pids if pid not in failed])
            return failed
        except Exception as e:  # CompileError; the engine remembers every failure of the call
            errors = getattr(getattr(engine, 'programs', None), 'errors', {})
            new = {pid: str(errors.get(pid, e)) for pid in pids if pid in errors and pid not in failed}
            if not new:
                raise
            failed.update(new)
    return failed


class ProgramSource:
    """Samples programs (uniform or by manifest weight) and times, and renders them.

    ``draw`` returns images [rows*k, 3, S, S] (row-major groups of k different programs)
    and ids [rows, k] = program indices in the snapshot.
    """

    def __init__(self, snapshot: Snapshot, *, size: int, sampling: str, max_time: float,
                 engine_factory: Optional[Callable[[torch.device], object]] = None):
        self.snapshot = snapshot
        self.size = size
        self.max_time = max_time
        self.p = snapshot.probabilities(sampling)
        self.num_classes = len(snapshot)
        self.engine_factory = engine_factory or default_engine_factory
        self.engine = None
        self._codes = None
        self.excluded = []
        self.device = torch.device('cpu')

    def open(self, device: torch.device) -> None:
        """Create the engine and load the programs; call from the thread that renders."""
        self.device = device
        if self.engine_factory is default_engine_factory:
            self.engine = default_engine_factory(device, len(self.snapshot))
        else:
            self.engine = self.engine_factory(device)
        for i, entry in enumerate(self.snapshot.programs):
            if self.p[i] > 0:
                self.engine.add_program(entry.id, self.snapshot.body(i))
        self._compile_all()
        # The engine takes an int array of its own codes: cheaper than N strings per batch.
        index = getattr(self.engine, 'program_index', None)
        self._codes = None
        if callable(index):
            self._codes = np.array([index(e.id) if self.p[i] > 0 else -1
                                    for i, e in enumerate(self.snapshot.programs)], dtype=np.int64)

    def _compile_all(self) -> None:
        """Compile every sampled program before training (in parallel where the driver can) and
        leave out, with a note on stderr, those the driver rejects: their probability becomes 0."""
        if not callable(getattr(self.engine, 'prepare', None)):
            return
        todo = [e.id for i, e in enumerate(self.snapshot.programs) if self.p[i] > 0]
        t0 = time.perf_counter()
        failed = compile_all(self.engine, todo)
        if failed:
            keep = np.array([e.id not in failed for e in self.snapshot.programs], dtype=np.float64)
            p = self.p * keep
            if p.sum() <= 0:
                raise RuntimeError(f'all {len(todo)} programs failed to compile; first: {next(iter(failed.values()))}')
            self.p = p / p.sum()
            for pid, msg in list(failed.items())[:5]:
                print(f'program {pid} left out: {msg[:200]}', file=sys.stderr)
        self.excluded = sorted(failed)
        print(f'programs: {len(todo) - len(failed)} compiled, {len(failed)} left out '
              f'({time.perf_counter() - t0:.1f} s)', file=sys.stderr, flush=True)

    def draw(self, rng: np.random.Generator, g: torch.Generator, rows: int, k: int
             ) -> Tuple[torch.Tensor, torch.Tensor]:
        idx = sample_distinct(rng, self.p, rows, k)                      # [rows, k]
        flat = idx.reshape(-1)
        times = rng.uniform(0.0, self.max_time, size=flat.shape[0])
        seeds = rng.integers(0, 2 ** 31 - 1, size=flat.shape[0])
        if self._codes is not None:
            pids = self._codes[flat]
        else:
            ids = self.snapshot.ids
            pids = [ids[i] for i in flat]
        tiles = self.engine.render(pids, times.tolist(), self.size,
                                   seeds=seeds.tolist())                  # uint8 [rows*k,S,S,3]
        images = to_float_nchw(tiles.to(self.device))
        return images, torch.from_numpy(idx.astype(np.int64))

    def close(self) -> None:
        close = getattr(self.engine, 'close', None)
        if callable(close):
            close()
        self.engine = None
