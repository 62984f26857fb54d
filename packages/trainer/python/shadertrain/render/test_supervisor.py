"""The isolated server through RenderSupervisor, with real hanging and crashing programs."""
import base64
import io
import sys
from pathlib import Path

import numpy as np
import pytest

from .supervisor import RenderSupervisor, ServerError, ServerLost, SupervisorConfig
from .wrapper import program_id

GOOD = 'void mainImage(out vec4 c, in vec2 p) { c = vec4(p / iResolution.xy, 0.5 + 0.5 * sin(iTime), 1.0); }'
HANG = (Path(__file__).resolve().parents[5] / 'tests' / 'support' / 'fixtures' / 'hang.glsl').read_text()
# a compile bomb: the preprocessor expands 4^10 copies of p.x
BOMB = '''#define A(x) (x+x)
#define B(x) A(A(x))
#define C(x) B(B(B(B(x))))
#define D(x) C(C(C(C(x))))
#define E(x) D(D(D(D(x))))
void mainImage(out vec4 c, in vec2 p) { c = vec4(E(E(p.x))); }'''
# a 64 MB global array: LLVM runs out of memory under the server's address-space cap and aborts
HOG = '''float g[4000000];
void mainImage(out vec4 c, in vec2 p) { int k = int(p.x * iTime * 1000.0); g[k] = p.y; c = vec4(g[(k * 7) % 4000000]); }'''


@pytest.fixture(scope='module')
def sup():
    s = RenderSupervisor(SupervisorConfig(python=sys.executable, device='cpu', deadline_s=30,
                                          env={'SHADERTRAIN_RENDER_DEBUG': '1'}))
    yield s
    s.close()


def test_ping_and_validate(sup):
    assert sup.ping()
    assert 'llvmpipe' in sup.renderer['renderer'].lower()
    r = sup.validate(GOOD, size=32, frames=2)
    assert r['ok'] and r['thumbnailPng'][:4] == b'\x89PNG'


def test_thumbnail_is_a_png_of_the_size(sup):
    from PIL import Image
    png = sup.thumbnail(GOOD, size=24)
    img = Image.open(io.BytesIO(png))
    assert img.size == (24, 24) and img.mode == 'RGB'


def test_render_batch_to_file(sup, tmp_path):
    path = str(tmp_path / 'batch.npy')
    r = sup.request('render', programs={'g': GOOD}, pids=['g', 'g', 'g'], times=[0, 1, 2], size=16, path=path)
    arr = np.load(path)
    assert r['shape'] == [3, 16, 16, 3] and arr.shape == (3, 16, 16, 3) and arr.dtype == np.uint8
    assert not np.array_equal(arr[0], arr[1])


def test_bad_requests_get_error_answers_without_a_restart(sup):
    restarts = sup.restarts
    with pytest.raises(ServerError, match='bad-request'):
        sup.request('validate', body='')
    with pytest.raises(ServerError, match='unknown op'):
        sup.request('frobnicate')
    with pytest.raises(ServerError, match='compile-error'):
        sup.thumbnail('void mainImage(out vec4 c, in vec2 p) { c = missing; }')
    assert sup.ping() and sup.restarts == restarts


def test_hanging_program_times_out_restarts_and_is_quarantined(sup):
    restarts = sup.restarts
    r = sup.validate(HANG, size=64, frames=1, deadline_s=3)
    assert not r['ok'] and r['reason'] == 'timeout'
    assert sup.quarantined[program_id(HANG)] == 'timeout'
    again = sup.validate(HANG, deadline_s=3)              # not sent again
    assert again['reason'] == 'quarantined: timeout'
    assert sup.validate(GOOD, size=16, frames=1)['ok']    # a fresh server took over
    assert sup.restarts == restarts + 1


def test_compile_bomb_times_out(sup):
    r = sup.validate(BOMB, size=16, frames=1, deadline_s=3)
    assert r['reason'] == 'timeout'
    assert sup.ping()


def test_crash_is_reported_and_survived(sup):
    with pytest.raises(ServerLost) as ei:
        sup.request('debug-crash')
    assert ei.value.reason == 'crash'
    assert sup.ping()


def test_pathological_program_crashes_the_capped_server():
    with RenderSupervisor(SupervisorConfig(python=sys.executable, device='cpu', deadline_s=20,
                                           max_memory_mb=700)) as s:
        r = s.validate(HOG, size=16, frames=1)
        assert r['reason'] == 'crash' and s.quarantined[program_id(HOG)] == 'crash'
        with pytest.raises(ServerLost, match='quarantined'):
            s.thumbnail(HOG)
        assert s.validate(GOOD, size=16, frames=1)['ok']


def test_config_validation():
    with pytest.raises(ValueError):
        SupervisorConfig(deadline_s=0)
