"""Cross-entropy over program ids (supervised pretraining on program labels, Baradad et al.
2022, Sec. 5). Labels are program indices in the snapshot; with MixUp the target is the
mixture itself (weights on the k programs), as in MixUp (Zhang et al. 2018)."""
from __future__ import annotations

from typing import Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F

from .base import Method, Metrics


class ProgramCE(Method):
    n_views = 1

    def __init__(self, backbone: nn.Module, feat_dim: int, num_classes: int):
        super().__init__(backbone, feat_dim)
        self.classifier = nn.Linear(feat_dim, num_classes)

    def forward(self, batch) -> Tuple[torch.Tensor, Metrics]:
        logits = self.classifier(self.encode(batch['views'][0])).float()   # [N, P]
        ids, w = batch['ids'], batch['weights']                             # [N, k]
        if ids.shape[1] == 1:
            loss = F.cross_entropy(logits, ids[:, 0])
        else:
            target = torch.zeros_like(logits).scatter_add_(1, ids, w.to(logits.dtype))
            loss = F.cross_entropy(logits, target)
        acc = (logits.detach().argmax(dim=1) == batch['labels']).float().mean()
        return loss, {'loss': loss.detach(), 'acc': acc}
