"""The OpenGL ES 3 entry points the engine calls, bound once through ctypes.

Each function is a ctypes pointer fetched with ``eglGetProcAddress`` (falling back to the
GLESv2 library), so one call costs one ctypes dispatch and nothing else. PyOpenGL's wrappers
check errors and convert arguments on every call (microseconds each), which is what the batch
loop must avoid, and its GLES module depends on the platform it was imported under; a table of
~60 signatures is simpler than mixing the two. Only what the engine uses is bound.
"""
from __future__ import annotations

import ctypes

from . import egl

# constants (Khronos gl2.h / gl3.h / gl31.h / gl2ext.h)
NO_ERROR = 0
VENDOR, RENDERER, VERSION, EXTENSIONS = 0x1F00, 0x1F01, 0x1F02, 0x1F03
SHADING_LANGUAGE_VERSION = 0x8B8C
NUM_EXTENSIONS = 0x821D
MAX_TEXTURE_SIZE = 0x0D33
MAX_RENDERBUFFER_SIZE = 0x84E8
MAX_VIEWPORT_DIMS = 0x0D3A
FRAGMENT_SHADER, VERTEX_SHADER = 0x8B30, 0x8B31
COMPILE_STATUS, LINK_STATUS, INFO_LOG_LENGTH = 0x8B81, 0x8B82, 0x8B84
COMPLETION_STATUS_KHR = 0x91B1
TEXTURE_2D = 0x0DE1
TEXTURE0 = 0x84C0
TEXTURE_MIN_FILTER, TEXTURE_MAG_FILTER = 0x2801, 0x2800
NEAREST = 0x2600
RGBA = 0x1908
RGBA8 = 0x8058
RGBA32F = 0x8814
UNSIGNED_BYTE, FLOAT = 0x1401, 0x1406
FRAMEBUFFER = 0x8D40
COLOR_ATTACHMENT0 = 0x8CE0
FRAMEBUFFER_COMPLETE = 0x8CD5
TRIANGLE_STRIP = 0x0005
PIXEL_PACK_BUFFER = 0x88EB
STREAM_READ = 0x88E1
MAP_READ_BIT = 0x0001
SYNC_GPU_COMMANDS_COMPLETE = 0x9117
SYNC_FLUSH_COMMANDS_BIT = 0x0001
TIMEOUT_EXPIRED = 0x911B
WAIT_FAILED = 0x911D
DITHER, BLEND, DEPTH_TEST = 0x0BD0, 0x0BE2, 0x0B71
PACK_ALIGNMENT, UNPACK_ALIGNMENT = 0x0D05, 0x0CF5
TIME_ELAPSED_EXT = 0x88BF
QUERY_RESULT, QUERY_RESULT_AVAILABLE = 0x8866, 0x8867
GPU_DISJOINT_EXT = 0x8FBB

_u, _i, _f, _p = ctypes.c_uint32, ctypes.c_int32, ctypes.c_float, ctypes.c_void_p
_sz = ctypes.c_ssize_t
_pu, _pi = ctypes.POINTER(ctypes.c_uint32), ctypes.POINTER(ctypes.c_int32)

