"""The worker's one typed configuration object.

A run is described by a JSON file whose keys are the fields of :class:`Config`
(nested objects for ``augment`` and ``eval``). Every field is validated when the
object is constructed; a bad value raises ``ValueError`` naming the field and
saying how to fix it. Unknown keys are rejected too, so typos do not pass silently.

Example ``cfg.json``::

    {"source": "programs", "programs_dir": "snap/", "method": "moco",
     "arch": "resnet18", "resolution": 64, "batch_size": 256, "steps": 5000,
     "mixup_k": 2, "out_dir": "runs/a", "eval": {"datasets": ["fashion-mnist"]}}
"""
from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

METHODS = ('moco', 'simclr', 'supcon', 'ce')
SOURCES = ('programs', 'noise', 'dead-leaves', 'images')
OPTIMIZERS = ('sgd', 'adamw')
SAMPLING = ('uniform', 'weighted')
SCHEDULES = ('cosine', 'constant')
PROTOCOLS = ('linear', 'knn', 'fewshot')


def _fail(name: str, value: Any, fix: str) -> None:
    raise ValueError(f'config field {name!r}: got {value!r}; {fix}')


def _check_device(name: str, value: str) -> None:
    if value in ('auto', 'cpu', 'cuda'):
        return
    if value.startswith('cuda:') and value[5:].isdigit():
        return
    _fail(name, value, "use 'auto', 'cpu', 'cuda' or 'cuda:N'")


@dataclass
class AugmentConfig:
    """MoCo v2 / SimCLR augmentations, applied per sample on the batch's device."""

    crop_scale: Tuple[float, float] = (0.2, 1.0)
    crop_ratio: Tuple[float, float] = (3 / 4, 4 / 3)
    flip_p: float = 0.5
    jitter_p: float = 0.8
    brightness: float = 0.4
    contrast: float = 0.4
    saturation: float = 0.4
    hue: float = 0.1
    grayscale_p: float = 0.2
    blur_p: float = 0.5
    blur_sigma: Tuple[float, float] = (0.1, 2.0)
    # On CUDA: the augmentation as four kernels and one small torch reduction (data/augment_cuda.py)
    # instead of ~130 torch ops per view; the same formulas. Off until measured on the GPU host.
    fused: bool = False

    def __post_init__(self) -> None:
        _check_types(self, 'augment.')
        self.crop_scale = tuple(self.crop_scale)  # JSON gives lists
        self.crop_ratio = tuple(self.crop_ratio)
        self.blur_sigma = tuple(self.blur_sigma)
        lo, hi = self.crop_scale
        if not (0 < lo <= hi <= 1):
            _fail('augment.crop_scale', self.crop_scale, 'use [lo, hi] with 0 < lo <= hi <= 1')
        if not (0 < self.crop_ratio[0] <= self.crop_ratio[1]):
            _fail('augment.crop_ratio', self.crop_ratio, 'use [lo, hi] with 0 < lo <= hi')
        for n in ('flip_p', 'jitter_p', 'grayscale_p', 'blur_p'):
            v = getattr(self, n)
            if not (0 <= v <= 1):
                _fail(f'augment.{n}', v, 'use a probability in [0, 1]')
        for n in ('brightness', 'contrast', 'saturation'):
            v = getattr(self, n)
            if not (0 <= v < 1):
                _fail(f'augment.{n}', v, 'use a strength in [0, 1)')
        if not (0 <= self.hue <= 0.5):
            _fail('augment.hue', self.hue, 'use a value in [0, 0.5]')
        if not (0 < self.blur_sigma[0] <= self.blur_sigma[1]):
            _fail('augment.blur_sigma', self.blur_sigma, 'use [lo, hi] with 0 < lo <= hi')


@dataclass
class EvalConfig:
    """Which labeled sets and protocols to evaluate a backbone on.

    ``datasets``: ``'fashion-mnist'`` or a path to an ImageFolder tree (with
    ``train/`` and ``val/``/``test/`` subfolders, or one tree split 80/20).
    Subset sizes keep the CPU demo fast (0 = whole split).
    """

    datasets: List[str] = field(default_factory=lambda: ['fashion-mnist'])
    protocols: List[str] = field(default_factory=lambda: list(PROTOCOLS))
    train_subset: int = 2000
    test_subset: int = 1000
    knn_k: int = 20
    knn_temperature: float = 0.07
    fewshot_shots: int = 10
    fewshot_draws: int = 5
    linear_epochs: int = 100
    linear_weight_decay: float = 1e-4
    batch_size: int = 256
    seed: int = 0
    at_end: bool = True
    on_checkpoint: bool = False
    fashion_mnist_root: str = '/usr/share/datasets/fashion-mnist'

    def __post_init__(self) -> None:
        _check_types(self, 'eval.')
        self.datasets = list(self.datasets)
        self.protocols = list(self.protocols)
        for p in self.protocols:
            if p not in PROTOCOLS:
                _fail('eval.protocols', self.protocols, f'choose from {PROTOCOLS}')
        for n in ('train_subset', 'test_subset'):
            if getattr(self, n) < 0:
                _fail(f'eval.{n}', getattr(self, n), 'use 0 (all) or a positive count')
        for n in ('knn_k', 'fewshot_shots', 'fewshot_draws', 'linear_epochs', 'batch_size'):
            if getattr(self, n) < 1:
                _fail(f'eval.{n}', getattr(self, n), 'use a positive integer')
        if self.knn_temperature <= 0:
            _fail('eval.knn_temperature', self.knn_temperature, 'use a positive value')


