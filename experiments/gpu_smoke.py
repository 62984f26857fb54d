"""GPU smoke test of the worker: a few steps of each source / feature through the real CLI.

  python3 experiments/gpu_smoke.py [variant ...]   (default: programs dead-leaves images)
Variants: programs (handwritten, MixUp k=2, checkpoint, eval on Fashion-MNIST), dead-leaves,
images (real Fashion-MNIST), synth (2,000 synthesized programs: compiles all of them),
compile (torch.compile). Prints one summary line per variant; exit 1 if any failed.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, '.data')
FMNIST = os.path.join(DATA, 'fashion-mnist')
BASE = dict(arch='resnet18', resolution=64, batch_size=256, steps=20, log_every=5, moco_queue=4096,
            eval={'datasets': [], 'at_end': False, 'fashion_mnist_root': FMNIST})
VARIANTS = {
    'programs': dict(source='programs', programs_dir=os.path.join(DATA, 'programs', 'handwritten'),
                     mixup_k=2, steps=30, checkpoint_every=15,
                     eval={'datasets': ['fashion-mnist'], 'train_subset': 1000, 'test_subset': 500,
                           'fashion_mnist_root': FMNIST}),
    'dead-leaves': dict(source='dead-leaves'),
    'images': dict(source='images', images='fashion-mnist'),
    'synth': dict(source='programs', programs_dir=os.path.join(DATA, 'programs', 'synthesized'), steps=10),
    'compile': dict(source='programs', programs_dir=os.path.join(DATA, 'programs', 'handwritten'),
                    compile=True, steps=40),
}


def main() -> int:
    names = sys.argv[1:] or ['programs', 'dead-leaves', 'images']
    bad = 0
    for name in names:
        cfg = {**BASE, **VARIANTS[name]}
        cfg['out_dir'] = tempfile.mkdtemp(prefix=f'smoke-{name}-')
        path = os.path.join(cfg['out_dir'], 'cfg.json')
        json.dump(cfg, open(path, 'w'))
        t0 = time.time()
        p = subprocess.run([sys.executable, '-m', 'shadertrain.train', '--config', path],
                           capture_output=True, text=True,
                           env={**os.environ, 'PYTHONPATH': os.path.join(ROOT, 'packages', 'trainer', 'python')
                                + os.pathsep + os.environ.get('PYTHONPATH', '')})
        evs = []
        for line in p.stdout.splitlines():
            try:
                evs.append(json.loads(line))
            except json.JSONDecodeError:
                evs.append({'event': 'not-json', 'line': line[:200]})
        prog = [e for e in evs if e['event'] == 'progress']
        summary = {'variant': name, 'rc': p.returncode, 'wall_s': round(time.time() - t0, 1),
                   'events': [e['event'] for e in evs if e['event'] != 'progress'],
                   'progress': [{k: round(e[k], 2) if isinstance(e[k], float) else e[k]
                                 for k in ('step', 'loss', 'images_per_s', 'render_ms', 'augment_ms', 'wait_ms',
                                           'train_ms', 'programs_excluded') if k in e} for e in prog],
                   'evaluation': [(e['protocol'], round(e['value'], 4), round(e['baseline'], 4))
                                  for e in evs if e['event'] == 'evaluation']}
        ok = p.returncode == 0 and prog and all(e.get('loss') is not None for e in prog)
        print(json.dumps(summary), flush=True)
        if not ok:
            bad += 1
            print(f'--- {name} failed; stderr tail:\n{p.stderr[-4000:]}', flush=True)
        else:
            print(f'--- {name} stderr tail:\n{p.stderr[-800:]}', flush=True)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
