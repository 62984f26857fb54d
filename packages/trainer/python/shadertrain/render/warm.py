"""Warm the GL driver's on-disk shader cache with the programs of snapshot dirs, in parallel.

A training run compiles every program of its snapshot before the first batch (``ProgramSource``).
On the NVIDIA driver a cold compile costs ~30 ms per program in one process (201 programs: 6.1 s
cold, 0.15 s from its disk cache; ``bench/RESULTS.md``), so thousands of programs cost minutes of
every run. ``warm`` compiles the union of the dirs' programs once, one shard per worker process,
so the runs that follow (several may share a GPU) read the compiled programs from the cache.
``cache_env`` is the environment that keeps the NVIDIA cache on and large enough; Mesa ignores it.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from typing import Dict, Iterable, List, Tuple

# The driver's defaults: on (not always for root), a few hundred MB, cleaned up when full.
CACHE_ENV = {'__GL_SHADER_DISK_CACHE': '1', '__GL_SHADER_DISK_CACHE_SIZE': str(16 << 30),
             '__GL_SHADER_DISK_CACHE_SKIP_CLEANUP': '1'}


def cache_env(env: Dict[str, str] = None) -> Dict[str, str]:
    """``env`` (default os.environ) with the cache settings added where it has none of its own."""
    return {**CACHE_ENV, **(os.environ if env is None else env)}


def programs_of(dirs: Iterable[str]) -> List[Tuple[str, str]]:
    """The union of the dirs' programs as (id, body path), first occurrence first."""
    from ..data.manifest import load_snapshot
    seen: Dict[str, str] = {}
    for d in dirs:
        snap = load_snapshot(d)
        for p in snap.programs:
            seen.setdefault(p.id, os.path.normpath(os.path.join(snap.directory, p.file)))
    return list(seen.items())


def _compile_shard(device: str, items: List[Tuple[str, str]]) -> Dict[str, str]:
    from ..data.programs import compile_all
    from .engine import RenderConfig, RenderEngine
    engine = RenderEngine(config=RenderConfig(device=device, program_cache_size=len(items) + 16))
    try:
        for pid, path in items:
            with open(path, 'r', encoding='utf-8') as f:
                engine.add_program(pid, f.read())
        return compile_all(engine, [pid for pid, _ in items])
    finally:
        engine.close()


def warm(dirs: Iterable[str], workers: int = 8, device: str = 'auto') -> dict:
    """Compile every program of ``dirs`` in ``workers`` processes; returns counts and seconds."""
    if workers < 1:
        raise ValueError(f'workers must be >= 1, got {workers}')
    t0 = time.perf_counter()
    items = programs_of(dirs)
    shards = [s for s in (items[i::workers] for i in range(workers)) if s]
    os.environ.update(cache_env())           # the workers inherit it before their driver loads
    with multiprocessing.get_context('spawn').Pool(len(shards)) as pool:
        failed = {k: v for part in pool.starmap(_compile_shard, [(device, s) for s in shards]) for k, v in part.items()}
    return {'programs': len(items), 'compiled': len(items) - len(failed), 'failed': sorted(failed),
            'workers': len(shards), 'seconds': round(time.perf_counter() - t0, 1)}
