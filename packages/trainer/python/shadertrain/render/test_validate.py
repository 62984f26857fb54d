"""Validation on llvmpipe: each rejection names its check."""
import base64

import pytest

from .engine import RenderEngine
from .validate import ValidationConfig, judge, validate_body

GOOD = '''void mainImage(out vec4 c, in vec2 p) {
    vec2 uv = p / iResolution.xy;
    c = vec4(0.5 + 0.5 * cos(iTime + uv.xyx * 6.0 + vec3(0, 2, 4)), 1.0);
}'''


@pytest.fixture(scope='module')
def eng():
    e = RenderEngine('cpu')
    yield e
    e.close()


def test_good_program_passes_with_stats_and_thumbnail(eng):
    r = validate_body(eng, GOOD, ValidationConfig(size=32, frames=3, thumbnail_size=16))
    assert r['ok'] and 'reason' not in r
    assert len(r['frameMs']) == 3 and r['compileMs'] > 0
    assert r['stats']['temporalChange'] > 0 and r['stats']['nonFinite'] == 0
    assert base64.b64decode(r['thumbnailPng'])[:8] == b'\x89PNG\r\n\x1a\n'
    assert r['renderer']['renderer'] == eng.info['renderer']


@pytest.mark.parametrize('body, reason', [
    ('void mainImage(out vec4 c, in vec2 p) { c = vec4(0.3, 0.3, 0.3, 1.0); }', 'blank'),
    ('void mainImage(out vec4 c, in vec2 p) { c = vec4(log(-1.0 - p.x)); }', 'non-finite'),
    ('void mainImage(out vec4 c, in vec2 p) { c = vec4(step(0.97, p.x / iResolution.x)); }', 'low-coverage'),
])
def test_rejections_name_the_check(eng, body, reason):
    r = validate_body(eng, body, ValidationConfig(size=32, frames=2, thumbnail_size=0,
                                                  min_coverage=0.05, min_entropy=0.0))
    assert not r['ok'] and r['reason'] == reason, r.get('stats')


def test_compile_error_reason_and_log(eng):
    r = validate_body(eng, 'void mainImage(out vec4 c, in vec2 p) { c = nope; }')
    assert not r['ok'] and r['reason'].startswith('compile-error: ') and 'nope' in r['log']


def test_judge_order_and_thresholds():
    stats = {'nonFinite': 0.0, 'std': [0.1, 0.1, 0.1], 'entropy': 5.0, 'coverage': 0.5,
             'temporalChange': 0.0}
    assert judge(stats, [1.0], ValidationConfig()) is None
    assert judge(stats, [1.0], ValidationConfig(min_temporal_change=0.01)) == 'static'
    assert judge(stats, [50.0], ValidationConfig(max_frame_ms=10.0)) == 'slow'
    assert judge({**stats, 'entropy': 0.5}, [1.0], ValidationConfig()) == 'low-entropy'


def test_config_validation():
    with pytest.raises(ValueError, match='frames'):
        ValidationConfig(frames=0)
    with pytest.raises(ValueError, match='max_non_finite'):
        ValidationConfig(max_non_finite=2.0)
