"""RenderEngine on Mesa llvmpipe (real EGL, real GL): pixels, batching, tiling, cache."""
import numpy as np
import pytest

from .engine import RenderConfig, RenderEngine, seed_mouse
from .programs import CompileError

GRADIENT = 'void mainImage(out vec4 c, in vec2 p) { c = vec4(p / iResolution.xy, fract(iTime), 1.0); }'
# uses both the fragCoord argument and the wrapper's _st_FragCoord: must agree in every tile
COORDS = '''void mainImage(out vec4 c, in vec2 fragCoord) {
    vec2 q = _st_FragCoord.xy;
    c = vec4(fragCoord / iResolution.xy, q.y / iResolution.y, 1.0);
    if (distance(q, fragCoord) > 0.0) c = vec4(1.0, 0.0, 1.0, 1.0);
}'''
CLOCK = '''void mainImage(out vec4 c, in vec2 p) {
    c = vec4(iTime / 10.0, float(iFrame) / 1000.0, iMouse.x / iResolution.x, 1.0);
    if (p.x < 1.0) c.b = iDate.w / 86400.0;
    if (p.y < 1.0) c.b = iSampleRate / 100000.0;
}'''
RINGS = '''void mainImage(out vec4 c, in vec2 p) {
    vec2 uv = (2.0 * p - iResolution.xy) / iResolution.y;
    float d = length(uv);
    c = vec4(0.5 + 0.5 * cos(10.0 * d - 3.0 * iTime + vec3(0, 2, 4)), 1.0);
}'''


@pytest.fixture(scope='module')
def eng():
    e = RenderEngine('cpu')
    for pid, body in (('grad', GRADIENT), ('coords', COORDS), ('clock', CLOCK), ('rings', RINGS)):
        e.add_program(pid, body)
    yield e
    e.close()


def software(eng):
    return 'llvmpipe' in eng.info['renderer'].lower()


def test_context_reports_the_renderer(eng):
    # on a GPU host without Mesa, NVIDIA's EGL also offers the surfaceless platform
    if not software(eng):
        pytest.skip(f"'cpu' gave {eng.info['renderer']} here (no Mesa)")
    assert eng.device == 'cpu' and eng.ctx.gles_version >= (3, 0)
    assert 'llvmpipe' in eng.info['renderer'].lower() and 'OpenGL ES' in eng.info['version']


def test_gradient_pixels_and_orientation(eng):
    s = 8
    img = eng.render_numpy(['grad'], [0.25], s)[0]
    expect = np.round((np.arange(s) + 0.5) / s * 255)
    assert np.abs(img[0, :, 0].astype(int) - expect).max() <= 1      # red grows to the right
    assert np.abs(img[:, 0, 1].astype(int) - expect[::-1]).max() <= 1  # row 0 is the top
    assert np.abs(int(img[3, 3, 2]) - 64) <= 1                          # fract(0.25)


def test_render_returns_torch_uint8(eng):
    torch = pytest.importorskip('torch')
    out = eng.render(['grad', 'rings'], [0.0, 1.0], 16)
    assert out.dtype == torch.uint8 and tuple(out.shape) == (2, 16, 16, 3)
    assert np.array_equal(out.numpy(), eng.render_numpy(['grad', 'rings'], [0.0, 1.0], 16))


def test_batch_equals_single_renders(eng):
    pids = ['rings', 'grad', 'rings', 'clock', 'grad', 'rings', 'coords']
    times = [0.0, 1.5, 2.25, 3.0, 0.5, 7.75, 1.0]
    seeds = [1, 2, 3, 4, 5, 6, 7]
    batch = eng.render_numpy(pids, times, 24, seeds)
    for i, (p, t) in enumerate(zip(pids, times)):
        single = eng.render_numpy([p], [t], 24, [seeds[i]])[0]
        assert np.array_equal(batch[i], single), f'tile {i} ({p})'


def test_tiles_away_from_the_origin_match_the_origin(eng):
    n = 13
    out = eng.render_numpy(['coords'] * n, [0.0] * n, 16)
    assert not np.all(out[0] == [255, 0, 255])                 # the magenta 'mismatch' colour
    for i in range(1, n):
        assert np.array_equal(out[i], out[0]), f'tile {i}'


def test_several_framebuffers_per_batch():
    e = RenderEngine('cpu', RenderConfig(max_framebuffer=64))   # 4 x 4 tiles of 16 per framebuffer
    e.add_program('rings', RINGS)
    e.add_program('grad', GRADIENT)
    pids = ['rings', 'grad'] * 19
    times = np.linspace(0, 5, 38)
    batch = e.render_numpy(pids, times, 16)
    assert batch.shape == (38, 16, 16, 3)
    for i in (0, 15, 16, 17, 33, 37):
        assert np.array_equal(batch[i], e.render_numpy([pids[i]], [times[i]], 16)[0]), i
    e.close()


