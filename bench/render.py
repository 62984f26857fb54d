"""Render-engine benchmark: throughput into CUDA tensors (GPU) or validation latency (CPU).

GPU (on the GPU host; `source .gpu-bundle/env.sh` first):
  python3 bench/render.py gpu [--seconds 2] [--readback kernel,copy] [--json out.json]
    for each CUDA readback way (RenderConfig.cuda_readback):
    - checks that interop output == readPixels output (a mixed batch, byte for byte)
    - img/s end to end (render() returning a CUDA tensor, synchronized) for a trivial gradient
      at 128² and for the corpus mix (programs/*.glsl, dialect shadertoy, uniform over programs)
      at 128² and 256²
    - the same draws timed with GL timer queries → GPU-only img/s, and the ratio
CPU (llvmpipe):
  /usr/bin/python3 bench/render.py cpu [--programs 20]
    - validation of one program (compile + 4 frames at 64² + float render), median and p95
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'packages', 'trainer', 'python'))

import numpy as np  # noqa: E402

from shadertrain.render import RenderConfig, RenderEngine, ValidationConfig, validate_body  # noqa: E402

GRADIENT = 'void mainImage(out vec4 c, in vec2 p) { c = vec4(p / iResolution.xy, 0.5 + 0.5 * sin(iTime), 1.0); }'
FRONT = re.compile(r'^\s*/\*---(.*?)---\*/\s*', re.S)


def corpus() -> dict[str, str]:
    """programs/*.glsl with dialect shadertoy → {file stem: body}."""
    out = {}
    for path in sorted(glob.glob(os.path.join(ROOT, 'programs', '*.glsl'))):
        src = open(path, encoding='utf-8').read()
        m = FRONT.match(src)
        if not m or not re.search(r'^dialect:\s*shadertoy\s*$', m.group(1), re.M):
            continue
        out[os.path.basename(path)[:-5]] = src[m.end():]
    return out


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q / 100 * (len(xs) - 1))))]


def throughput(eng, torch, pool, size, batch, seconds, rng):
    """End-to-end img/s and GPU-only img/s for batches drawn uniformly from ``pool``."""
    variants = [(rng.choice(pool, batch), rng.uniform(0, 30, batch), rng.integers(0, 2**31, batch))
                for _ in range(4)]
    for v in variants[:2]:
        eng.render(*v[:2], size, v[2])
    torch.cuda.synchronize()
    # end to end
    n, submit, t0 = 0, 0.0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        v = variants[n % len(variants)]
        s0 = time.perf_counter()
        eng.render(v[0], v[1], size, v[2])
        submit += time.perf_counter() - s0
        n += 1
    torch.cuda.synchronize()
    wall = time.perf_counter() - t0
    e2e = n * batch / wall
    # GPU time of the same draws (timer queries)
    eng.gpu_timing = True
    gpu_ms = []
    for i in range(min(n, 8)):
        v = variants[i % len(variants)]
        eng.render(v[0], v[1], size, v[2])
        gpu_ms.append(eng.last_gpu_ms)
    eng.gpu_timing = False
    torch.cuda.synchronize()
    gpu = batch / (statistics.median(gpu_ms) / 1000.0) if gpu_ms and min(gpu_ms) > 0 else float('nan')
    p0 = time.perf_counter()
    for i in range(10):
        v = variants[i % len(variants)]
        eng._plan(v[0], v[1], size, v[2], None)
    plan_ms = (time.perf_counter() - p0) / 10 * 1000
    return {'size': size, 'batch': batch, 'batches': n, 'plan_ms': round(plan_ms, 3), 'img_per_s': round(e2e),
            'gpu_only_img_per_s': round(gpu), 'ratio': round(e2e / gpu, 3),
            'render_call_ms': round(submit / n * 1000, 3), 'batch_ms': round(wall / n * 1000, 3),
            'gpu_ms_median': round(statistics.median(gpu_ms), 3)}


def bench_gpu(args):
    import torch
    torch.set_num_threads(4)
    progs = corpus()
    res = {'torch': torch.__version__, 'card': torch.cuda.get_device_name(0), 'date': time.strftime('%Y-%m-%d'),
           'cases': []}
    for readback in args.readback.split(','):
        eng = RenderEngine('cuda:0', RenderConfig(cuda_readback=readback))
        res.update(renderer=eng.info, timer_queries=eng.has_timer,
                   parallel_compile='GL_KHR_parallel_shader_compile' in eng.extensions)
        eng.add_program('gradient', GRADIENT)
        for k, b in progs.items():
            eng.add_program(k, b)
        t0 = time.perf_counter()
        failed = []
        for k in progs:
            try:
                eng.prepare([k])
            except Exception as e:
                failed.append((k, str(e)[:200]))
        res[f'compile_all_s_{readback}'] = round(time.perf_counter() - t0, 3)
        res['programs'] = len(progs) - len(failed)
        res['compile_failed'] = failed
        pool = np.array([k for k in progs if k not in dict(failed)])
        rng = np.random.default_rng(0)
        # interop == readPixels, byte for byte (300 tiles: several columns, the last one partial)
        for size in (128, 256):
            pids = rng.choice(pool, 300)
            times = rng.uniform(0, 30, 300)
            seeds = rng.integers(0, 2**31, 300)
            a = eng.render(pids, times, size, seeds).cpu().numpy()
            b = eng.render_numpy(pids, times, size, seeds)
            res[f'interop_equals_readpixels_{readback}_{size}'] = bool(np.array_equal(a, b))
            res[f'interop_nonzero_{readback}_{size}'] = float((a > 0).mean())
        print(json.dumps({k: v for k, v in res.items() if k != 'cases'}), flush=True)
        cases = [('gradient', np.array(['gradient']), 128, 4096), ('gradient', np.array(['gradient']), 128, 16384),
                 ('gradient', np.array(['gradient']), 256, 1024),
                 ('mix', pool, 128, 4096), ('mix', pool, 128, 16384), ('mix', pool, 256, 1024),
                 ('mix', pool, 256, 4096)]
        for name, p, size, batch in cases:
            r = {'program': name, 'readback': readback, **throughput(eng, torch, p, size, batch, args.seconds, rng)}
            res['cases'].append(r)
            print(json.dumps(r), flush=True)
        eng.close()
    if args.json:
        json.dump(res, open(args.json, 'w'), indent=1)
    print('\n%-9s %-6s %5s %6s %10s %10s %6s %8s %8s' % ('program', 'rb', 'size', 'batch', 'img/s', 'gpu img/s',
                                                      'ratio', 'call ms', 'batch ms'))
    for r in res['cases']:
        print('%-9s %-6s %5d %6d %10d %10d %6.3f %8.3f %8.3f' % (
            r['program'], r['readback'], r['size'], r['batch'], r['img_per_s'], r['gpu_only_img_per_s'], r['ratio'],
            r['render_call_ms'], r['batch_ms']))


def bench_cpu(args):
    try:
        import torch
        torch.set_num_threads(2)
    except ImportError:
        pass
    eng = RenderEngine('cpu')
    cfg = ValidationConfig(size=64, frames=4, thumbnail_size=0)
    progs = list(corpus().items())[:args.programs]
    ms = []
    for name, body in progs:
        t0 = time.perf_counter()
        r = validate_body(eng, body, cfg)
        ms.append((time.perf_counter() - t0) * 1000)
    res = {'renderer': eng.info, 'date': time.strftime('%Y-%m-%d'), 'programs': len(ms),
           'validate_ms_median': round(statistics.median(ms), 1), 'validate_ms_p95': round(pct(ms, 95), 1),
           'validate_ms_max': round(max(ms), 1)}
    print(json.dumps(res))
    if args.json:
        json.dump(res, open(args.json, 'w'), indent=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mode', choices=['gpu', 'cpu'])
    ap.add_argument('--seconds', type=float, default=2.0)
    ap.add_argument('--programs', type=int, default=20)
    ap.add_argument('--json')
    ap.add_argument('--readback', default='kernel,copy', help="GPU: CUDA readback ways to compare (RenderConfig.cuda_readback)")
    args = ap.parse_args()
    bench_gpu(args) if args.mode == 'gpu' else bench_cpu(args)


if __name__ == '__main__':
    main()
