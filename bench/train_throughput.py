"""Trainer throughput: on-the-fly rendering vs random tensors already on the GPU (issue 6, Numbers).

On the GPU host (`source .gpu-bundle/env.sh` first):
  python3 bench/train_throughput.py [--programs .data/programs/handwritten] [--seconds 20]
      [--cases r50-224,r18-128] [--batch N] [--method moco] [--json out.json]

For each case (arch, resolution, batch) the worker's own loop (`shadertrain.train.run`: the
background producer thread on its own CUDA stream, bf16 autocast, channels_last) runs three ways:
  render   source 'programs': every batch rendered on the fly by the RenderEngine (EGL + CUDA interop)
  random   the same pipeline, but the engine is replaced by one that hands out slices of random
           uint8 tensors made on the GPU beforehand (sampling, MixUp, augmentation unchanged):
           the denominator of the ratio, which thus isolates the cost of rendering
  step     no producer at all: the method's training step on fixed, pre-augmented views
           (the ceiling of the model alone; shows what augmentation costs)
Images/s are steady state: progress events after the first `--warmup` seconds, total images over
total time. render_ms / augment_ms are the producer's per-batch times, wait_ms the training
thread's wait for a batch, train_ms the rest of the step (per step, medians over events).
"""
from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'packages', 'trainer', 'python'))

import torch  # noqa: E402

from shadertrain import events  # noqa: E402
from shadertrain.config import Config  # noqa: E402
from shadertrain.train import run  # noqa: E402

CASES = {
    'r50-224': dict(arch='resnet50', resolution=224, batch_size=256),
    'r18-128': dict(arch='resnet18', resolution=128, batch_size=256),
    'r18-64': dict(arch='resnet18', resolution=64, batch_size=512),
}


class RandomEngine:
    """Stands in for the RenderEngine: slices of random uint8 images already on the GPU."""

    def __init__(self, device, pool: int = 4):
        self.device = device
        self.pool = pool
        self.cache = {}
        self.i = 0

    def add_program(self, pid, body):
        pass

    def render(self, pids, times, size, seeds=None):
        n = len(pids)
        key = (n, size)
        if key not in self.cache:
            g = torch.Generator(device=self.device).manual_seed(n)
            self.cache[key] = [torch.randint(0, 256, (n, size, size, 3), generator=g, dtype=torch.uint8,
                                             device=self.device) for _ in range(self.pool)]
        self.i += 1
        return self.cache[key][self.i % self.pool]

    def close(self):
        self.cache.clear()


def train_case(case: dict, mode: str, args) -> dict:
    out = tempfile.mkdtemp(prefix='tt-')
    cfg = Config(source='programs', programs_dir=args.programs, method=args.method, **case,
                 minutes=(args.warmup + args.seconds) / 60.0, schedule='constant', lr=0.03,
                 moco_queue=65536, compile=args.compile, log_every=args.log_every, out_dir=out,
                 prefetch=args.prefetch, eval={'datasets': [], 'at_end': False}, seed=0,
                 augment={'fused': args.fused})
    buf = io.StringIO()
    events._stream = buf
    t0 = time.time()
    rc = run(cfg, engine_factory=(lambda dev: RandomEngine(dev)) if mode == 'random' else None)
    evs = [json.loads(line) for line in buf.getvalue().splitlines()]
    prog = [e for e in evs if e['event'] == 'progress']
    # steady state: drop events in the first `warmup` seconds (compile, cudnn autotune, queue fill)
    wall, steady = 0.0, []
    for i, e in enumerate(prog):
        dt = cfg.log_every * cfg.batch_size / e['images_per_s']
        wall += dt
        # the first two intervals always go: lazy driver work (shader compile finishing at the
        # first draw, cudnn autotune) once spilled into the second one (run 1, 2026-11-25)
        if wall > args.warmup and i >= 2:
            steady.append((e, dt))
    if not steady:
        raise RuntimeError(f'{mode}: no steady-state progress events (rc {rc}): {evs[-1:]}')
    imgs = len(steady) * cfg.log_every * cfg.batch_size
    med = lambda k: round(statistics.median(e[k] for e, _ in steady), 3)  # noqa: E731
    res = {'mode': mode, 'rc': rc, 'img_per_s': round(imgs / sum(dt for _, dt in steady), 1),
           'steps_measured': len(steady) * cfg.log_every, 'render_ms': med('render_ms'),
           'augment_ms': med('augment_ms'), 'wait_ms': med('wait_ms'), 'train_ms': med('train_ms'),
           'loss_last': prog[-1]['loss'], 'wall_s': round(time.time() - t0, 1),
           'alloc_retries': torch.cuda.memory_stats().get('num_alloc_retries'),
           'max_reserved_gb': round(torch.cuda.max_memory_reserved() / 2**30, 2),
           'events': [{k: round(e[k], 2) for k in ('step', 'images_per_s', 'render_ms', 'augment_ms', 'wait_ms',
                                                  'train_ms')} for e in prog]}
    print(json.dumps({**case, **{k: v for k, v in res.items() if k != 'events'}}), file=sys.stderr, flush=True)
    print('  ips per event: ' + ' '.join(str(int(e['images_per_s'])) for e in res['events']), file=sys.stderr)
    return res


