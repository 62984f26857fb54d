import json

import pytest

from shadertrain.config import Config


def test_defaults_and_json(tmp_path):
    p = tmp_path / 'c.json'
    p.write_text(json.dumps({'source': 'noise', 'steps': 10, 'augment': {'blur_p': 0.0},
                             'eval': {'protocols': ['knn']}}))
    c = Config.from_json(str(p))
    assert c.method == 'moco' and c.temperature == 0.2 and c.augment.blur_p == 0.0
    assert c.eval.protocols == ['knn'] and c.num_threads >= 1 and c.tile_size == c.resolution
    assert Config.from_dict(c.to_dict()) == c


@pytest.mark.parametrize('bad,field', [
    ({'method': 'byol'}, 'method'),
    ({'mixup_k': 0}, 'mixup_k'),
    ({'resolution': '64'}, 'resolution'),
    ({'steps': None}, 'steps'),
    ({'device': 'tpu'}, 'device'),
    ({'source': 'programs'}, 'programs_dir'),
    ({'source': 'images'}, 'images'),
    ({'method': 'ce'}, 'method'),
    ({'temperature': 0}, 'temperature'),
    ({'eval': {'protocols': ['svm']}}, 'eval.protocols'),
    ({'augment': {'crop_scale': [0.5, 0.2]}}, 'augment.crop_scale'),
    ({'learning_rate': 0.1}, 'learning_rate'),
])
def test_bad_values_name_the_field(bad, field):
    with pytest.raises(ValueError, match=f"'{field}'"):
        Config.from_dict({'source': 'noise', 'steps': 1, **bad})


def test_invalid_json(tmp_path):
    p = tmp_path / 'c.json'
    p.write_text('{nope')
    with pytest.raises(ValueError, match='invalid JSON'):
        Config.from_json(str(p))
