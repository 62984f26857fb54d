"""Collectives used by the methods; identity when not running distributed."""
from __future__ import annotations

import torch
import torch.distributed as dist


def world() -> int:
    return dist.get_world_size() if dist.is_available() and dist.is_initialized() else 1


def rank() -> int:
    return dist.get_rank() if dist.is_available() and dist.is_initialized() else 0


@torch.no_grad()
def concat_all_gather(x: torch.Tensor) -> torch.Tensor:
    """[n, ...] on each of W ranks -> [W*n, ...] on every rank (no gradient)."""
    if world() == 1:
        return x
    out = [torch.empty_like(x) for _ in range(world())]
    dist.all_gather(out, x.contiguous())
    return torch.cat(out, dim=0)


class _GatherWithGrad(torch.autograd.Function):
    # Backward sums the gradient of every rank's copy and keeps this rank's slice, so a loss
    # computed identically on all ranks over the gathered batch gets exact gradients after
    # DDP's averaging. Written with all_reduce because gloo has no reduce_scatter/all_to_all.
    @staticmethod
    def forward(ctx, x):
        ctx.n = x.shape[0]
        out = [torch.empty_like(x) for _ in range(world())]
        dist.all_gather(out, x.contiguous())
        return torch.cat(out, dim=0)

    @staticmethod
    def backward(ctx, grad):
        grad = grad.contiguous().clone()
        dist.all_reduce(grad)
        r = rank()
        return grad[r * ctx.n:(r + 1) * ctx.n]


def gather_with_grad(x: torch.Tensor) -> torch.Tensor:
    """[n, ...] per rank -> [W*n, ...], differentiable (see _GatherWithGrad)."""
    if world() == 1:
        return x
    return _GatherWithGrad.apply(x)
