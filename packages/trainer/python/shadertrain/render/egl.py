"""Headless EGL contexts through raw ctypes: NVIDIA's device platform or Mesa surfaceless.

One code path for both: ``open_context('cuda:1')`` walks the EGL devices
(``eglQueryDevicesEXT``) and takes the one whose ``EGL_CUDA_DEVICE_NV`` equals the CUDA ordinal,
so the GL context and the PyTorch tensors live on the same GPU; ``open_context('cpu')`` takes
Mesa's surfaceless platform (llvmpipe). The context is OpenGL ES 3.2, 3.1 or 3.0 (the bodies are
GLSL ES 3.00), with no surface: rendering goes to framebuffer objects.

ctypes rather than PyOpenGL's EGL module: we need the EXT device functions through
``eglGetProcAddress`` with exact signatures, and the same code must run on Debian's Python and on
a GPU host's PyTorch image, where only the libEGL dispatch library is guaranteed.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
from dataclasses import dataclass

EGL_NONE = 0x3038
EGL_VENDOR = 0x3053
EGL_VERSION = 0x3054
EGL_EXTENSIONS = 0x3055
EGL_SURFACE_TYPE = 0x3033
EGL_RENDERABLE_TYPE = 0x3040
EGL_PBUFFER_BIT = 0x0001
EGL_OPENGL_ES3_BIT = 0x0040
EGL_OPENGL_ES_API = 0x30A0
EGL_CONTEXT_MAJOR_VERSION = 0x3098
EGL_CONTEXT_MINOR_VERSION = 0x30FB
EGL_PLATFORM_DEVICE_EXT = 0x313F
EGL_PLATFORM_SURFACELESS_MESA = 0x31DD
EGL_CUDA_DEVICE_NV = 0x323A
EGL_DRM_DEVICE_FILE_EXT = 0x3233
EGL_RED_SIZE = 0x3024
EGL_GREEN_SIZE = 0x3023
EGL_BLUE_SIZE = 0x3022

_c_void_pp = ctypes.POINTER(ctypes.c_void_p)


class EGLError(RuntimeError):
    """EGL could not give a context; the message says which step failed and what to check."""


def _load_libegl() -> ctypes.CDLL:
    names = [os.environ.get('SHADERTRAIN_LIBEGL'), 'libEGL.so.1', ctypes.util.find_library('EGL')]
    errors = []
    for name in names:
        if not name:
            continue
        try:
            return ctypes.CDLL(name, mode=ctypes.RTLD_GLOBAL)
        except OSError as e:
            errors.append(str(e))
    raise EGLError('cannot load libEGL (install libegl1 + a vendor library: libegl-mesa0 on CPU, '
                   'the NVIDIA driver on a GPU host): ' + '; '.join(errors))


class _Lib:
    """The EGL entry points we use, with their signatures."""

    def __init__(self):
        lib = _load_libegl()
        self.lib = lib
        vp, i32, u32 = ctypes.c_void_p, ctypes.c_int32, ctypes.c_uint32

        def f(name, res, *args):
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = res, list(args)
            return fn

        self.eglGetProcAddress = f('eglGetProcAddress', vp, ctypes.c_char_p)
        self.eglQueryString = f('eglQueryString', ctypes.c_char_p, vp, i32)
        self.eglGetError = f('eglGetError', i32)
        self.eglInitialize = f('eglInitialize', u32, vp, ctypes.POINTER(i32), ctypes.POINTER(i32))
        self.eglTerminate = f('eglTerminate', u32, vp)
        self.eglBindAPI = f('eglBindAPI', u32, u32)
        self.eglChooseConfig = f('eglChooseConfig', u32, vp, ctypes.POINTER(i32), _c_void_pp, i32,
                                 ctypes.POINTER(i32))
        self.eglCreateContext = f('eglCreateContext', vp, vp, vp, vp, ctypes.POINTER(i32))
        self.eglDestroyContext = f('eglDestroyContext', u32, vp, vp)
        self.eglMakeCurrent = f('eglMakeCurrent', u32, vp, vp, vp, vp)
        self.eglReleaseThread = f('eglReleaseThread', u32)
        self.eglGetCurrentContext = f('eglGetCurrentContext', vp)

    def ext(self, name: str, res, *args):
        addr = self.eglGetProcAddress(name.encode())
        if not addr:
            return None
        return ctypes.CFUNCTYPE(res, *args)(addr)


_LIB: _Lib | None = None


def lib() -> _Lib:
    global _LIB
    if _LIB is None:
        _LIB = _Lib()
    return _LIB


def _attribs(*pairs: int):
    vals = list(pairs) + [EGL_NONE]
    return (ctypes.c_int32 * len(vals))(*vals)


@dataclass(frozen=True)
class EGLDeviceInfo:
    """One EGL device: its index in eglQueryDevicesEXT order, CUDA ordinal (NVIDIA) or -1, and
    its extension string."""
    index: int
    cuda_ordinal: int
    extensions: str
    drm_file: str


@dataclass
class EGLContext:
    """A current headless GLES context. ``platform`` is 'device' or 'surfaceless'."""
    display: int
    context: int
    platform: str
    device: EGLDeviceInfo | None
    egl_vendor: str
    egl_version: str
    gles_version: tuple[int, int]

    def make_current(self) -> None:
        if not lib().eglMakeCurrent(self.display, None, None, self.context):
            raise EGLError(f'eglMakeCurrent failed (0x{lib().eglGetError():x})')

    def close(self) -> None:
        L = lib()
        L.eglMakeCurrent(self.display, None, None, None)
        L.eglDestroyContext(self.display, self.context)
        L.eglReleaseThread()
        # eglTerminate is left out on purpose: the display is shared per process, and
        # terminating it would invalidate other engines on other threads.


def client_extensions() -> str:
    s = lib().eglQueryString(None, EGL_EXTENSIONS)
    return s.decode() if s else ''


def list_devices() -> list[EGLDeviceInfo]:
    """All EGL devices (EGL_EXT_device_enumeration), in the driver's order."""
    L = lib()
    query = L.ext('eglQueryDevicesEXT', ctypes.c_uint32, ctypes.c_int32, _c_void_pp,
                  ctypes.POINTER(ctypes.c_int32))
    if query is None:
        return []
    qstr = L.ext('eglQueryDeviceStringEXT', ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int32)
    qattr = L.ext('eglQueryDeviceAttribEXT', ctypes.c_uint32, ctypes.c_void_p, ctypes.c_int32,
                  ctypes.POINTER(ctypes.c_ssize_t))
    n = ctypes.c_int32(0)
    if not query(0, None, ctypes.byref(n)) or n.value == 0:
        return []
    devs = (ctypes.c_void_p * n.value)()
    query(n.value, devs, ctypes.byref(n))
    out = []
    for i in range(n.value):
        exts = qstr(devs[i], EGL_EXTENSIONS) if qstr else None
        exts = exts.decode() if exts else ''
        cuda = -1
        if qattr and 'EGL_NV_device_cuda' in exts:
            v = ctypes.c_ssize_t(-1)
            if qattr(devs[i], EGL_CUDA_DEVICE_NV, ctypes.byref(v)):
                cuda = int(v.value)
        drm = ''
        if qstr and 'EGL_EXT_device_drm' in exts:
            s = qstr(devs[i], EGL_DRM_DEVICE_FILE_EXT)
            drm = s.decode() if s else ''
        out.append(EGLDeviceInfo(i, cuda, exts, drm))
    _DEVICE_HANDLES[:] = list(devs)
    return out


