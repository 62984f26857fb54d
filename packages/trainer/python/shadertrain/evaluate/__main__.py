"""``python -m shadertrain.evaluate --checkpoint backbone.pt --arch resnet18 --resolution 32
--dataset fashion-mnist [--dataset /path/to/imagefolder] [--protocol knn ...]``

Prints one ``evaluation`` event per dataset x protocol on stdout (JSON lines); exit code 0,
or 1 with an ``error`` event.
"""
from __future__ import annotations

import argparse
import sys
import traceback

import torch

from ..config import PROTOCOLS, EvalConfig
from ..checkpoint import load_backbone_state
from ..events import claim_stdout, emit
from ..models import build_backbone, resolve_device
from . import evaluate_backbone


def main(argv=None) -> int:
    claim_stdout()
    ap = argparse.ArgumentParser(prog='python -m shadertrain.evaluate', description=__doc__)
    ap.add_argument('--checkpoint', help="backbone-<step>.pt (or state.pt); omit to evaluate random init only")
    ap.add_argument('--arch', default='resnet18')
    ap.add_argument('--resolution', type=int, default=64)
    ap.add_argument('--dataset', action='append', help="'fashion-mnist' or an ImageFolder path (repeatable)")
    ap.add_argument('--protocol', action='append', choices=PROTOCOLS, help='repeatable; default all')
    ap.add_argument('--train-subset', type=int, default=2000, help='0 = whole split')
    ap.add_argument('--test-subset', type=int, default=1000, help='0 = whole split')
    ap.add_argument('--step', type=int, default=None, help='training step to report')
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--device', default='auto')
    ap.add_argument('--num-threads', type=int, default=None)
    ap.add_argument('--batch-size', type=int, default=256)
    ap.add_argument('--fashion-mnist-root', default='/usr/share/datasets/fashion-mnist')
    args = ap.parse_args(argv)
    try:
        if args.num_threads:
            torch.set_num_threads(args.num_threads)
        spec = EvalConfig(datasets=args.dataset or ['fashion-mnist'],
                          protocols=args.protocol or list(PROTOCOLS),
                          train_subset=args.train_subset, test_subset=args.test_subset,
                          seed=args.seed, batch_size=args.batch_size,
                          fashion_mnist_root=args.fashion_mnist_root)
        device = resolve_device(args.device)
        backbone, _ = build_backbone(args.arch)
        if args.checkpoint:
            missing, unexpected = backbone.load_state_dict(load_backbone_state(args.checkpoint), strict=False)
            if unexpected or [k for k in missing if not k.startswith(('fc.', 'classifier.', 'head'))]:
                raise ValueError(f'{args.checkpoint} does not match arch {args.arch}: '
                                 f'missing {missing[:5]}, unexpected {unexpected[:5]}')
        evaluate_backbone(backbone.to(device), arch=args.arch, resolution=args.resolution, spec=spec,
                          device=device, step=args.step,
                          log=lambda s: print(s, file=sys.stderr))
        return 0
    except Exception as e:
        emit('error', message=str(e), traceback=traceback.format_exc())
        return 1


if __name__ == '__main__':
    sys.exit(main())