# name: (restype, argtypes)
_SIGNATURES = {
    'glGetError': (_u, ()),
    'glGetString': (ctypes.c_char_p, (_u,)),
    'glGetStringi': (ctypes.c_char_p, (_u, _u)),
    'glGetIntegerv': (None, (_u, _pi)),
    'glEnable': (None, (_u,)),
    'glDisable': (None, (_u,)),
    'glPixelStorei': (None, (_u, _i)),
    'glFinish': (None, ()),
    'glFlush': (None, ()),
    'glCreateShader': (_u, (_u,)),
    'glShaderSource': (None, (_u, _i, ctypes.POINTER(ctypes.c_char_p), _pi)),
    'glCompileShader': (None, (_u,)),
    'glGetShaderiv': (None, (_u, _u, _pi)),
    'glGetShaderInfoLog': (None, (_u, _i, _pi, ctypes.c_char_p)),
    'glDeleteShader': (None, (_u,)),
    'glCreateProgram': (_u, ()),
    'glAttachShader': (None, (_u, _u)),
    'glDetachShader': (None, (_u, _u)),
    'glLinkProgram': (None, (_u,)),
    'glGetProgramiv': (None, (_u, _u, _pi)),
    'glGetProgramInfoLog': (None, (_u, _i, _pi, ctypes.c_char_p)),
    'glDeleteProgram': (None, (_u,)),
    'glUseProgram': (None, (_u,)),
    'glGetUniformLocation': (_i, (_u, ctypes.c_char_p)),
    'glUniform1i': (None, (_i, _i)),
    'glUniform4f': (None, (_i, _f, _f, _f, _f)),
    'glGenTextures': (None, (_i, _pu)),
    'glDeleteTextures': (None, (_i, _pu)),
    'glBindTexture': (None, (_u, _u)),
    'glActiveTexture': (None, (_u,)),
    'glTexParameteri': (None, (_u, _u, _i)),
    'glTexStorage2D': (None, (_u, _i, _u, _i, _i)),
    'glTexSubImage2D': (None, (_u, _i, _i, _i, _i, _i, _u, _u, _p)),
    'glGenFramebuffers': (None, (_i, _pu)),
    'glDeleteFramebuffers': (None, (_i, _pu)),
    'glBindFramebuffer': (None, (_u, _u)),
    'glFramebufferTexture2D': (None, (_u, _u, _u, _u, _i)),
    'glCheckFramebufferStatus': (_u, (_u,)),
    'glViewport': (None, (_i, _i, _i, _i)),
    'glGenVertexArrays': (None, (_i, _pu)),
    'glBindVertexArray': (None, (_u,)),
    'glDrawArraysInstanced': (None, (_u, _i, _i, _i)),
    'glReadPixels': (None, (_i, _i, _i, _i, _u, _u, _p)),
    'glGenBuffers': (None, (_i, _pu)),
    'glDeleteBuffers': (None, (_i, _pu)),
    'glBindBuffer': (None, (_u, _u)),
    'glBufferData': (None, (_u, _sz, _p, _u)),
    'glMapBufferRange': (_p, (_u, _sz, _sz, _u)),
    'glUnmapBuffer': (ctypes.c_uint8, (_u,)),
    'glFenceSync': (_p, (_u, _u)),
    'glClientWaitSync': (_u, (_p, _u, ctypes.c_uint64)),
    'glDeleteSync': (None, (_p,)),
    'glGenQueriesEXT': (None, (_i, _pu)),
    'glDeleteQueriesEXT': (None, (_i, _pu)),
    'glBeginQueryEXT': (None, (_u, _u)),
    'glEndQueryEXT': (None, (_u,)),
    'glGetQueryObjectuivEXT': (None, (_u, _u, _pu)),
    'glGetQueryObjectui64vEXT': (None, (_u, _u, ctypes.POINTER(ctypes.c_uint64))),
    'glMaxShaderCompilerThreadsKHR': (None, (_u,)),
}

_OPTIONAL = {'glGenQueriesEXT', 'glDeleteQueriesEXT', 'glBeginQueryEXT', 'glEndQueryEXT',
             'glGetQueryObjectuivEXT', 'glGetQueryObjectui64vEXT', 'glMaxShaderCompilerThreadsKHR'}


class GL:
    """Function table for the current context: ``gl = GL(); gl.glFinish()``. Optional
    extension functions are None when the driver lacks them."""

    def __init__(self):
        L = egl.lib()
        gles = None
        for name in _SIGNATURES:
            res, args = _SIGNATURES[name]
            addr = L.eglGetProcAddress(name.encode())
            if not addr:
                if gles is None:
                    try:
                        gles = ctypes.CDLL('libGLESv2.so.2')
                    except OSError:
                        gles = False
                fn = getattr(gles, name, None) if gles else None
                addr = ctypes.cast(fn, ctypes.c_void_p).value if fn is not None else None
            if not addr:
                if name in _OPTIONAL:
                    setattr(self, name, None)
                    continue
                raise RuntimeError(f'GL entry point {name} is missing from the driver')
            setattr(self, name, ctypes.CFUNCTYPE(res, *args)(addr))

    def string(self, which: int) -> str:
        s = self.glGetString(which)
        return s.decode(errors='replace') if s else ''

    def integer(self, which: int, count: int = 1):
        buf = (ctypes.c_int32 * max(count, 4))()
        self.glGetIntegerv(which, buf)
        return buf[0] if count == 1 else list(buf[:count])

    def extensions(self) -> set[str]:
        n = self.integer(NUM_EXTENSIONS)
        return {self.glGetStringi(EXTENSIONS, i).decode() for i in range(n)}

    def gen(self, fn, n: int = 1) -> list[int]:
        ids = (ctypes.c_uint32 * n)()
        fn(n, ids)
        return list(ids)

    def delete(self, fn, ids) -> None:
        ids = list(ids)
        if ids:
            fn(len(ids), (ctypes.c_uint32 * len(ids))(*ids))

    def check(self, what: str) -> None:
        """Raise if the GL error flag is set (used after setup steps, never in the hot loop)."""
        err = self.glGetError()
        if err != NO_ERROR:
            raise RuntimeError(f'GL error 0x{err:x} after {what}')
