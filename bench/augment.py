"""Augmentation alone: two views of one batch, the torch ops (``augment.apply``) against the two
CUDA kernels (``augment.fused``), with the largest difference between their outputs.

  python3 bench/augment.py [--batch 1024] [--tile 64] [--size 64] [--repeat 50]

Prints one JSON line: ms per batch (two views, median of --repeat, CUDA events) for each path.
On a machine without CUDA only the torch path is timed. Record results in bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'packages', 'trainer', 'python'))

import torch  # noqa: E402

from shadertrain.config import AugmentConfig  # noqa: E402
from shadertrain.data import augment  # noqa: E402


def timed(fn, repeat: int, cuda: bool) -> float:
    """Median ms of fn() over repeat runs (after 5 warm-up runs)."""
    for _ in range(5):
        fn()
    out = []
    for _ in range(repeat):
        if cuda:
            a, b = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            a.record()
            fn()
            b.record()
            b.synchronize()
            out.append(a.elapsed_time(b))
        else:
            t0 = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t0) * 1e3)
    return round(statistics.median(out), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--batch', type=int, default=1024)
    ap.add_argument('--tile', type=int, default=64, help='rendered tile size S')
    ap.add_argument('--size', type=int, default=64, help='view size R')
    ap.add_argument('--repeat', type=int, default=50)
    ap.add_argument('--threads', type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    cuda = torch.cuda.is_available()
    dev = torch.device('cuda' if cuda else 'cpu')
    g = torch.Generator().manual_seed(0)
    x = torch.rand(args.batch, 3, args.tile, args.tile, generator=g).to(dev)
    cfg = AugmentConfig()
    params = [augment.sample_params(g, args.batch, cfg) for _ in range(2)]
    res = {'date': time.strftime('%Y-%m-%d %H:%M'), 'device': torch.cuda.get_device_name(0) if cuda else 'cpu',
           'torch': torch.__version__, 'batch': args.batch, 'tile': args.tile, 'size': args.size, 'views': 2,
           'torch_ms': timed(lambda: [augment.apply(x, p, args.size) for p in params], args.repeat, cuda)}
    if cuda:
        from shadertrain.data.augment_cuda import CudaAugment
        k = CudaAugment(dev)
        res['kernels_ms'] = timed(lambda: [augment.apply_kernels(k, x, p, args.size) for p in params], args.repeat, cuda)
        res['speedup'] = round(res['torch_ms'] / res['kernels_ms'], 2)
        res['max_abs_diff'] = max((augment.apply_kernels(k, x, p, args.size) - augment.apply(x, p, args.size))
                                  .abs().max().item() for p in params)
    print(json.dumps(res))


if __name__ == '__main__':
    main()
