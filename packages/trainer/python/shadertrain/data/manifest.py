"""The training snapshot: ``<programs_dir>/manifest.json`` and the canonical bodies.

``manifest.json`` is ``{"programs": [{"id", "file", "weight"?, "family"?, "license"?}, ...]}``;
``file`` is relative to the directory (default ``<id>.glsl``). The program's label for
supervised methods (SupCon, CE) is its index in this list.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import List, Optional

import numpy as np


@dataclass(frozen=True)
class ProgramEntry:
    id: str
    file: str
    weight: float = 1.0
    family: Optional[str] = None
    license: Optional[str] = None


@dataclass
class Snapshot:
    directory: str
    programs: List[ProgramEntry]

    def __len__(self) -> int:
        return len(self.programs)

    @property
    def ids(self) -> List[str]:
        return [p.id for p in self.programs]

    def body(self, index: int) -> str:
        with open(os.path.join(self.directory, self.programs[index].file), 'r', encoding='utf-8') as f:
            return f.read()

    def probabilities(self, sampling: str) -> np.ndarray:
        """Sampling distribution over programs [P] (float64, sums to 1)."""
        if sampling == 'uniform':
            w = np.ones(len(self.programs))
        else:
            w = np.array([p.weight for p in self.programs], dtype=np.float64)
        return w / w.sum()

    def licenses(self) -> List[str]:
        return sorted({p.license for p in self.programs if p.license})


def load_snapshot(directory: str) -> Snapshot:
    path = os.path.join(directory, 'manifest.json')
    if not os.path.exists(path):
        raise ValueError(f"config field 'programs_dir': {directory!r} has no manifest.json")
    with open(path, 'r', encoding='utf-8') as f:
        data = json.load(f)
    items = data.get('programs') if isinstance(data, dict) else None
    if not isinstance(items, list) or not items:
        raise ValueError(f'{path}: expected {{"programs": [...]}} with at least one program')
    programs = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get('id'), str):
            raise ValueError(f'{path}: programs[{i}] needs a string "id"')
        weight = float(item.get('weight', 1.0) if item.get('weight') is not None else 1.0)
        if not (weight >= 0 and np.isfinite(weight)):
            raise ValueError(f'{path}: programs[{i}].weight must be a finite number >= 0')
        programs.append(ProgramEntry(id=item['id'], file=item.get('file') or f"{item['id']}.glsl",
                                     weight=weight, family=item.get('family'),
                                     license=item.get('license')))
    if sum(p.weight for p in programs) <= 0:
        raise ValueError(f'{path}: program weights sum to 0')
    return Snapshot(directory=directory, programs=programs)