_DEVICE_HANDLES: list = []


def _platform_display(platform: int, native) -> int:
    L = lib()
    get = L.ext('eglGetPlatformDisplayEXT', ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p,
                ctypes.POINTER(ctypes.c_int32))
    if get is None:
        raise EGLError('eglGetPlatformDisplayEXT is missing (need EGL_EXT_platform_base)')
    dpy = get(platform, native, None)
    if not dpy:
        raise EGLError(f'eglGetPlatformDisplayEXT(0x{platform:x}) gave no display '
                       f'(0x{L.eglGetError():x})')
    return dpy


def open_context(device: str) -> EGLContext:
    """Create and make current a GLES 3.x context for ``device``: 'cpu' or 'cuda:N'.

    'cpu' uses Mesa's surfaceless platform (or, without it, a device whose extensions name
    EGL_MESA_device_software). 'cuda:N' uses the EGL device whose CUDA ordinal is N; when no
    device reports ordinals, the N-th device.
    """
    L = lib()
    cext = client_extensions()
    info = None
    if device == 'cpu':
        if 'EGL_MESA_platform_surfaceless' in cext:
            dpy, platform = _platform_display(EGL_PLATFORM_SURFACELESS_MESA, None), 'surfaceless'
        else:
            devs = list_devices()
            soft = [d for d in devs if 'EGL_MESA_device_software' in d.extensions]
            if not soft:
                raise EGLError('no CPU renderer: EGL has neither EGL_MESA_platform_surfaceless nor '
                               'a software device (install libegl-mesa0)')
            info = soft[0]
            dpy = _platform_display(EGL_PLATFORM_DEVICE_EXT, _DEVICE_HANDLES[info.index])
            platform = 'device'
    elif device.startswith('cuda:'):
        ordinal = int(device.split(':', 1)[1])
        if 'EGL_EXT_platform_device' not in cext:
            raise EGLError('EGL_EXT_platform_device is missing: is the NVIDIA EGL vendor library '
                           'installed (10_nvidia.json, __EGL_VENDOR_LIBRARY_FILENAMES)?')
        devs = [d for d in list_devices() if 'EGL_MESA_device_software' not in d.extensions]
        match = [d for d in devs if d.cuda_ordinal == ordinal]
        if not match and all(d.cuda_ordinal < 0 for d in devs) and ordinal < len(devs):
            match = [devs[ordinal]]
        if not match:
            raise EGLError(f'no EGL device for {device}: saw '
                           f'{[(d.index, d.cuda_ordinal) for d in devs]} (index, CUDA ordinal)')
        info = match[0]
        dpy = _platform_display(EGL_PLATFORM_DEVICE_EXT, _DEVICE_HANDLES[info.index])
        platform = 'device'
    else:
        raise ValueError(f"device must be 'cpu' or 'cuda:N', got {device!r}")

    major, minor = ctypes.c_int32(), ctypes.c_int32()
    if not L.eglInitialize(dpy, ctypes.byref(major), ctypes.byref(minor)):
        raise EGLError(f'eglInitialize failed (0x{L.eglGetError():x})')
    if not L.eglBindAPI(EGL_OPENGL_ES_API):
        raise EGLError('eglBindAPI(EGL_OPENGL_ES_API) failed: this EGL has no OpenGL ES')
    cfg = ctypes.c_void_p()
    n = ctypes.c_int32(0)
    ok = L.eglChooseConfig(dpy, _attribs(EGL_RENDERABLE_TYPE, EGL_OPENGL_ES3_BIT,
                                         EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8),
                           ctypes.byref(cfg), 1, ctypes.byref(n))
    if not ok or n.value == 0:
        cfg = ctypes.c_void_p()  # EGL_KHR_no_config_context
    ctx, ver = None, (0, 0)
    for ver in ((3, 2), (3, 1), (3, 0)):
        ctx = L.eglCreateContext(dpy, cfg, None, _attribs(EGL_CONTEXT_MAJOR_VERSION, ver[0],
                                                          EGL_CONTEXT_MINOR_VERSION, ver[1]))
        if ctx:
            break
    if not ctx:
        raise EGLError(f'eglCreateContext failed for GLES 3.2/3.1/3.0 (0x{L.eglGetError():x})')
    vendor = (L.eglQueryString(dpy, EGL_VENDOR) or b'').decode()
    version = (L.eglQueryString(dpy, EGL_VERSION) or b'').decode()
    out = EGLContext(dpy, ctx, platform, info, vendor, version, ver)
    out.make_current()
    return out
