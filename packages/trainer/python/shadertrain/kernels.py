"""Small CUDA kernels from source: compiled at first use with NVRTC (PTX for the device's compute
capability), loaded and launched through the driver API, all from ``cuda.bindings``.

Used by the render engine's tile copy and the augmentation kernels. Raises ImportError where
cuda.bindings is missing and RuntimeError where NVRTC or the driver refuses, so callers can fall
back to plain torch / CUDA runtime paths.
"""
from __future__ import annotations

import ctypes


def check(ret, what: str):
    """Raise for a failed cuda.bindings call (runtime, driver or NVRTC: each returns (status, ...)
    with status 0 on success); its value when it returns exactly one."""
    err = ret[0] if isinstance(ret, tuple) else ret
    if int(err) != 0:
        name = getattr(err, 'name', None) or repr(err)
        raise RuntimeError(f'{what} failed: {name}')
    return ret[1] if isinstance(ret, tuple) and len(ret) > 1 else None


class Module:
    """``source`` compiled for device ``device_index``; ``function(name)`` and ``launch(...)``."""

    def __init__(self, source: str, filename: str, device_index: int):
        from cuda.bindings import driver, nvrtc, runtime
        self.drv = driver
        check(runtime.cudaSetDevice(device_index), 'cudaSetDevice')
        check(runtime.cudaFree(0), 'cudaFree(0)')   # makes the primary context (torch's) current here
        attr = runtime.cudaDeviceAttr
        major = check(runtime.cudaDeviceGetAttribute(attr.cudaDevAttrComputeCapabilityMajor, device_index),
                      'compute capability')
        minor = check(runtime.cudaDeviceGetAttribute(attr.cudaDevAttrComputeCapabilityMinor, device_index),
                      'compute capability')
        prog = check(nvrtc.nvrtcCreateProgram(source.encode(), filename.encode(), 0, [], []), 'nvrtcCreateProgram')
        try:
            opts = [f'--gpu-architecture=compute_{major}{minor}'.encode(), b'-default-device']
            ret = nvrtc.nvrtcCompileProgram(prog, len(opts), opts)
            if int(ret[0]) != 0:
                size = check(nvrtc.nvrtcGetProgramLogSize(prog), 'nvrtcGetProgramLogSize')
                log = b' ' * size
                nvrtc.nvrtcGetProgramLog(prog, log)
                raise RuntimeError(f'NVRTC ({filename}): {log.decode(errors="replace").strip()}')
            size = check(nvrtc.nvrtcGetPTXSize(prog), 'nvrtcGetPTXSize')
            ptx = b' ' * size
            check(nvrtc.nvrtcGetPTX(prog, ptx), 'nvrtcGetPTX')
        finally:
            nvrtc.nvrtcDestroyProgram(prog)
        self.module = check(driver.cuModuleLoadData(ptx), 'cuModuleLoadData')

    def function(self, name: str):
        return check(self.drv.cuModuleGetFunction(self.module, name.encode()), 'cuModuleGetFunction')

    def launch(self, function, blocks: int, threads: int, stream: int, *args) -> None:
        """Launch on ``stream`` (a CUstream handle as int) with ctypes-typed ``args``."""
        params = (ctypes.c_void_p * len(args))(*[ctypes.addressof(a) for a in args])
        check(self.drv.cuLaunchKernel(function, blocks, 1, 1, threads, 1, 1, 0, stream,
                                      ctypes.addressof(params), 0), 'cuLaunchKernel')
