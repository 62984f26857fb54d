"""CUDA–OpenGL interop: read a GL colour texture from CUDA without touching the host.

The texture is registered once (``cudaGraphicsGLRegisterImage``, read-only) and kept registered;
each batch maps it on the caller's CUDA stream, reads the mapped CUDA array (the tile kernel of
tilecopy.py, or ``cudaMemcpy2DFromArrayAsync`` into a linear buffer) and unmaps it. Mapping orders
the CUDA work after the GL draws issued before it; unmapping orders later GL draws after the CUDA
work queued before the unmap.
"""
from __future__ import annotations

GL_TEXTURE_2D = 0x0DE1


def _runtime():
    try:
        from cuda.bindings import runtime  # cuda-python >= 12.6 (cuda-bindings)
    except ImportError:
        try:
            from cuda import cudart as runtime  # older cuda-python
        except ImportError:
            raise ImportError('CUDA–GL interop needs cuda-python (pip package cuda-bindings); '
                              'it is in PyTorch GPU images') from None
    return runtime


class CudaInterop:
    """Registered GL textures → CUDA device memory, on one device."""

    def __init__(self):
        self.rt = _runtime()
        self._success = self.rt.cudaError_t.cudaSuccess
        self._flag_read = int(self.rt.cudaGraphicsRegisterFlags.cudaGraphicsRegisterFlagsReadOnly)
        self._d2d = self.rt.cudaMemcpyKind.cudaMemcpyDeviceToDevice

    def _check(self, ret, what: str):
        err = ret[0] if isinstance(ret, tuple) else ret
        if err != self._success:
            name = self.rt.cudaGetErrorName(err)[1]
            raise RuntimeError(f'{what} failed: {name.decode() if isinstance(name, bytes) else name}')
        return ret[1] if isinstance(ret, tuple) and len(ret) > 1 else None

    def register(self, texture: int):
        """Register a GL_TEXTURE_2D (RGBA8) for reading by CUDA; the GL context must be current."""
        return self._check(self.rt.cudaGraphicsGLRegisterImage(texture, GL_TEXTURE_2D,
                                                                self._flag_read),
                           'cudaGraphicsGLRegisterImage')

    def map_array(self, resource, stream: int):
        """Map a registered texture on ``stream``; its CUDA array (valid until ``unmap``)."""
        self._check(self.rt.cudaGraphicsMapResources(1, resource, stream), 'cudaGraphicsMapResources')
        try:
            return self._check(self.rt.cudaGraphicsSubResourceGetMappedArray(resource, 0, 0),
                               'cudaGraphicsSubResourceGetMappedArray')
        except RuntimeError:
            self.unmap(resource, stream)
            raise

    def unmap(self, resource, stream: int) -> None:
        self._check(self.rt.cudaGraphicsUnmapResources(1, resource, stream),
                    'cudaGraphicsUnmapResources')

    def unregister(self, resource) -> None:
        self._check(self.rt.cudaGraphicsUnregisterResource(resource),
                    'cudaGraphicsUnregisterResource')

    def copy_array(self, array, dst_ptr: int, dst_pitch: int, width_bytes: int, height: int,
                   stream: int) -> None:
        """Copy rows [0, height) × bytes [0, width_bytes) of a mapped array to ``dst_ptr``."""
        self._check(self.rt.cudaMemcpy2DFromArrayAsync(dst_ptr, dst_pitch, array, 0, 0, width_bytes,
                                                       height, self._d2d, stream),
                    'cudaMemcpy2DFromArrayAsync')
