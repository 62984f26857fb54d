"""Per-step randomness, derived from (seed, step, rank) and nothing else.

Because every batch's random draws come from generators seeded by
``(seed, step, rank)``, resuming at step ``s`` reproduces batch ``s`` exactly without
saving any RNG stream: the sampler's checkpointable state is just ``{seed, step}``.
"""
from __future__ import annotations

from typing import Tuple

import numpy as np
import torch


def step_rngs(seed: int, step: int, rank: int = 0) -> Tuple[np.random.Generator, torch.Generator]:
    """A numpy and a (CPU) torch generator for one step of one process."""
    ss = np.random.SeedSequence([int(seed), int(step), int(rank), 0x5EED])
    rng = np.random.Generator(np.random.PCG64(ss))
    g = torch.Generator()
    g.manual_seed(int(ss.generate_state(2, dtype=np.uint64)[1] >> np.uint64(1)))
    return rng, g


def sample_distinct(rng: np.random.Generator, p: np.ndarray, rows: int, k: int) -> np.ndarray:
    """Indices [rows, k] drawn from distribution ``p`` [P], distinct within each row.

    Sampling without replacement, proportional to ``p`` (successive draws).
    """
    P = len(p)
    nonzero = int((p > 0).sum())
    if k > nonzero:
        raise ValueError(f"config field 'mixup_k': got {k} but only {nonzero} programs can be "
                         'sampled; MixUp needs k different programs per image')
    if k == 1:
        return rng.choice(P, size=(rows, 1), p=p)
    if P <= 64 * k:
        # Gumbel top-k: exact sampling without replacement, O(rows * P).
        with np.errstate(divide='ignore'):
            keys = np.log(p)[None, :] + rng.gumbel(size=(rows, P))
        return np.argsort(-keys, axis=1)[:, :k]
    # Many programs: draw with replacement and redraw the rare rows with a repeat.
    out = rng.choice(P, size=(rows, k), p=p)
    while True:
        srt = np.sort(out, axis=1)
        bad = np.nonzero((srt[:, 1:] == srt[:, :-1]).any(axis=1))[0]
        if len(bad) == 0:
            return out
        out[bad] = rng.choice(P, size=(len(bad), k), p=p)