def test_inputs_reach_the_shader(eng):
    size = 32
    out = eng.render_numpy(['clock'], [2.0], size, mouse=[[16, 0, 16, 0]])[0].astype(int)
    assert abs(out[10, 10, 0] - 51) <= 1            # iTime / 10 = 0.2
    assert abs(out[10, 10, 1] - 31) <= 1            # iFrame = 120 → 0.12
    assert abs(out[10, 10, 2] - 128) <= 1           # iMouse.x / width = 0.5
    assert abs(out[10, 0, 2] - 128) <= 1            # iDate.w = 43200 + 2 s → ~0.5
    assert abs(out[size - 1, 10, 2] - 112) <= 1     # bottom row: iSampleRate 44100 → 0.441


def test_seeds_give_distinct_repeatable_mice():
    m = seed_mouse(np.array([0, 1, 2, 0], np.uint64), 100)
    assert m.shape == (4, 4) and np.array_equal(m[0], m[3]) and not np.array_equal(m[0], m[1])
    assert (m >= 0).all() and (m < 100).all()


def test_integer_program_codes(eng):
    codes = np.array([eng.program_index('rings'), eng.program_index('grad')])
    assert np.array_equal(eng.render_numpy(codes, [1.0, 1.0], 8),
                          eng.render_numpy(['rings', 'grad'], [1.0, 1.0], 8))


def test_bad_requests_say_what_is_wrong(eng):
    with pytest.raises(KeyError, match='add_program'):
        eng.render_numpy(['nope'], [0.0], 8)
    with pytest.raises(ValueError, match='size'):
        eng.render_numpy(['grad'], [0.0], 0)
    with pytest.raises(ValueError, match='times'):
        eng.render_numpy(['grad', 'grad'], [0.0], 8)
    with pytest.raises(ValueError, match='finite'):
        eng.render_numpy(['grad'], [float('nan')], 8)


def test_compile_error_carries_the_log_with_body_line_numbers(eng):
    eng.add_program('broken', 'void mainImage(out vec4 c, in vec2 p) {\n  c = vec4(undefined_thing);\n}')
    with pytest.raises(CompileError) as ei:
        eng.compile('broken')
    assert 'undefined_thing' in ei.value.log and '2' in ei.value.log.split('error')[0]
    with pytest.raises(CompileError):       # remembered, not recompiled
        eng.render_numpy(['broken'], [0.0], 8)
    eng.remove_program('broken')


def test_lru_cache_evicts_and_recompiles():
    e = RenderEngine('cpu', RenderConfig(program_cache_size=2))
    for i in range(3):
        e.add_program(f'p{i}', f'void mainImage(out vec4 c, in vec2 p) {{ c = vec4({i}.0 / 4.0); }}')
    first = e.render_numpy(['p0'], [0.0], 4)
    e.render_numpy(['p1', 'p2'], [0.0, 0.0], 4)
    assert len(e.programs) == 2 and 'p0' not in e.programs
    assert all(e.programs.compile_ms[p] > 0 for p in ('p0', 'p1', 'p2'))
    assert np.array_equal(e.render_numpy(['p0'], [0.0], 4), first)
    e.close()


def test_float_target_keeps_nan_and_range(eng):
    eng.add_program('nan', 'void mainImage(out vec4 c, in vec2 p) { c = vec4(sqrt(-1.0 - p.x), 2.5, -1.0, 1.0); }')
    f = eng.render_float('nan', 0.0, 8)
    assert f.shape == (8, 8, 4) and f.dtype == np.float32
    assert np.isnan(f[..., 0]).all() and (f[..., 1] == 2.5).all() and (f[..., 2] == -1.0).all()


def test_measure_times_every_frame(eng):
    frames, ms, how = eng.measure('rings', [0.0, 1.0, 2.0], 16)
    assert frames.shape == (3, 16, 16, 3) and len(ms) == 3 and all(m > 0 for m in ms)
    assert how == ('wall-finish' if software(eng) else 'gpu-timer')  # llvmpipe's timers lie
    assert not np.array_equal(frames[0], frames[1])


def test_config_is_validated():
    with pytest.raises(ValueError, match='device'):
        RenderConfig(device='gpu')
    with pytest.raises(ValueError, match='max_framebuffer'):
        RenderConfig(max_framebuffer=4)
    with pytest.raises(ValueError, match='program_cache_size'):
        RenderConfig(program_cache_size=0)
