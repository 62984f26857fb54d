"""shadertrain.kernels' wiring against a recording stand-in for cuda.bindings (no GPU here; the
kernels themselves run in test_interop.py and test_augment_cuda.py on the GPU host)."""
import ctypes
import sys
import types

import pytest
import torch


class _Status(int):
    name = 'CUDA_ERROR_FAKE'


def _fake_bindings(calls, compile_ok=True):
    ok = _Status(0)
    runtime = types.SimpleNamespace(
        cudaSetDevice=lambda i: (calls.append(('cudaSetDevice', i)), (ok,))[1],
        cudaFree=lambda p: (ok,),
        cudaDeviceAttr=types.SimpleNamespace(cudaDevAttrComputeCapabilityMajor='major',
                                             cudaDevAttrComputeCapabilityMinor='minor'),
        cudaDeviceGetAttribute=lambda attr, i: (ok, {'major': 9, 'minor': 0}[attr]))

    def compile_program(prog, n, opts):
        calls.append(('nvrtcCompileProgram', list(opts)))
        return (ok if compile_ok else _Status(6),)

    def get_log(prog, buf):
        ctypes.memmove(buf, b'line 3: error', 13)
        return (ok,)

    def get_ptx(prog, buf):
        ctypes.memmove(buf, b'.version 8', 10)
        return (ok,)
    nvrtc = types.SimpleNamespace(
        nvrtcCreateProgram=lambda src, name, *a: (calls.append(('nvrtcCreateProgram', name)), (ok, 'prog'))[1],
        nvrtcCompileProgram=compile_program, nvrtcGetProgramLogSize=lambda p: (ok, 13), nvrtcGetProgramLog=get_log,
        nvrtcGetPTXSize=lambda p: (ok, 10), nvrtcGetPTX=get_ptx, nvrtcDestroyProgram=lambda p: (ok,))
    driver = types.SimpleNamespace(
        cuModuleLoadData=lambda ptx: (calls.append(('cuModuleLoadData', bytes(ptx))), (ok, 'module'))[1],
        cuModuleGetFunction=lambda m, name: (ok, name.decode()),
        cuLaunchKernel=lambda f, gx, gy, gz, bx, by, bz, shm, stream, params, extra: (
            calls.append(('cuLaunchKernel', f, gx, bx, stream)), (ok,))[1])
    return types.SimpleNamespace(runtime=runtime, nvrtc=nvrtc, driver=driver)


@pytest.fixture
def fake(monkeypatch):
    calls = []

    def install(**kw):
        pkg = types.ModuleType('cuda')
        b = _fake_bindings(calls, **kw)
        bindings = types.ModuleType('cuda.bindings')
        bindings.runtime, bindings.nvrtc, bindings.driver = b.runtime, b.nvrtc, b.driver
        pkg.bindings = bindings
        for name, mod in (('cuda', pkg), ('cuda.bindings', bindings), ('cuda.bindings.runtime', b.runtime),
                          ('cuda.bindings.nvrtc', b.nvrtc), ('cuda.bindings.driver', b.driver)):
            monkeypatch.setitem(sys.modules, name, mod)
        return calls
    return install


def test_module_compiles_for_the_device_and_launches(fake):
    from shadertrain.kernels import Module
    calls = fake()
    m = Module('extern "C" __global__ void k() {}', 'k.cu', 1)
    assert ('cudaSetDevice', 1) in calls and ('nvrtcCreateProgram', b'k.cu') in calls
    assert [c for c in calls if c[0] == 'nvrtcCompileProgram'][0][1][0] == b'--gpu-architecture=compute_90'
    assert ('cuModuleLoadData', b'.version 8') in calls
    m.launch(m.function('k'), 7, 256, 1234, ctypes.c_int(3))
    assert calls[-1] == ('cuLaunchKernel', 'k', 7, 256, 1234)


def test_a_compile_error_is_a_runtime_error_with_the_log(fake):
    from shadertrain.kernels import Module
    fake(compile_ok=False)
    with pytest.raises(RuntimeError, match=r'NVRTC \(k.cu\): line 3: error'):
        Module('bad', 'k.cu', 0)


def test_tile_copy_and_augment_kernels_build_on_it(fake, monkeypatch):
    from shadertrain.data.augment_cuda import CudaAugment
    from shadertrain.render.tilecopy import TileCopy
    calls = fake()
    t = TileCopy(0)
    t.launch(tex=5, out_ptr=4096, size=64, rows=2, count=10, stream=99)
    assert calls[-1] == ('cuLaunchKernel', 'st_tiles_rgb', -(-10 * 64 * 64 // 1024), 256, 99)
    monkeypatch.setattr(torch.cuda, 'current_stream', lambda *a: types.SimpleNamespace(cuda_stream=42))
    a = CudaAugment(torch.device('cuda', 0))
    a._launch(a._color, 1000, ctypes.c_int(1))
    assert calls[-1] == ('cuLaunchKernel', 'st_aug_color', 4, 256, 42)
