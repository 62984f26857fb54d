"""Labeled real images: Fashion-MNIST (gzipped IDX) and ImageFolder trees.

Used by evaluation (linear probe, k-NN, few-shot) and by the ``images`` training
source (the upper-bound arm, labels unused). Images are held in memory as uint8
``[N, H, W, C]`` tensors (C = 1 or 3); resizing to the model's resolution happens
batched on the device (see ``shadertrain.evaluate.features``).
"""
from __future__ import annotations

import gzip
import os
import struct
from dataclasses import dataclass
from typing import List, Optional, Tuple

import numpy as np
import torch

FASHION_MNIST_ROOT = '/usr/share/datasets/fashion-mnist'
FASHION_MNIST_CLASSES = ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal',
                         'Shirt', 'Sneaker', 'Bag', 'Ankle boot']
_IDX_DTYPES = {0x08: np.uint8, 0x09: np.int8, 0x0B: '>i2', 0x0C: '>i4', 0x0D: '>f4', 0x0E: '>f8'}


@dataclass
class LabeledImages:
    images: torch.Tensor   # uint8 [N, H, W, C]
    labels: torch.Tensor   # int64 [N]
    classes: List[str]

    def __len__(self) -> int:
        return len(self.labels)

    def subset(self, n: int, seed: int) -> 'LabeledImages':
        """A fixed random subset of n items (n = 0 or >= N: everything)."""
        if n <= 0 or n >= len(self):
            return self
        g = torch.Generator().manual_seed(seed)
        idx = torch.randperm(len(self), generator=g)[:n]
        return LabeledImages(self.images[idx], self.labels[idx], self.classes)


def read_idx(path: str) -> np.ndarray:
    """Parse an IDX file (optionally gzipped): magic 0x0000TTDD, then D big-endian dims."""
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rb') as f:
        data = f.read()
    zero, dtype_code, ndim = struct.unpack('>HBB', data[:4])
    if zero != 0 or dtype_code not in _IDX_DTYPES:
        raise ValueError(f'{path}: not an IDX file')
    dims = struct.unpack('>' + 'I' * ndim, data[4:4 + 4 * ndim])
    arr = np.frombuffer(data, dtype=_IDX_DTYPES[dtype_code], offset=4 + 4 * ndim)
    return arr.reshape(dims)


def load_fashion_mnist(split: str, root: str = FASHION_MNIST_ROOT) -> LabeledImages:
    """split: 'train' (60k) or 'test' (10k); images [N,28,28,1]."""
    prefix = {'train': 'train', 'test': 't10k'}[split]
    images = read_idx(os.path.join(root, f'{prefix}-images-idx3-ubyte.gz'))
    labels = read_idx(os.path.join(root, f'{prefix}-labels-idx1-ubyte.gz'))
    return LabeledImages(torch.from_numpy(images.copy()).unsqueeze(-1),
                         torch.from_numpy(labels.astype(np.int64)), list(FASHION_MNIST_CLASSES))


_EXTS = ('.png', '.jpg', '.jpeg', '.bmp', '.gif', '.webp', '.tif', '.tiff', '.ppm')


def _scan(root: str, classes: Optional[List[str]] = None) -> Tuple[List[Tuple[str, int]], List[str]]:
    if classes is None:
        classes = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    items = []
    for ci, c in enumerate(classes):
        cdir = os.path.join(root, c)
        if not os.path.isdir(cdir):
            continue
        for dirpath, _, files in sorted(os.walk(cdir)):
            for name in sorted(files):
                if name.lower().endswith(_EXTS):
                    items.append((os.path.join(dirpath, name), ci))
    return items, classes


def _load_items(items: List[Tuple[str, int]], classes: List[str], size: int) -> LabeledImages:
    from PIL import Image
    imgs = np.zeros((len(items), size, size, 3), dtype=np.uint8)
    labels = np.zeros(len(items), dtype=np.int64)
    for i, (path, ci) in enumerate(items):
        with Image.open(path) as im:
            # Short side to `size`, then centre crop: the usual eval preprocessing.
            im = im.convert('RGB')
            w, h = im.size
            s = size / min(w, h)
            im = im.resize((max(size, round(w * s)), max(size, round(h * s))), Image.BILINEAR)
            w, h = im.size
            left, top = (w - size) // 2, (h - size) // 2
            imgs[i] = np.asarray(im.crop((left, top, left + size, top + size)))
        labels[i] = ci
    return LabeledImages(torch.from_numpy(imgs), torch.from_numpy(labels), classes)


def load_image_folder(root: str, split: str, size: int, seed: int = 0) -> LabeledImages:
    """ImageFolder tree: ``root/{train,val|test}/<class>/*`` or ``root/<class>/*`` (split 80/20)."""
    if not os.path.isdir(root):
        raise ValueError(f'dataset {root!r}: not a directory (use fashion-mnist or an ImageFolder path)')
    train_dir = os.path.join(root, 'train')
    test_dir = next((os.path.join(root, d) for d in ('val', 'test')
                     if os.path.isdir(os.path.join(root, d))), None)
    if os.path.isdir(train_dir) and test_dir:
        _, classes = _scan(train_dir)
        items, _ = _scan(train_dir if split == 'train' else test_dir, classes)
    else:
        items, classes = _scan(root)
        rng = np.random.default_rng(seed)
        order = rng.permutation(len(items))
        cut = int(round(0.8 * len(items)))
        keep = order[:cut] if split == 'train' else order[cut:]
        items = [items[i] for i in sorted(keep)]
    if not items:
        raise ValueError(f'dataset {root!r}: no images found for split {split!r}')
    return _load_items(items, classes, size)


def load_labeled(name: str, split: str, size: int, *, fashion_mnist_root: str = FASHION_MNIST_ROOT,
                 seed: int = 0) -> LabeledImages:
    """'fashion-mnist' or an ImageFolder path; ``size`` is used for ImageFolder loading only."""
    if name == 'fashion-mnist':
        return load_fashion_mnist(split, fashion_mnist_root)
    return load_image_folder(name, split, size, seed)
