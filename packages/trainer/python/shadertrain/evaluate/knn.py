"""Weighted k-NN classifier on cosine similarity (Wu et al. 2018, InstDisc, Sec. 3.4):
each of the k nearest training features votes for its class with weight exp(sim / T)."""
from __future__ import annotations

import torch
import torch.nn.functional as F


def knn_accuracy(train_x: torch.Tensor, train_y: torch.Tensor, test_x: torch.Tensor,
                 test_y: torch.Tensor, k: int = 20, temperature: float = 0.07,
                 chunk: int = 1024) -> float:
    """train_x [N,D], train_y [N], test_x [M,D], test_y [M] -> top-1 accuracy in [0, 1]."""
    num_classes = int(max(train_y.max(), test_y.max())) + 1
    a = F.normalize(train_x.float(), dim=1)
    k = min(k, len(a))
    correct = 0
    for s in range(0, len(test_x), chunk):
        b = F.normalize(test_x[s:s + chunk].float(), dim=1)
        sim, idx = (b @ a.t()).topk(k, dim=1)                          # [m, k]
        votes = torch.zeros(len(b), num_classes)
        votes.scatter_add_(1, train_y[idx], torch.exp(sim / temperature))
        correct += int((votes.argmax(dim=1) == test_y[s:s + chunk]).sum())
    return correct / len(test_x)
