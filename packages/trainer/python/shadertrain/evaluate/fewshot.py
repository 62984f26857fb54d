"""Few-shot classification: ``shots`` labeled examples per class, nearest class centroid
on cosine similarity, accuracy averaged over ``draws`` random draws of the shots."""
from __future__ import annotations

import torch
import torch.nn.functional as F


def fewshot_accuracy(train_x: torch.Tensor, train_y: torch.Tensor, test_x: torch.Tensor,
                     test_y: torch.Tensor, shots: int = 10, draws: int = 5, seed: int = 0) -> float:
    """train_x [N,D] (the pool the shots come from), test_x [M,D] -> mean top-1 accuracy."""
    num_classes = int(max(train_y.max(), test_y.max())) + 1
    a = F.normalize(train_x.float(), dim=1)
    b = F.normalize(test_x.float(), dim=1)
    accs = []
    for d in range(draws):
        g = torch.Generator().manual_seed(seed * 1000 + d)
        centroids = torch.zeros(num_classes, a.shape[1])
        present = torch.zeros(num_classes, dtype=torch.bool)
        for c in range(num_classes):
            pool = torch.nonzero(train_y == c).flatten()
            if len(pool) == 0:
                continue
            pick = pool[torch.randperm(len(pool), generator=g)[:shots]]
            centroids[c] = F.normalize(a[pick].mean(dim=0), dim=0)
            present[c] = True
        scores = (b @ centroids.t()).masked_fill(~present, float('-inf'))
        accs.append(float((scores.argmax(dim=1) == test_y).float().mean()))
    return sum(accs) / len(accs)
