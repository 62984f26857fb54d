"""Evaluation of frozen backbones on real labeled images, always beside a random init.

Protocols: ``linear`` (logistic regression probe), ``knn`` (cosine, k=20, weighted vote)
and ``fewshot`` (10 labels per class, mean of 5 draws). Each result is one
``evaluation`` event ``{step, dataset, protocol, value, baseline}`` where ``baseline``
is the same protocol on a randomly initialised backbone of the same arch (seed
``eval.seed``), so every number has its reference beside it.
"""
from __future__ import annotations

from typing import Callable, Dict, List, Optional, Tuple

import torch
import torch.nn as nn

from ..config import EvalConfig
from ..data.labeled import LabeledImages, load_labeled
from ..events import emit
from ..models import build_backbone
from .features import extract_features
from .fewshot import fewshot_accuracy
from .knn import knn_accuracy
from .linear import linear_probe_accuracy

__all__ = ['evaluate_backbone', 'run_protocol', 'random_backbone', 'extract_features',
           'knn_accuracy', 'linear_probe_accuracy', 'fewshot_accuracy']

_datasets: Dict[Tuple, Tuple[LabeledImages, LabeledImages]] = {}
_baselines: Dict[Tuple, float] = {}


def run_protocol(protocol: str, train: Tuple[torch.Tensor, torch.Tensor],
                 test: Tuple[torch.Tensor, torch.Tensor], spec: EvalConfig) -> float:
    (xtr, ytr), (xte, yte) = train, test
    if protocol == 'knn':
        return knn_accuracy(xtr, ytr, xte, yte, k=spec.knn_k, temperature=spec.knn_temperature)
    if protocol == 'linear':
        return linear_probe_accuracy(xtr, ytr, xte, yte, epochs=spec.linear_epochs,
                                     weight_decay=spec.linear_weight_decay)
    if protocol == 'fewshot':
        return fewshot_accuracy(xtr, ytr, xte, yte, shots=spec.fewshot_shots,
                                draws=spec.fewshot_draws, seed=spec.seed)
    raise ValueError(f"config field 'eval.protocols': unknown protocol {protocol!r}")


def random_backbone(arch: str, seed: int) -> nn.Module:
    """A randomly initialised backbone, without disturbing the caller's RNG state."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return build_backbone(arch)[0]


def _load(name: str, resolution: int, spec: EvalConfig) -> Tuple[LabeledImages, LabeledImages]:
    key = (name, resolution, spec.train_subset, spec.test_subset, spec.seed, spec.fashion_mnist_root)
    if key not in _datasets:
        train = load_labeled(name, 'train', resolution, fashion_mnist_root=spec.fashion_mnist_root,
                             seed=spec.seed).subset(spec.train_subset, spec.seed)
        test = load_labeled(name, 'test', resolution, fashion_mnist_root=spec.fashion_mnist_root,
                            seed=spec.seed).subset(spec.test_subset, spec.seed + 1)
        _datasets[key] = (train, test)
    return _datasets[key]


def evaluate_backbone(backbone: nn.Module, *, arch: str, resolution: int, spec: EvalConfig,
                      device: torch.device, step: Optional[int] = None, emit_events: bool = True,
                      channels_last: bool = False, log: Callable[[str], None] = lambda s: None
                      ) -> List[Dict]:
    """Evaluate ``backbone`` (and the random-init baseline) on every dataset x protocol."""
    results = []
    for name in spec.datasets:
        train, test = _load(name, resolution, spec)
        feats = {}
        for which, model in (('trained', backbone), ('random', None)):
            bkey = (arch, resolution, name, spec.seed, spec.train_subset, spec.test_subset)
            if which == 'random' and all((bkey, p) in _baselines for p in spec.protocols):
                continue
            if model is None:
                model = random_backbone(arch, spec.seed).to(device)
            f = [extract_features(model, d.images, resolution, device, spec.batch_size,
                                  channels_last and which == 'trained') for d in (train, test)]
            feats[which] = ((f[0], train.labels), (f[1], test.labels))
            if which == 'random':
                for p in spec.protocols:
                    _baselines[(bkey, p)] = run_protocol(p, *feats['random'], spec)
        for p in spec.protocols:
            value = run_protocol(p, *feats['trained'], spec)
            baseline = _baselines[((arch, resolution, name, spec.seed, spec.train_subset,
                                    spec.test_subset), p)]
            r = {'step': step, 'dataset': name, 'protocol': p, 'value': value, 'baseline': baseline,
                 'train_size': len(train), 'test_size': len(test)}
            log(f'eval {name} {p}: {value:.4f} (random init {baseline:.4f})')
            if emit_events:
                emit('evaluation', **r)
            results.append(r)
    return results
