"""One shared check for every method: a few steps on a fixed batch change the backbone's
weights and lower the loss (ResNet-18 at 32 px, batch 8, CPU)."""
import copy

import pytest
import torch

from shadertrain.config import Config
from shadertrain.methods import MoCo, ProgramCE, SimCLR, SupCon, build_method

P = 4  # programs (classes)


def _batch(n_views):
    g = torch.Generator().manual_seed(0)
    base = torch.randn(8, 3, 32, 32, generator=g)
    views = [base + 0.1 * torch.randn(8, 3, 32, 32, generator=g) for _ in range(n_views)]
    ids = torch.tensor([[0, 1], [1, 2], [2, 3], [3, 0], [0, 2], [1, 3], [2, 0], [3, 1]])
    weights = torch.tensor([[0.7, 0.3]] * 8)
    return {'step': 0, 'views': views, 'labels': ids[:, 0], 'ids': ids, 'weights': weights}


def _method(name):
    torch.manual_seed(0)
    cfg = Config(source='programs', programs_dir='unused', method=name, arch='resnet18',
                 resolution=32, batch_size=8, steps=3, moco_queue=16, moco_momentum=0.99, moco_dim=32)
    return build_method(cfg, num_classes=P)


def _loss_on(method, batch, queue=None):
    m = copy.deepcopy(method)           # forward mutates MoCo's queue and key encoder
    if queue is not None:
        m.queue.copy_(queue)
    with torch.no_grad():
        return m(batch)[0].item()


@pytest.mark.parametrize('name,cls', [('moco', MoCo), ('simclr', SimCLR), ('supcon', SupCon), ('ce', ProgramCE)])
def test_steps_change_weights_and_lower_loss(name, cls):
    torch.set_num_threads(1)  # 2 threads on a busy 2-core box is slower
    method = _method(name)
    assert isinstance(method, cls)
    batch = _batch(method.n_views)
    queue0 = method.queue.clone() if name == 'moco' else None
    before = _loss_on(method, batch, queue0)
    w0 = method.backbone.conv1.weight.detach().clone()
    opt = torch.optim.SGD([p for p in method.parameters() if p.requires_grad], lr=0.01, momentum=0.9)
    for _ in range(3):
        loss, metrics = method(batch)
        assert torch.isfinite(loss) and 'loss' in metrics
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert not torch.equal(method.backbone.conv1.weight, w0)
    after = _loss_on(method, batch, queue0)
    assert after < before, (name, before, after)


def test_moco_queue_and_momentum_encoder():
    method = _method('moco')
    batch = _batch(2)
    k0 = method.backbone_k.conv1.weight.detach().clone()
    ptr0 = int(method.queue_ptr)
    with torch.no_grad():
        method(batch)
    assert int(method.queue_ptr) == (ptr0 + 8) % 16
    assert torch.allclose(method.queue.norm(dim=0), torch.ones(16), atol=1e-5)
    assert all(not p.requires_grad for p in method.backbone_k.parameters())
    # the key encoder follows the query encoder: equal at start, so unchanged by the update
    assert torch.allclose(method.backbone_k.conv1.weight, k0, atol=1e-6)


def test_backbone_keys_are_plain_torchvision():
    method = _method('simclr')
    keys = set(method.backbone.state_dict())
    assert 'conv1.weight' in keys and 'layer4.1.bn2.running_var' in keys
    assert not any(k.startswith('fc.') for k in keys)
