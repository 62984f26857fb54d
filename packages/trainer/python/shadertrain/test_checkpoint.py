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
