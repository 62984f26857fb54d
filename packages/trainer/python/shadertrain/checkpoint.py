"""Checkpoint files: a plain torchvision backbone and the full training state.

- ``backbone-<step>.pt``: the backbone's ``state_dict`` with torchvision key names and
  without the classifier, so ``torchvision.models.resnet50().load_state_dict(sd,
  strict=False)`` loads everything but ``fc``.
- ``state.pt``: method module, optimizer, step, config and sampler state, for exact resume.

Every file is written atomically (temp file in the same directory, fsync, ``os.replace``)
so a crash or SIGKILL never leaves a half-written checkpoint visible.
"""
from __future__ import annotations

import hashlib
import io
import os
import tempfile
from typing import Any, Dict, Optional

import torch

STATE_FILE = 'state.pt'


def atomic_save(obj: Any, path: str) -> None:
    """``torch.save`` to ``path`` so that readers see the old file or the new one, never half."""
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    buf = io.BytesIO()
    torch.save(obj, buf)
    fd, tmp = tempfile.mkstemp(prefix='.' + os.path.basename(path) + '.', dir=directory)
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(buf.getbuffer())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    try:  # make the rename itself durable
        dfd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            h.update(chunk)
    return h.hexdigest()


def backbone_state_dict(backbone: torch.nn.Module) -> Dict[str, torch.Tensor]:
    """CPU copy of a backbone's weights under plain torchvision names.

    Strips wrappers' prefixes (``module.`` from DDP, ``_orig_mod.`` from torch.compile).
    """
    out = {}
    for key, value in backbone.state_dict().items():
        for prefix in ('module.', '_orig_mod.'):
            while key.startswith(prefix):
                key = key[len(prefix):]
        out[key] = value.detach().to('cpu', copy=True)
    return out


def save_backbone(backbone: torch.nn.Module, out_dir: str, step: int) -> str:
    path = os.path.join(out_dir, f'backbone-{step}.pt')
    atomic_save(backbone_state_dict(backbone), path)
    return path


def save_state(out_dir: str, *, step: int, method: torch.nn.Module,
               optimizer: torch.optim.Optimizer, config: Dict[str, Any],
               sampler: Dict[str, Any], backbone_path: Optional[str] = None) -> str:
    path = os.path.join(out_dir, STATE_FILE)
    atomic_save({
        'step': step,
        'method': method.state_dict(),
        'optimizer': optimizer.state_dict(),
        'config': config,
        'sampler': sampler,
        'backbone_path': backbone_path,
        'torch_version': torch.__version__,
    }, path)
    return path


def load_state(out_dir: str, map_location: Any = 'cpu') -> Optional[Dict[str, Any]]:
    """The last full training state in ``out_dir``, or None when there is none."""
    path = os.path.join(out_dir, STATE_FILE)
    if not os.path.exists(path):
        return None
    return torch.load(path, map_location=map_location, weights_only=False)  # our own file: optimizer state, config


def load_backbone_state(path: str) -> Dict[str, torch.Tensor]:
    """Read a ``backbone-<step>.pt`` (also accepts a ``state.pt`` or a dict under 'state_dict')."""
    obj = torch.load(path, map_location='cpu')
    if isinstance(obj, dict) and 'method' in obj and 'step' in obj:
        obj = {k[len('backbone.'):]: v for k, v in obj['method'].items() if k.startswith('backbone.')}
    elif isinstance(obj, dict) and 'state_dict' in obj:
        obj = obj['state_dict']
    return obj