@dataclass
class Config:
    """One training run of the worker. See module docstring for the file format."""

    # what to train on
    source: str = 'programs'
    programs_dir: Optional[str] = None   # manifest.json + <id>.glsl (source='programs')
    images: Optional[str] = None         # 'fashion-mnist' or ImageFolder path (source='images')
    sampling: str = 'uniform'            # programs: 'weighted' uses manifest weights
    max_time: float = 20.0               # iTime sampled uniformly in [0, max_time]
    render_size: Optional[int] = None    # rendered tile size; default = resolution
    mixup_k: int = 1                     # images mixed per sample (1 = off)
    mixup_alpha: float = 1.0             # Dirichlet concentration of the mixing weights
    # what to train
    method: str = 'moco'
    arch: str = 'resnet18'
    resolution: int = 64
    batch_size: int = 256                # per process
    steps: Optional[int] = None
    minutes: Optional[float] = None
    lr: float = 0.03
    optimizer: str = 'sgd'
    momentum: float = 0.9
    weight_decay: float = 1e-4
    schedule: str = 'cosine'
    warmup_steps: int = 0
    temperature: float = 0.2
    moco_dim: int = 128
    moco_queue: int = 65536
    moco_momentum: float = 0.999
    proj_hidden: Optional[int] = None    # MLP head hidden width; default = feature dim
    augment: AugmentConfig = field(default_factory=AugmentConfig)
    # how to run
    seed: int = 0
    device: str = 'auto'
    num_threads: Optional[int] = None    # default os.cpu_count()
    compile: bool = False                # torch.compile where available (torch >= 2)
    amp: bool = True                     # bf16 autocast + channels_last on CUDA only
    deterministic: bool = False
    prefetch: int = 2                    # rendered batches queued ahead of training
    out_dir: str = 'runs/run'
    checkpoint_every: int = 0            # steps; 0 = only at the end
    log_every: int = 10
    resume: bool = False
    eval: EvalConfig = field(default_factory=EvalConfig)

    def __post_init__(self) -> None:
        _check_types(self, '')
        if isinstance(self.augment, dict):
            self.augment = AugmentConfig(**_known('augment', AugmentConfig, self.augment))
        if isinstance(self.eval, dict):
            self.eval = EvalConfig(**_known('eval', EvalConfig, self.eval))
        if not isinstance(self.augment, AugmentConfig):
            _fail('augment', self.augment, 'use a JSON object of augmentation fields')
        if not isinstance(self.eval, EvalConfig):
            _fail('eval', self.eval, 'use a JSON object of evaluation fields')
        if self.num_threads is None:
            self.num_threads = os.cpu_count() or 1
        if self.source not in SOURCES:
            _fail('source', self.source, f'choose from {SOURCES}')
        if self.source == 'programs' and not self.programs_dir:
            _fail('programs_dir', self.programs_dir,
                  "set it to a directory with manifest.json when source is 'programs'")
        if self.source == 'images' and not self.images:
            _fail('images', self.images,
                  "set it to 'fashion-mnist' or an ImageFolder path when source is 'images'")
        if self.method not in METHODS:
            _fail('method', self.method, f'choose from {METHODS}')
        if self.method in ('supcon', 'ce') and self.source != 'programs':
            _fail('method', self.method,
                  "supcon and ce need program labels: use source 'programs' or method moco/simclr")
        if self.sampling not in SAMPLING:
            _fail('sampling', self.sampling, f'choose from {SAMPLING}')
        if self.optimizer not in OPTIMIZERS:
            _fail('optimizer', self.optimizer, "choose 'sgd' or 'adamw'")
        if self.schedule not in SCHEDULES:
            _fail('schedule', self.schedule, f'choose from {SCHEDULES}')
        if not isinstance(self.arch, str) or not self.arch:
            _fail('arch', self.arch, "name a torchvision classification model, e.g. 'resnet18'")
        if self.resolution < 8:
            _fail('resolution', self.resolution, 'use at least 8 pixels')
        if self.render_size is not None and self.render_size < 8:
            _fail('render_size', self.render_size, 'use at least 8 pixels or null')
        if self.batch_size < 2:
            _fail('batch_size', self.batch_size, 'use at least 2 (contrastive losses need pairs)')
        if self.steps is None and self.minutes is None:
            _fail('steps', self.steps, "set 'steps' or 'minutes' (or both)")
        if self.steps is not None and self.steps < 1:
            _fail('steps', self.steps, 'use a positive number of steps')
        if self.minutes is not None and self.minutes <= 0:
            _fail('minutes', self.minutes, 'use a positive number of minutes')
        if self.mixup_k < 1:
            _fail('mixup_k', self.mixup_k, 'use 1 (no MixUp) or more images per sample')
        if self.mixup_alpha <= 0:
            _fail('mixup_alpha', self.mixup_alpha, 'use a positive Dirichlet concentration')
        if self.max_time < 0:
            _fail('max_time', self.max_time, 'use a non-negative number of seconds')
        if self.lr <= 0:
            _fail('lr', self.lr, 'use a positive learning rate')
        if self.weight_decay < 0:
            _fail('weight_decay', self.weight_decay, 'use a non-negative value')
        if not (0 <= self.momentum < 1):
            _fail('momentum', self.momentum, 'use a value in [0, 1)')
        if self.warmup_steps < 0:
            _fail('warmup_steps', self.warmup_steps, 'use a non-negative number of steps')
        if self.temperature <= 0:
            _fail('temperature', self.temperature, 'use a positive temperature (MoCo v2: 0.2)')
        if self.moco_dim < 1:
            _fail('moco_dim', self.moco_dim, 'use a positive embedding size')
        if self.moco_queue < 1:
            _fail('moco_queue', self.moco_queue, 'use a positive queue length')
        if not (0 <= self.moco_momentum < 1):
            _fail('moco_momentum', self.moco_momentum, 'use a value in [0, 1) (MoCo: 0.999)')
        if self.proj_hidden is not None and self.proj_hidden < 1:
            _fail('proj_hidden', self.proj_hidden, 'use a positive width or null')
        _check_device('device', self.device)
        if self.num_threads < 1:
            _fail('num_threads', self.num_threads, 'use a positive thread count')
        if self.prefetch < 1:
            _fail('prefetch', self.prefetch, 'use at least 1')
        if self.checkpoint_every < 0:
            _fail('checkpoint_every', self.checkpoint_every, 'use 0 (end only) or a step count')
        if self.log_every < 1:
            _fail('log_every', self.log_every, 'use a positive step count')
        if not self.out_dir:
            _fail('out_dir', self.out_dir, 'name an output directory')

    @property
    def tile_size(self) -> int:
        """Size of rendered/generated images before augmentation."""
        return self.render_size or self.resolution

    def to_dict(self) -> Dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> 'Config':
        if not isinstance(data, dict):
            raise ValueError('config must be a JSON object')
        return cls(**_known('', cls, data))

    @classmethod
    def from_json(cls, path: str) -> 'Config':
        with open(path, 'r', encoding='utf-8') as f:
            try:
                data = json.load(f)
            except json.JSONDecodeError as e:
                raise ValueError(f'config file {path}: invalid JSON: {e}') from None
        return cls.from_dict(data)


