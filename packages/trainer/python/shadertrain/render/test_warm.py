"""warm: the union of snapshot dirs compiled in worker processes (Mesa llvmpipe here)."""
import json

import pytest

from .warm import cache_env, programs_of, warm

GOOD = 'void mainImage(out vec4 c, in vec2 p) {{ c = vec4(p / iResolution.xy, {k}.0 / 8.0, 1.0); }}'
BAD = 'void mainImage(out vec4 c, in vec2 p) { c = vec4(undefined_name, 1.0); }'


def _dir(root, name, bodies, prefix=''):
    d = root / name
    d.mkdir()
    entries = []
    for pid, body in bodies.items():
        (d / f'{pid}.glsl').write_text(body)
        entries.append({'id': pid, 'file': f'{pid}.glsl'})
    (d / 'manifest.json').write_text(json.dumps({'programs': entries}))
    return str(d)


def test_union_of_dirs_compiled_in_shards_and_rejections_named(tmp_path):
    a = _dir(tmp_path, 'a', {f'g{k}': GOOD.format(k=k) for k in range(5)})
    b = _dir(tmp_path, 'b', {'g0': GOOD.format(k=0), 'bad': BAD})
    assert [pid for pid, _ in programs_of([a, b])] == ['g0', 'g1', 'g2', 'g3', 'g4', 'bad']
    r = warm([a, b], workers=2, device='cpu')
    assert (r['programs'], r['compiled'], r['failed'], r['workers']) == (6, 5, ['bad'], 2)


def test_more_workers_than_programs_and_bad_arguments(tmp_path):
    a = _dir(tmp_path, 'a', {'g0': GOOD.format(k=0)})
    assert warm([a], workers=4, device='cpu')['workers'] == 1
    with pytest.raises(ValueError, match='workers must be >= 1'):
        warm([a], workers=0)
    with pytest.raises(ValueError, match='has no manifest.json'):
        programs_of([str(tmp_path)])


def test_cache_env_keeps_explicit_settings():
    env = cache_env({'__GL_SHADER_DISK_CACHE': '0', 'HOME': '/h'})
    assert env['__GL_SHADER_DISK_CACHE'] == '0' and env['HOME'] == '/h'
    assert int(env['__GL_SHADER_DISK_CACHE_SIZE']) >= 1 << 30
    assert cache_env({})['__GL_SHADER_DISK_CACHE'] == '1'
