"""Evaluation protocols on tiny labeled sets with a known answer."""
import json
import os

import pytest
import torch

from shadertrain.config import EvalConfig
from shadertrain.data.labeled import LabeledImages
from shadertrain.evaluate import (evaluate_backbone, extract_features, fewshot_accuracy, knn_accuracy,
                                  linear_probe_accuracy, random_backbone)

torch.set_num_threads(1)


def _clusters(n_per=30, classes=4, dim=16, seed=0):
    g = torch.Generator().manual_seed(seed)
    centres = torch.randn(classes, dim, generator=g) * 5
    y = torch.arange(classes).repeat_interleave(n_per)
    x = centres[y] + 0.3 * torch.randn(len(y), dim, generator=g)
    return x, y


def test_protocols_separable_clusters():
    xtr, ytr = _clusters(seed=0)
    xte, yte = _clusters(n_per=10, seed=0)
    assert knn_accuracy(xtr, ytr, xte, yte, k=20) == 1.0
    assert linear_probe_accuracy(xtr, ytr, xte, yte, epochs=50) == 1.0
    assert fewshot_accuracy(xtr, ytr, xte, yte, shots=10, draws=5) == 1.0


def test_knn_vote_is_weighted_by_similarity():
    # neighbours: one very close of class 1, two farther of class 0
    train = torch.tensor([[1.0, 0.05], [1.0, 0.9], [1.0, -0.9]])
    labels = torch.tensor([1, 0, 0])
    test = torch.tensor([[1.0, 0.0]])
    assert knn_accuracy(train, labels, test, torch.tensor([1]), k=3, temperature=0.07) == 1.0
    assert knn_accuracy(train, labels, test, torch.tensor([0]), k=3, temperature=100.0) == 1.0


def _constant_images(classes=3, per=8, size=12):
    # class c: a constant image of grey level 40 + 80c, plus a little noise
    g = torch.Generator().manual_seed(0)
    y = torch.arange(classes).repeat_interleave(per)
    img = (40 + 80 * y).view(-1, 1, 1, 1).float() + torch.randint(-3, 4, (len(y), size, size, 1), generator=g)
    return LabeledImages(img.clamp(0, 255).to(torch.uint8), y, [str(c) for c in range(classes)])


def test_features_of_class_constant_images_are_separable():
    data = _constant_images()
    bb = random_backbone('resnet18', 0)
    f = extract_features(bb, data.images, 32, torch.device('cpu'), batch_size=10)
    assert f.shape == (24, 512)
    assert knn_accuracy(f, data.labels, f, data.labels, k=5) == 1.0
    assert linear_probe_accuracy(f, data.labels, f, data.labels, epochs=30) == 1.0


def test_random_backbone_is_fixed_and_leaves_rng_alone():
    torch.manual_seed(123)
    a = torch.rand(1)
    torch.manual_seed(123)
    b1 = random_backbone('resnet18', 7)
    b = torch.rand(1)
    b2 = random_backbone('resnet18', 7)
    assert torch.equal(a, b)
    assert torch.equal(b1.conv1.weight, b2.conv1.weight)


def test_evaluate_backbone_reports_baseline(monkeypatch):
    import shadertrain.evaluate as ev
    data = _constant_images()
    monkeypatch.setattr(ev, 'load_labeled', lambda *a, **k: data)
    spec = EvalConfig(datasets=['toy'], protocols=['knn', 'fewshot'], fewshot_shots=2, knn_k=5)
    res = evaluate_backbone(random_backbone('resnet18', 1), arch='resnet18', resolution=32, spec=spec,
                            device=torch.device('cpu'), step=3, emit_events=False)
    assert [r['protocol'] for r in res] == ['knn', 'fewshot']
    for r in res:
        assert r['step'] == 3 and r['dataset'] == 'toy' and 0 <= r['baseline'] <= 1 and r['value'] == 1.0


@pytest.mark.skipif(not os.path.exists('/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz'),
                    reason='dataset-fashion-mnist not installed')
def test_cli_on_fashion_mnist(tmp_path, monkeypatch):
    import io
    from shadertrain import events
    from shadertrain.checkpoint import save_backbone
    from shadertrain.evaluate.__main__ import main
    buf = io.StringIO()
    monkeypatch.setattr(events, '_stream', buf)       # claim_stdout() keeps this stream
    path = save_backbone(random_backbone('resnet18', 5), str(tmp_path), 0)
    rc = main(['--checkpoint', path, '--arch', 'resnet18', '--resolution', '32', '--dataset',
               'fashion-mnist', '--protocol', 'knn', '--train-subset', '200', '--test-subset', '100',
               '--num-threads', '1', '--device', 'cpu', '--step', '0'])
    assert rc == 0, buf.getvalue()
    events_ = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert [e['event'] for e in events_] == ['evaluation']
    e = events_[0]
    assert e['dataset'] == 'fashion-mnist' and e['protocol'] == 'knn' and e['step'] == 0
    assert e['value'] > 0.3 and e['baseline'] > 0.3
