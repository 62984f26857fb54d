import os

import torch
import torchvision

from shadertrain.checkpoint import atomic_save, load_backbone_state, save_backbone, sha256_file
from shadertrain.models import build_backbone


def test_backbone_loads_into_plain_torchvision(tmp_path):
    torch.manual_seed(0)
    bb, dim = build_backbone('resnet18')
    assert dim == 512
    path = save_backbone(bb, str(tmp_path), 7)
    assert os.path.basename(path) == 'backbone-7.pt' and len(sha256_file(path)) == 64
    sd = torch.load(path)
    ref = torchvision.models.resnet18()
    missing, unexpected = ref.load_state_dict(sd, strict=False)
    assert sorted(missing) == ['fc.bias', 'fc.weight'] and unexpected == []
    assert torch.equal(ref.conv1.weight, bb.conv1.weight)
    assert load_backbone_state(path).keys() == sd.keys()


def test_atomic_save_leaves_no_temp_files(tmp_path):
    p = str(tmp_path / 'x.pt')
    atomic_save({'a': torch.ones(2)}, p)
    atomic_save({'a': torch.zeros(2)}, p)
    assert os.listdir(tmp_path) == ['x.pt']
    assert torch.equal(torch.load(p)['a'], torch.zeros(2))


def test_load_state_reads_its_own_files_where_torch_load_defaults_to_weights_only(tmp_path, monkeypatch):
    """torch >= 2.6 loads with weights_only=True unless told otherwise, which refuses the
    training state (it holds a TorchVersion and plain Python config); resume must still work."""
    from shadertrain.checkpoint import load_state, save_state
    model = torch.nn.Linear(2, 2)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    model(torch.ones(1, 2)).sum().backward()
    opt.step()
    save_state(str(tmp_path), step=3, method=model, optimizer=opt, config={'arch': 'x'}, sampler={'seed': 1})
    real_load = torch.load

    def strict_load(*args, weights_only=True, **kwargs):
        return real_load(*args, weights_only=weights_only, **kwargs)

    monkeypatch.setattr(torch, 'load', strict_load)
    state = load_state(str(tmp_path))
    assert state['step'] == 3 and state['sampler'] == {'seed': 1}
    assert torch.equal(state['method']['weight'], model.state_dict()['weight'])