def step_only(case: dict, args) -> dict:
    """The training step alone on fixed pre-augmented views (no producer, no augmentation)."""
    from shadertrain.methods import build_method
    from shadertrain.train import build_optimizer
    cfg = Config(source='noise', method=args.method, **case, steps=1, moco_queue=65536, compile=args.compile)
    dev = torch.device('cuda:0')
    torch.manual_seed(0)
    method = build_method(cfg).to(dev).to(memory_format=torch.channels_last)
    method.compile_backbone(cfg.compile)
    opt = build_optimizer(cfg, method)
    B, R = case['batch_size'], case['resolution']
    views = [torch.randn(B, 3, R, R, device=dev).contiguous(memory_format=torch.channels_last)
             for _ in range(method.n_views)]
    batch = {'step': 0, 'views': views, 'labels': torch.zeros(B, dtype=torch.long, device=dev),
             'ids': torch.zeros(B, 1, dtype=torch.long, device=dev), 'weights': torch.ones(B, 1, device=dev)}

    def step():
        with torch.autocast('cuda', dtype=torch.bfloat16):
            loss, _ = method(batch)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()

    t0 = time.perf_counter()
    while time.perf_counter() - t0 < min(args.warmup, 8):
        step()
    torch.cuda.synchronize()
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < args.seconds / 2:
        step()
        n += 1
    torch.cuda.synchronize()
    dt = time.perf_counter() - t0
    res = {'mode': 'step', 'img_per_s': round(n * B / dt, 1), 'train_ms': round(dt / n * 1e3, 3)}
    print(json.dumps({**case, **res}), file=sys.stderr, flush=True)
    del method, opt, views, batch
    torch.cuda.empty_cache()
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument('--programs', default=os.path.join(ROOT, '.data', 'programs', 'handwritten'))
    ap.add_argument('--cases', default='r50-224,r18-128')
    ap.add_argument('--modes', default='render,random,step')
    ap.add_argument('--method', default='moco')
    ap.add_argument('--seconds', type=float, default=20.0)
    ap.add_argument('--warmup', type=float, default=10.0)
    ap.add_argument('--prefetch', type=int, default=2)
    ap.add_argument('--log-every', type=int, default=10)
    ap.add_argument('--compile', action='store_true')
    ap.add_argument('--fused', action='store_true', help='augment.fused: the augmentation kernels (CUDA)')
    ap.add_argument('--batch', type=int, help="overrides every case's batch size")
    ap.add_argument('--json')
    args = ap.parse_args()
    events.claim_stdout()
    n_prog = len(json.load(open(os.path.join(args.programs, 'manifest.json')))['programs'])
    res = {'date': time.strftime('%Y-%m-%d %H:%M'), 'card': torch.cuda.get_device_name(0),
           'torch': torch.__version__, 'method': args.method, 'programs': n_prog, 'fused': args.fused,
           'argv': sys.argv[1:], 'cases': []}
    for name in args.cases.split(','):
        case = dict(CASES[name], **({'batch_size': args.batch} if args.batch else {}))
        row = {'case': name, **case}
        for mode in args.modes.split(','):
            try:
                row[mode] = step_only(case, args) if mode == 'step' else train_case(case, mode, args)
            except Exception as e:  # keep measuring the other cases
                row[mode] = {'error': f'{type(e).__name__}: {e}'[:500]}
                print(f'{name} {mode} failed: {e}', file=sys.stderr, flush=True)
        ips = {m: row[m].get('img_per_s') for m in ('render', 'random', 'step') if m in row}
        if ips.get('render') and ips.get('random'):
            row['ratio_render_over_random'] = round(ips['render'] / ips['random'], 3)
        if ips.get('render') and ips.get('step'):
            row['ratio_render_over_step'] = round(ips['render'] / ips['step'], 3)
        res['cases'].append(row)
        if args.json:
            json.dump(res, open(args.json, 'w'), indent=1)
    hdr = '%-8s %6s %9s %9s %9s %7s %7s %9s %8s %8s' % ('case', 'batch', 'render/s', 'random/s', 'step/s',
                                                       'r/rand', 'r/step', 'render_ms', 'wait_ms', 'train_ms')
    print(hdr, file=sys.stderr)
    for r in res['cases']:
        g = lambda m, k: r.get(m, {}).get(k, float('nan'))  # noqa: E731
        print('%-8s %6d %9.0f %9.0f %9.0f %7.3f %7.3f %9.2f %8.2f %8.2f' % (
            r['case'], r['batch_size'], g('render', 'img_per_s'), g('random', 'img_per_s'), g('step', 'img_per_s'),
            r.get('ratio_render_over_random', float('nan')), r.get('ratio_render_over_step', float('nan')),
            g('render', 'render_ms'), g('render', 'wait_ms'), g('render', 'train_ms')), file=sys.stderr)


if __name__ == '__main__':
    main()
