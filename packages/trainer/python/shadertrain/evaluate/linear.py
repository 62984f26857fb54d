"""Linear probe: multinomial logistic regression on standardized frozen features,
fit full-batch with L-BFGS for a fixed number of iterations (deterministic)."""
from __future__ import annotations

import torch
import torch.nn.functional as F


def linear_probe_accuracy(train_x: torch.Tensor, train_y: torch.Tensor, test_x: torch.Tensor,
                          test_y: torch.Tensor, epochs: int = 100, weight_decay: float = 1e-4
                          ) -> float:
    """train_x [N,D], train_y [N], test_x [M,D], test_y [M] -> top-1 accuracy in [0, 1].

    ``epochs`` is the number of L-BFGS iterations over the full training set;
    ``weight_decay`` the L2 penalty on the weights.
    """
    num_classes = int(max(train_y.max(), test_y.max())) + 1
    mean = train_x.mean(dim=0, keepdim=True)
    std = train_x.std(dim=0, keepdim=True).clamp(min=1e-6)
    xtr, xte = (train_x.float() - mean) / std, (test_x.float() - mean) / std
    W = torch.zeros(xtr.shape[1], num_classes, requires_grad=True)
    b = torch.zeros(num_classes, requires_grad=True)
    opt = torch.optim.LBFGS([W, b], lr=1.0, max_iter=epochs, history_size=20,
                            line_search_fn='strong_wolfe', tolerance_grad=1e-9, tolerance_change=1e-12)

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(xtr @ W + b, train_y) + weight_decay * (W * W).sum()
        loss.backward()
        return loss

    with torch.enable_grad():
        opt.step(closure)
    with torch.no_grad():
        return float(((xte @ W + b).argmax(dim=1) == test_y).float().mean())
