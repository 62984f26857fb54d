import math

import pytest
import torch
import torch.nn.functional as F

from shadertrain.methods.losses import info_nce, nt_xent, supcon_loss

T = 0.2


def _rand(*shape, seed=0, grad=False):
    t = torch.randn(*shape, generator=torch.Generator().manual_seed(seed))
    return t.requires_grad_(grad)


def test_info_nce_shapes_and_known_value():
    q = torch.tensor([[1.0, 0.0, 0.0]])
    k = torch.tensor([[1.0, 0.0, 0.0]])
    queue = torch.tensor([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]])   # [D=3, K=2], orthogonal to q
    loss, logits = info_nce(q, k, queue, T)
    assert logits.shape == (1, 3)
    expected = -math.log(math.exp(1 / T) / (math.exp(1 / T) + 2))
    assert loss.item() == pytest.approx(expected, rel=1e-5)


def test_info_nce_finite_gradients():
    q = F.normalize(_rand(8, 16, seed=1), dim=1).requires_grad_(True)
    k = F.normalize(_rand(8, 16, seed=2), dim=1)
    queue = F.normalize(_rand(16, 32, seed=3), dim=0)
    loss, logits = info_nce(q, k, queue, T)
    assert logits.shape == (8, 33)
    loss.backward()
    assert torch.isfinite(q.grad).all() and q.grad.abs().sum() > 0


def test_nt_xent_known_value():
    z = torch.eye(2, 4)                        # two orthogonal samples, views identical
    loss = nt_xent(z, z.clone(), T)
    # each anchor: positive sim 1, two negatives with sim 0
    expected = -math.log(math.exp(1 / T) / (math.exp(1 / T) + 2))
    assert loss.item() == pytest.approx(expected, rel=1e-5)


def test_nt_xent_symmetric_and_finite_grads():
    z1, z2 = _rand(6, 8, seed=4, grad=True), _rand(6, 8, seed=5, grad=True)
    a, b = nt_xent(z1, z2, T), nt_xent(z2, z1, T)
    assert a.item() == pytest.approx(b.item(), rel=1e-6)
    a.backward()
    assert torch.isfinite(z1.grad).all() and torch.isfinite(z2.grad).all()
    # the same permutation of both views leaves the loss unchanged
    p = torch.randperm(6, generator=torch.Generator().manual_seed(0))
    assert nt_xent(z1[p], z2[p], T).item() == pytest.approx(a.item(), rel=1e-5)


def test_supcon_equals_nt_xent_with_distinct_labels():
    z1, z2 = _rand(5, 8, seed=6), _rand(5, 8, seed=7)
    s = supcon_loss(torch.stack([z1, z2], dim=1), torch.arange(5), T)
    assert s.item() == pytest.approx(nt_xent(z1, z2, T).item(), rel=1e-5)


def test_supcon_shapes_grads_and_label_effect():
    f = _rand(6, 2, 8, seed=8, grad=True)
    labels = torch.tensor([0, 0, 1, 1, 2, 2])
    loss = supcon_loss(f, labels, T)
    assert loss.dim() == 0
    loss.backward()
    assert torch.isfinite(f.grad).all()
    # features that agree with their labels give a lower loss than random ones
    proto = torch.eye(3, 8)[labels]
    good = supcon_loss(torch.stack([proto, proto], dim=1), labels, T)
    assert good.item() < loss.item()
    # swapping the two views is a symmetry
    swapped = supcon_loss(f.detach().flip(1), labels, T)
    assert swapped.item() == pytest.approx(loss.item(), rel=1e-5)
