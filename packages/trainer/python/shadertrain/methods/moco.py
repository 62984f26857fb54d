"""MoCo v2 (He et al. 2020; Chen et al. 2020, "Improved Baselines with Momentum Contrastive
Learning"), after facebookresearch/moco ``moco/builder.py``: a query encoder trained by
backprop, a momentum key encoder, a queue of K negative keys and an MLP head."""
from __future__ import annotations

import copy
from typing import Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F

from .base import Method, Metrics
from .distributed import concat_all_gather, rank, world
from .heads import projection_mlp
from .losses import info_nce


class MoCo(Method):
    def __init__(self, backbone: nn.Module, feat_dim: int, dim: int = 128, K: int = 65536,
                 m: float = 0.999, T: float = 0.2, hidden: int = None):
        super().__init__(backbone, feat_dim)
        self.K, self.m, self.T = K, m, T
        self.head = projection_mlp(feat_dim, hidden or feat_dim, dim)
        self.backbone_k = copy.deepcopy(backbone)
        self.head_k = copy.deepcopy(self.head)
        for p in list(self.backbone_k.parameters()) + list(self.head_k.parameters()):
            p.requires_grad = False
        g = torch.Generator().manual_seed(0)
        self.register_buffer('queue', F.normalize(torch.randn(dim, K, generator=g), dim=0))
        self.register_buffer('queue_ptr', torch.zeros(1, dtype=torch.long))
        self._ptr = None   # host mirror of queue_ptr: reading the buffer each step syncs the GPU

    def _load_from_state_dict(self, *args, **kwargs):
        self._ptr = None
        return super()._load_from_state_dict(*args, **kwargs)

    @torch.no_grad()
    def _momentum_update(self) -> None:
        qs = [p.detach() for p in list(self.backbone.parameters()) + list(self.head.parameters())]
        ks = list(self.backbone_k.parameters()) + list(self.head_k.parameters())
        if hasattr(torch, '_foreach_lerp_'):      # one fused launch per group, not 2 per tensor
            torch._foreach_lerp_(ks, qs, 1 - self.m)
            return
        for q, k in zip(qs, ks):
            k.mul_(self.m).add_(q, alpha=1 - self.m)

    @torch.no_grad()
    def _enqueue(self, keys: torch.Tensor) -> None:
        keys = concat_all_gather(keys)                                   # [W*N, dim]
        n = keys.shape[0]
        if self._ptr is None:
            self._ptr = int(self.queue_ptr)
        ptr = self._ptr
        idx = (torch.arange(n, device=keys.device) + ptr) % self.K       # wraps when K % n != 0
        if n > self.K:
            keys, idx = keys[-self.K:], idx[-self.K:]
        self.queue[:, idx] = keys.t().to(self.queue.dtype)
        self._ptr = (ptr + n) % self.K
        self.queue_ptr.fill_(self._ptr)

    @torch.no_grad()
    def _keys(self, im_k: torch.Tensor, step: int) -> torch.Tensor:
        """Key embeddings [N, dim]; with several processes, BN is shuffled across them."""
        if world() == 1:
            return F.normalize(self.head_k(self.backbone_k(im_k)).float(), dim=1)
        # Shuffling BN (MoCo Sec. 3.3): a permutation shared by all ranks, drawn from the step.
        x = concat_all_gather(im_k)
        n = x.shape[0]
        perm = torch.randperm(n, generator=torch.Generator().manual_seed(int(step))).to(x.device)
        unperm = torch.argsort(perm)
        local = n // world()
        mine = perm.view(world(), local)[rank()]
        k = F.normalize(self.head_k(self.backbone_k(x[mine])).float(), dim=1)
        k_all = concat_all_gather(k)
        return k_all[unperm].view(world(), local, -1)[rank()]

    def forward(self, batch) -> Tuple[torch.Tensor, Metrics]:
        im_q, im_k = batch['views'][0], batch['views'][1]
        q = F.normalize(self.head(self.encode(im_q)).float(), dim=1)    # [N, dim]
        with torch.no_grad():
            self._momentum_update()
            k = self._keys(im_k, batch.get('step', 0))                  # [N, dim]
        loss, logits = info_nce(q, k, self.queue.clone().detach(), self.T)  # logits: Nx(1+K)
        self._enqueue(k)
        acc = (logits.detach().argmax(dim=1) == 0).float().mean()
        return loss, {'loss': loss.detach(), 'acc': acc}