def _known(prefix: str, cls: type, data: Dict[str, Any]) -> Dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    for key in data:
        if key not in names:
            where = f'{prefix}.{key}' if prefix else key
            raise ValueError(f'config field {where!r} is unknown; known fields: {sorted(names)}')
    return dict(data)


_SCALARS = {'int': (int,), 'float': (int, float), 'bool': (bool,), 'str': (str,)}


def _check_types(obj: Any, prefix: str) -> None:
    """Reject values of the wrong JSON type with a ValueError naming the field."""
    for f in dataclasses.fields(obj):
        t = f.type if isinstance(f.type, str) else getattr(f.type, '__name__', '')
        value = getattr(obj, f.name)
        optional = t.startswith('Optional[')
        base = t[len('Optional['):-1] if optional else t
        if optional and value is None:
            continue
        if base in _SCALARS:
            ok = isinstance(value, _SCALARS[base]) and (base == 'bool' or not isinstance(value, bool))
            if not ok:
                _fail(prefix + f.name, value, f'use a JSON {base}' + (' or null' if optional else ''))
            if base == 'float':
                setattr(obj, f.name, float(value))
        elif base.startswith(('Tuple[', 'List[')):
            if not isinstance(value, (list, tuple)) or (base.startswith('Tuple[') and len(value) != base.count(',') + 1):
                _fail(prefix + f.name, value, f'use a JSON array ({base})')
