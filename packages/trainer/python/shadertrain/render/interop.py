"""CUDA–OpenGL interop: read a GL colour texture from CUDA without touching the host.

The texture is registered once (``cudaGraphicsGLRegisterImage``, read-only) and kept registered;
each batch maps it on the caller's CUDA stream, reads the mapped CUDA array (the tile kernel of
tilecopy.py, or ``cudaMemcpy2DFromArrayAsync`` into a linear buffer) and unmaps it. Mapping orders
the CUDA work after the GL draws issued before it; unmapping orders later GL draws after the CUDA
work queued before the unmap.
"""
from __future__ import annotations

from ..kernels import check

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
        self._flag_read = int(self.rt.cudaGraphicsRegisterFlags.cudaGraphicsRegisterFlagsReadOnly)
        self._d2d = self.rt.cudaMemcpyKind.cudaMemcpyDeviceToDevice

    def register(self, texture: int):
        """Register a GL_TEXTURE_2D (RGBA8) for reading by CUDA; the GL context must be current."""
        return check(self.rt.cudaGraphicsGLRegisterImage(texture, GL_TEXTURE_2D,
                                                                self._flag_read),
                           'cudaGraphicsGLRegisterImage')

    def map_array(self, resource, stream: int):
        """Map a registered texture on ``stream``; its CUDA array (valid until ``unmap``)."""
        check(self.rt.cudaGraphicsMapResources(1, resource, stream), 'cudaGraphicsMapResources')
        try:
            return check(self.rt.cudaGraphicsSubResourceGetMappedArray(resource, 0, 0),
                               'cudaGraphicsSubResourceGetMappedArray')
        except RuntimeError:
            self.unmap(resource, stream)
            raise

    def unmap(self, resource, stream: int) -> None:
        check(self.rt.cudaGraphicsUnmapResources(1, resource, stream),
                    'cudaGraphicsUnmapResources')

    def unregister(self, resource) -> None:
        check(self.rt.cudaGraphicsUnregisterResource(resource),
                    'cudaGraphicsUnregisterResource')

    def copy_array(self, array, dst_ptr: int, dst_pitch: int, width_bytes: int, height: int,
                   stream: int) -> None:
        """Copy rows [0, height) × bytes [0, width_bytes) of a mapped array to ``dst_ptr``."""
        check(self.rt.cudaMemcpy2DFromArrayAsync(dst_ptr, dst_pitch, array, 0, 0, width_bytes,
                                                       height, self._d2d, stream),
                    'cudaMemcpy2DFromArrayAsync')
