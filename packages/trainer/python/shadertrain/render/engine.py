"""The batch renderer: many (program, time, seed) tiles per framebuffer, one instanced draw per
program, output straight into a PyTorch tensor.

How a batch of N tiles of size S is drawn:
  1. Tiles are laid out in request order down the columns of one framebuffer: tile j of a
     framebuffer with ``rows`` tiles per column sits at column j // rows, row j % rows (several
     framebuffers when N exceeds ``max_framebuffer``² / S²). Column-major, so that reading one
     column of tiles gives them contiguous and in order: [rows, S, S, 4].
  2. Per-tile values (origin, iTime, iFrame, iMouse, iDate, ...) are written to one RGBA32F
     texture in program order, one upload per batch; tile.vert reads them by
     ``gl_InstanceID + base``. So each program group costs three GL calls: use program,
     set ``_st_Batch``, ``glDrawArraysInstanced``.
  3. The framebuffer goes to the output. On CUDA by CUDA–OpenGL interop, never through the host:
     the texture is mapped as a CUDA array and one kernel (tilecopy.py) writes its tiles into the
     output in request order without alpha, on the current torch stream; where NVRTC is missing,
     ``cudaMemcpy2DFromArrayAsync`` + a strided torch copy do the same in two passes. On CPU, one
     ``glReadPixels`` per column of tiles fills a pixel-pack buffer as [N, S, S, 4], mapped after
     the next framebuffer's draws are issued. (On an NVIDIA H100, glReadPixels into a buffer
     ran at ~27 GB/s against 280 GB/s for the array copy, so CUDA does not use it.)
Rows are flipped in the shader (``_st_Batch.w``), so memory row 0 of each tile is the image top.

One engine per thread: the EGL context is current on the thread that created the engine.
"""
from __future__ import annotations

import ctypes
import math
import re
import threading
import time
from dataclasses import dataclass

import numpy as np

from . import egl
from . import gl as G
from .programs import CompileError, ProgramCache

TILES_PER_ROW = 512       # tiles per row of the parameter texture (tile.vert's k & 511, k >> 9)
PARAM_TEXELS = 4          # RGBA32F texels per tile
PARAM_WIDTH = TILES_PER_ROW * PARAM_TEXELS

_DEVICE_RE = re.compile(r'^(auto|cpu|cuda(:\d+)?)$')


@dataclass(frozen=True)
class RenderConfig:
    """Settings of one RenderEngine; validated at construction.

    device: 'auto' (first NVIDIA EGL device, else CPU), 'cpu' (Mesa llvmpipe) or 'cuda:N'.
    max_framebuffer: longest side of one framebuffer in pixels (capped by the driver's limit).
    program_cache_size: linked programs kept (LRU).
    gpu_timing: time each framebuffer's draws with GL timer queries (``last_gpu_ms``); this
        waits for the GPU, so leave it off for throughput.
    frame_rate: iFrame = floor(iTime * frame_rate), iTimeDelta = 1 / frame_rate.
    sample_rate: iSampleRate.
    date: iDate's year, month (0-11), day; iDate.w = seconds of day = 43200 + iTime.
    cuda_readback: on CUDA, 'kernel' (one NVRTC-compiled kernel from the mapped texture to the
        output), 'copy' (array copy + strided torch copy) or 'auto' (kernel, else copy).
    """
    device: str = 'auto'
    max_framebuffer: int = 8192
    program_cache_size: int = 1024
    gpu_timing: bool = False
    frame_rate: float = 60.0
    sample_rate: float = 44100.0
    date: tuple[int, int, int] = (2025, 0, 1)
    cuda_readback: str = 'auto'

    def __post_init__(self):
        if not isinstance(self.device, str) or not _DEVICE_RE.match(self.device):
            raise ValueError(f"device must be 'auto', 'cpu', 'cuda' or 'cuda:N', got {self.device!r}")
        if not (isinstance(self.max_framebuffer, int) and 16 <= self.max_framebuffer <= 65536):
            raise ValueError(f'max_framebuffer must be an int in [16, 65536], got {self.max_framebuffer!r}')
        if not (isinstance(self.program_cache_size, int) and self.program_cache_size >= 1):
            raise ValueError(f'program_cache_size must be an int >= 1, got {self.program_cache_size!r}')
        if self.cuda_readback not in ('auto', 'kernel', 'copy'):
            raise ValueError(f"cuda_readback must be 'auto', 'kernel' or 'copy', got {self.cuda_readback!r}")
        if not self.frame_rate > 0:
            raise ValueError(f'frame_rate must be > 0, got {self.frame_rate!r}')


def resolve_device(device: str) -> str:
    """'auto' → 'cuda:N' for the first EGL device that reports a CUDA ordinal, else 'cpu';
    'cuda' → 'cuda:0'. Does not import torch."""
    if device == 'cuda':
        return 'cuda:0'
    if device != 'auto':
        return device
    try:
        cuda = sorted(d.cuda_ordinal for d in egl.list_devices() if d.cuda_ordinal >= 0)
    except egl.EGLError:
        cuda = []
    return f'cuda:{cuda[0]}' if cuda else 'cpu'


class _Target:
    """A framebuffer with one colour texture (RGBA8 or RGBA32F), its pack buffers (host readback)
    and, on CUDA, its interop registration with a texture object over the mapped array (kernel
    readback) or a linear staging tensor (copy readback)."""

    def __init__(self, g: G.GL, width: int, height: int, fmt: int):
        self.g, self.width, self.height, self.fmt = g, width, height, fmt
        self.texel_bytes = 16 if fmt == G.RGBA32F else 4
        self.tex = g.gen(g.glGenTextures)[0]
        g.glBindTexture(G.TEXTURE_2D, self.tex)
        g.glTexParameteri(G.TEXTURE_2D, G.TEXTURE_MIN_FILTER, G.NEAREST)
        g.glTexParameteri(G.TEXTURE_2D, G.TEXTURE_MAG_FILTER, G.NEAREST)
        g.glTexStorage2D(G.TEXTURE_2D, 1, fmt, width, height)
        self.fbo = g.gen(g.glGenFramebuffers)[0]
        g.glBindFramebuffer(G.FRAMEBUFFER, self.fbo)
        g.glFramebufferTexture2D(G.FRAMEBUFFER, G.COLOR_ATTACHMENT0, G.TEXTURE_2D, self.tex, 0)
        status = g.glCheckFramebufferStatus(G.FRAMEBUFFER)
        if status != G.FRAMEBUFFER_COMPLETE:
            raise RuntimeError(f'framebuffer {width}x{height} fmt 0x{fmt:x} incomplete (0x{status:x})')
        g.check(f'framebuffer {width}x{height}')
        self.pbos: list[int] = []
        self.pbo_next = 0
        self.cuda_resource = None
        self.texture = None      # (mapped array address, texture object) for the tile kernel
        self.staging = None

    @property
    def nbytes(self) -> int:
        return self.width * self.height * self.texel_bytes

    def pbo(self) -> int:
        """The next of two pixel-pack buffers (alternating, so one can be read while the other
        is filled)."""
        if not self.pbos:
            g = self.g
            self.pbos = g.gen(g.glGenBuffers, 2)
            for b in self.pbos:
                g.glBindBuffer(G.PIXEL_PACK_BUFFER, b)
                g.glBufferData(G.PIXEL_PACK_BUFFER, self.nbytes, None, G.STREAM_READ)
            g.glBindBuffer(G.PIXEL_PACK_BUFFER, 0)
        b = self.pbos[self.pbo_next]
        self.pbo_next ^= 1
        return b

    def close(self, interop, tilecopy=None) -> None:
        g = self.g
        if self.texture is not None and tilecopy is not None:
            tilecopy.destroy_texture(self.texture[1])
        self.texture = None
        if self.cuda_resource is not None and interop is not None:
            interop.unregister(self.cuda_resource)
        self.cuda_resource = None
        g.delete(g.glDeleteBuffers, self.pbos)
        g.delete(g.glDeleteFramebuffers, [self.fbo])
        g.delete(g.glDeleteTextures, [self.tex])


@dataclass
class _Chunk:
    """One framebuffer's share of a batch: requests [start, start + count) down the columns of a
    cols × rows grid (request j at column j // rows, row j % rows)."""
    start: int
    count: int
    cols: int
    rows: int
    groups: list            # (pid, base tile index in the parameter texture, instance count)


class RenderEngine:
    """Renders batches of Shadertoy-style programs headlessly (EGL) into uint8 images.

    >>> eng = RenderEngine('cpu')
    >>> eng.add_program('grad', 'void mainImage(out vec4 c, in vec2 p){ c = vec4(p / iResolution.xy, 0., 1.); }')
    >>> eng.render(['grad', 'grad'], [0.0, 1.0], 64).shape
    torch.Size([2, 64, 64, 3])
    """

    def __init__(self, device: str | None = None, config: RenderConfig | None = None):
        cfg = config or RenderConfig()
        if device is not None:
            cfg = RenderConfig(**{**cfg.__dict__, 'device': device})
        self.config = cfg
        self.device = resolve_device(cfg.device)
        self._thread = threading.get_ident()
        self.ctx = egl.open_context(self.device)
        g = self.g = G.GL()
        self.extensions = g.extensions()
        self.info = {
            'vendor': g.string(G.VENDOR), 'renderer': g.string(G.RENDERER),
            'version': g.string(G.VERSION), 'glsl': g.string(G.SHADING_LANGUAGE_VERSION),
            'platform': self.ctx.platform, 'device': self.device,
        }
        limit = min(g.integer(G.MAX_TEXTURE_SIZE), g.integer(G.MAX_RENDERBUFFER_SIZE),
                    *g.integer(G.MAX_VIEWPORT_DIMS, 2))
        self.max_side = min(cfg.max_framebuffer, limit)
        # llvmpipe answers timer queries, but its figures leave out the deferred rasterization
        # (0.002 ms for a 16x16 frame seen here), so software renderers use glFinish wall time.
        software = any(s in self.info['renderer'].lower() for s in ('llvmpipe', 'softpipe', 'swrast'))
        self.has_timer = ('GL_EXT_disjoint_timer_query' in self.extensions
                          and g.glGenQueriesEXT is not None and not software)
        self.has_float_target = 'GL_EXT_color_buffer_float' in self.extensions
        if 'GL_KHR_parallel_shader_compile' in self.extensions and g.glMaxShaderCompilerThreadsKHR:
            g.glMaxShaderCompilerThreadsKHR(0xFFFFFFFF)
        for cap in (G.DITHER, G.BLEND, G.DEPTH_TEST):
            g.glDisable(cap)
        g.glPixelStorei(G.PACK_ALIGNMENT, 1)
        g.glPixelStorei(G.UNPACK_ALIGNMENT, 4)
        self.vao = g.gen(g.glGenVertexArrays)[0]
        g.glBindVertexArray(self.vao)
        self.programs = ProgramCache(g, cfg.program_cache_size)
        self._param_tex, self._param_rows = 0, 0
        self._targets: dict[tuple[int, int, int], _Target] = {}
        self._query = g.gen(g.glGenQueriesEXT)[0] if self.has_timer else 0
        self._interop = None
        self._tilecopy = None
        self._torch = None
        self._registry: list[str] = []   # program index → pid, for integer pid arrays
        self._index: dict[str, int] = {}
        self.last_gpu_ms = 0.0
        self.gpu_timing = cfg.gpu_timing   # may be switched per call (benchmarks)
        g.check('engine setup')

    # -- programs -------------------------------------------------------------------------------

    def add_program(self, pid: str, body: str) -> None:
        """Register a body under ``pid``; it is compiled on first use."""
        self._own()
        self.programs.add(pid, body)
        if pid not in self._index:
            self._index[pid] = len(self._registry)
            self._registry.append(pid)

    def remove_program(self, pid: str) -> None:
        self._own()
        self.programs.remove(pid)

    def program_index(self, pid: str) -> int:
        """The integer code of ``pid`` for ``render(np.array([...codes]))`` (order of addition)."""
        return self._index[pid]

    def compile(self, pid: str, warm: bool = True) -> float:
        """Compile (if needed) and return the time in ms; raises CompileError. With ``warm``, a
        first 8x8 draw is included, since drivers finish compiling at the first draw (llvmpipe's
        JIT, NVIDIA's backend): the figure is then compile + link + first draw."""
        self._own()
        cached = pid in self.programs
        t0 = time.perf_counter()
        self.programs.get(pid)
        if warm and not cached:
            self.render_numpy([pid], [0.0], 8)
            self.programs.compile_ms[pid] = (time.perf_counter() - t0) * 1000.0
        return self.programs.compile_ms[pid]

    def prepare(self, pids) -> None:
        """Compile many programs at once (parallel where the driver allows)."""
        self._own()
        self.programs.compile_many(list(pids))

    # -- rendering ------------------------------------------------------------------------------

    def render(self, pids, times, size: int, seeds=None, *, mouse=None):
        """Render N tiles: ``pids`` (N program ids, or an int array of ``program_index`` codes),
        ``times`` (N seconds), ``size`` (tile side in pixels), ``seeds`` (N ints → iMouse,
        optional), ``mouse`` ([N, 4] iMouse, overrides seeds).

        Returns a uint8 torch tensor [N, size, size, 3] (row 0 = top) on the engine's device:
        a CUDA tensor written by interop on the current stream, or a CPU tensor.
        """
        torch = self._import_torch()
        plan = self._plan(pids, times, size, seeds, mouse)
        n = plan['n']
        if self.device == 'cpu':
            out = np.empty((n, size, size, 3), np.uint8)
            self._run(plan, G.RGBA8, host_out=out)
            return torch.from_numpy(out)
        out = torch.empty((n, size, size, 3), dtype=torch.uint8, device=self.device)
        self._run(plan, G.RGBA8, cuda_out=out)
        return out

    def render_numpy(self, pids, times, size: int, seeds=None, *, mouse=None) -> np.ndarray:
        """Like ``render`` but always through host readback; uint8 numpy [N, size, size, 3]."""
        plan = self._plan(pids, times, size, seeds, mouse)
        out = np.empty((plan['n'], size, size, 3), np.uint8)
        self._run(plan, G.RGBA8, host_out=out)
        return out

    def render_float(self, pid: str, time_s: float, size: int) -> np.ndarray:
        """One tile into an RGBA32F target, unclamped: float32 numpy [size, size, 4] (alpha is 1).
        Used to find NaN/Inf. Raises RuntimeError without EXT_color_buffer_float."""
        if not self.has_float_target:
            raise RuntimeError('no float render target (EXT_color_buffer_float missing)')
        plan = self._plan([pid], [time_s], size, None, None)
        out = np.empty((1, size, size, 4), np.float32)
        self._run(plan, G.RGBA32F, host_out=out)
        return out[0]

    def measure(self, pid: str, times, size: int) -> tuple[np.ndarray, list[float], str]:
        """Render one frame per time, each timed alone: GL timer queries where the driver has
        them ('gpu-timer'), else wall time around draw + glFinish ('wall-finish').
        Returns (uint8 numpy [K, size, size, 3], per-frame ms, timing method)."""
        frames, ms = [], []
        self.compile(pid)
        for t in times:
            plan = self._plan([pid], [t], size, None, None)
            out = np.empty((1, size, size, 3), np.uint8)
            self._run(plan, G.RGBA8, host_out=out, timing=True)
            frames.append(out[0])
            ms.append(self.last_gpu_ms)
        return np.stack(frames), ms, ('gpu-timer' if self.has_timer else 'wall-finish')

    # -- internals ------------------------------------------------------------------------------

    def _own(self):
        """Check the thread and make this engine's context current (several engines may share
        a thread; each call switches to its own context only when needed)."""
        if threading.get_ident() != self._thread:
            raise RuntimeError('RenderEngine used from another thread: EGL contexts are '
                               'thread-bound; create one engine per thread')
        if self.ctx is None:
            raise RuntimeError('RenderEngine is closed')
        if egl.lib().eglGetCurrentContext() != self.ctx.context:
            self.ctx.make_current()

    def _import_torch(self):
        if self._torch is None:
            import torch
            self._torch = torch
            if self.device.startswith('cuda'):
                torch.cuda.set_device(int(self.device.split(':')[1]))
                from .interop import CudaInterop
                self._interop = CudaInterop()
                self._tilecopy = self._load_tilecopy()
                self.info['cuda_readback'] = 'kernel' if self._tilecopy is not None else 'copy'

        return self._torch

    def _load_tilecopy(self):
        if self.config.cuda_readback == 'copy':
            return None
        from .tilecopy import TileCopy
        try:
            return TileCopy(int(self.device.split(':')[1]))
        except (ImportError, RuntimeError) as e:
            if self.config.cuda_readback == 'kernel':
                raise
            import warnings
            warnings.warn(f'tile kernel unavailable ({e}); CUDA readback falls back to copy + reorder')
            return None

    def _plan(self, pids, times, size, seeds, mouse) -> dict:
        """Validate the request and compute the parameter array and the per-framebuffer groups."""
        self._own()
        if not isinstance(size, (int, np.integer)) or not 1 <= size <= self.max_side:
            raise ValueError(f'size must be an int in [1, {self.max_side}], got {size!r}')
        size = int(size)
        if hasattr(pids, 'dtype') and hasattr(pids, 'tolist') and str(pids.dtype).startswith(
                ('int', 'uint', 'torch.int', 'torch.uint')):
            codes = np.asarray(pids.cpu() if hasattr(pids, 'cpu') else pids).astype(np.int64).ravel()
            if codes.size and (codes.min() < 0 or codes.max() >= len(self._registry)):
                raise ValueError(f'program codes must be in [0, {len(self._registry)})')
        else:
            pids = list(pids)
            try:
                codes = np.fromiter((self._index[p] for p in pids), np.int64, len(pids))
            except KeyError as e:
                raise KeyError(f'unknown program {e.args[0]!r}: call add_program(pid, body) first') from None
        n = int(codes.size)
        if n == 0:
            raise ValueError('render needs at least one request')
        t = np.asarray(times, np.float64).ravel()
        if t.size != n:
            raise ValueError(f'times has {t.size} values for {n} programs')
        if not np.all(np.isfinite(t)):
            raise ValueError('times must be finite')
        params = np.zeros((n, 16), np.float32)
        params[:, 2] = size
        params[:, 3] = size
        params[:, 4] = t
        params[:, 5] = 1.0 / self.config.frame_rate
        params[:, 6] = np.floor(t * self.config.frame_rate)
        params[:, 7] = self.config.sample_rate
        if mouse is not None:
            m = np.asarray(mouse, np.float32)
            if m.shape != (n, 4):
                raise ValueError(f'mouse must have shape [{n}, 4], got {list(m.shape)}')
            params[:, 8:12] = m
        elif seeds is not None:
            s = np.asarray(seeds).astype(np.uint64).ravel()
            if s.size != n:
                raise ValueError(f'seeds has {s.size} values for {n} programs')
            params[:, 8:12] = seed_mouse(s, size)
        y, mo, d = self.config.date
        params[:, 12:16] = (y, mo, d, 0.0)
        params[:, 15] = 43200.0 + t

        per_side = self.max_side // size
        per_fb = per_side * per_side
        sorted_params = np.empty_like(params)
        chunks = []
        for start in range(0, n, per_fb):
            m = min(per_fb, n - start)
            rows = min(per_side, m)
            cols = -(-m // rows)
            j = np.arange(m)
            params[start:start + m, 0] = (j // rows) * size
            params[start:start + m, 1] = (j % rows) * size
            c = codes[start:start + m]
            order = np.argsort(c, kind='stable')
            sorted_params[start:start + m] = params[start + order]
            sc = c[order]
            cuts = np.flatnonzero(np.diff(sc)) + 1
            begins = np.concatenate(([0], cuts))
            ends = np.concatenate((cuts, [m]))
            groups = [(self._registry[sc[b]], start + int(b), int(e - b)) for b, e in zip(begins, ends)]
            chunks.append(_Chunk(start, m, cols, rows, groups))
        return {'n': n, 'size': size, 'params': sorted_params, 'chunks': chunks}

    def _upload(self, params: np.ndarray) -> None:
        g = self.g
        n = params.shape[0]
        rows = -(-n // TILES_PER_ROW)
        if rows > self._param_rows:
            if self._param_tex:
                g.delete(g.glDeleteTextures, [self._param_tex])
            cap = 1 << max(0, (rows - 1).bit_length())
            self._param_tex = g.gen(g.glGenTextures)[0]
            g.glActiveTexture(G.TEXTURE0)
            g.glBindTexture(G.TEXTURE_2D, self._param_tex)
            g.glTexParameteri(G.TEXTURE_2D, G.TEXTURE_MIN_FILTER, G.NEAREST)
            g.glTexParameteri(G.TEXTURE_2D, G.TEXTURE_MAG_FILTER, G.NEAREST)
            g.glTexStorage2D(G.TEXTURE_2D, 1, G.RGBA32F, PARAM_WIDTH, cap)
            self._param_rows = cap
        if n % TILES_PER_ROW:
            params = np.concatenate([params, np.zeros((rows * TILES_PER_ROW - n, 16), np.float32)])
        params = np.ascontiguousarray(params)
        g.glActiveTexture(G.TEXTURE0)
        g.glBindTexture(G.TEXTURE_2D, self._param_tex)
        g.glTexSubImage2D(G.TEXTURE_2D, 0, 0, 0, PARAM_WIDTH, rows, G.RGBA, G.FLOAT,
                          params.ctypes.data)

    def _target(self, width: int, height: int, fmt: int) -> _Target:
        key = (width, height, fmt)
        t = self._targets.get(key)
        if t is None:
            if len(self._targets) >= 8:   # keep memory bounded when batch shapes vary
                for k in list(self._targets):
                    self._targets.pop(k).close(self._interop, self._tilecopy)
            t = self._targets[key] = _Target(self.g, width, height, fmt)
        return t

    def _run(self, plan, fmt, host_out=None, cuda_out=None, timing=False) -> None:
        g = self.g
        size = plan['size']
        # compile everything first, so no compile lands inside a timed region
        self.programs.compile_many({grp[0] for ch in plan['chunks'] for grp in ch.groups})
        self._upload(plan['params'])
        timing = timing or self.gpu_timing
        gpu_ms = 0.0
        pending = None
        for ch in plan['chunks']:
            w, h = ch.cols * size, ch.rows * size
            tgt = self._target(w, h, fmt)
            g.glBindFramebuffer(G.FRAMEBUFFER, tgt.fbo)
            g.glViewport(0, 0, w, h)
            g.glActiveTexture(G.TEXTURE0)
            g.glBindTexture(G.TEXTURE_2D, self._param_tex)
            sx, sy = 2.0 / w, 2.0 / h
            if timing:
                if self.has_timer:
                    g.glBeginQueryEXT(G.TIME_ELAPSED_EXT, self._query)
                else:
                    g.glFinish()
                    t0 = time.perf_counter()
            use, uni, draw = g.glUseProgram, g.glUniform4f, g.glDrawArraysInstanced
            get = self.programs.get
            for pid, base, count in ch.groups:
                prog = get(pid)
                use(prog.handle)
                uni(prog.batch_loc, float(base), sx, sy, 1.0)
                draw(G.TRIANGLE_STRIP, 0, 4, count)
            if timing:
                if self.has_timer:
                    g.glEndQueryEXT(G.TIME_ELAPSED_EXT)
                    res = ctypes.c_uint64(0)
                    g.glGetQueryObjectui64vEXT(self._query, G.QUERY_RESULT, ctypes.byref(res))
                    gpu_ms += res.value / 1e6
                else:
                    g.glFinish()
                    gpu_ms += (time.perf_counter() - t0) * 1000.0
            if cuda_out is not None:
                self._copy_cuda(tgt, ch, size, cuda_out)
            else:
                pbo = tgt.pbo()
                self._read_columns(tgt, pbo, ch, size)
                if pending is not None:
                    self._finish_host(*pending, size, host_out)
                pending = (tgt, pbo, ch)
        if pending is not None:
            self._finish_host(*pending, size, host_out)
        self.last_gpu_ms = gpu_ms
        g.check('render')

    def _read_columns(self, tgt: _Target, pbo: int, ch: _Chunk, size: int) -> None:
        """glReadPixels each column of tiles into ``pbo``, so that it holds [count, S, S, 4]."""
        g = self.g
        gltype = G.FLOAT if tgt.fmt == G.RGBA32F else G.UNSIGNED_BYTE
        tile_bytes = size * size * tgt.texel_bytes
        g.glBindBuffer(G.PIXEL_PACK_BUFFER, pbo)
        for c in range(ch.cols):
            first = c * ch.rows
            g.glReadPixels(c * size, 0, size, min(ch.rows, ch.count - first) * size, G.RGBA, gltype,
                           first * tile_bytes)
        g.glBindBuffer(G.PIXEL_PACK_BUFFER, 0)

    def _finish_host(self, tgt: _Target, pbo: int, ch: _Chunk, size: int, out: np.ndarray) -> None:
        """Map the pack buffer of one framebuffer and copy its tiles into ``out``."""
        g = self.g
        g.glBindBuffer(G.PIXEL_PACK_BUFFER, pbo)
        ptr = g.glMapBufferRange(G.PIXEL_PACK_BUFFER, 0, tgt.nbytes, G.MAP_READ_BIT)
        if not ptr:
            g.glBindBuffer(G.PIXEL_PACK_BUFFER, 0)
            raise RuntimeError(f'glMapBufferRange failed (GL error 0x{g.glGetError():x})')
        try:
            dtype = np.float32 if tgt.fmt == G.RGBA32F else np.uint8
            used = ch.count * size * size * tgt.texel_bytes
            raw = np.ctypeslib.as_array((ctypes.c_uint8 * used).from_address(ptr)).view(dtype)
            out[ch.start:ch.start + ch.count] = raw.reshape(ch.count, size, size, 4)[..., :out.shape[-1]]
        finally:
            g.glUnmapBuffer(G.PIXEL_PACK_BUFFER)
            g.glBindBuffer(G.PIXEL_PACK_BUFFER, 0)

    def _copy_cuda(self, tgt: _Target, ch: _Chunk, size: int, out) -> None:
        """Map the framebuffer's texture and write its tiles into ``out`` (contiguous uint8
        [N, S, S, 3]) on the current stream."""
        torch = self._torch
        if tgt.cuda_resource is None:
            tgt.cuda_resource = self._interop.register(tgt.tex)
        stream = torch.cuda.current_stream(out.device).cuda_stream
        array = self._interop.map_array(tgt.cuda_resource, stream)
        try:
            if self._tilecopy is not None:
                key = int(array)
                if tgt.texture is None or tgt.texture[0] != key:
                    if tgt.texture is not None:   # the driver moved the texture: rare
                        torch.cuda.synchronize(out.device)
                        self._tilecopy.destroy_texture(tgt.texture[1])
                    tgt.texture = (key, self._tilecopy.texture(array))
                dst = out[ch.start:ch.start + ch.count]
                self._tilecopy.launch(tgt.texture[1], dst.data_ptr(), size, ch.rows, ch.count, stream)
            else:
                if tgt.staging is None:
                    tgt.staging = torch.empty((tgt.height, tgt.width, 4), dtype=torch.uint8, device=out.device)
                self._interop.copy_array(array, tgt.staging.data_ptr(), tgt.width * 4, tgt.width * 4,
                                         tgt.height, stream)
                _scatter(tgt.staging, ch, size, out)
        finally:
            self._interop.unmap(tgt.cuda_resource, stream)

    def close(self) -> None:
        """Free GL objects and the context."""
        if getattr(self, 'ctx', None) is None:
            return
        self._own()
        for t in self._targets.values():
            t.close(self._interop, self._tilecopy)
        self._targets.clear()
        self.programs.close()
        g = self.g
        g.delete(g.glDeleteTextures, [self._param_tex] if self._param_tex else [])
        if self._query:
            g.delete(g.glDeleteQueriesEXT, [self._query])
        self.ctx.close()
        self.ctx = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _scatter(fb, ch: _Chunk, size: int, out) -> None:
    """Copy the tiles of framebuffer ``fb`` [H, W, 4] (a torch tensor, memory row 0 = GL row 0)
    into ``out[ch.start : ch.start + ch.count]`` ([*, size, size, C], C = 3 or 4)."""
    c = out.shape[-1]
    cols = fb.reshape(ch.rows, size, ch.cols, size, 4).permute(2, 0, 1, 3, 4)  # [col, row, y, x, 4]
    full = ch.count // ch.rows
    a = ch.start
    if full:
        out[a:a + full * ch.rows].reshape(full, ch.rows, size, size, c)[...] = cols[:full, ..., :c]
    rem = ch.count - full * ch.rows
    if rem:
        out[a + full * ch.rows:a + ch.count][...] = cols[full, :rem, ..., :c]


def seed_mouse(seeds: np.ndarray, size: int) -> np.ndarray:
    """iMouse from integer seeds: a pressed mouse at a position hashed from the seed
    (splitmix64), in [0, size)². Returns float32 [N, 4] = (x, y, x, y)."""
    with np.errstate(over='ignore'):
        z = seeds.astype(np.uint64) + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    x = ((z & np.uint64(0xFFFFFFFF)).astype(np.float64) / 2.0 ** 32) * size
    y = ((z >> np.uint64(32)).astype(np.float64) / 2.0 ** 32) * size
    return np.stack([x, y, x, y], axis=1).astype(np.float32)


__all__ = ['RenderEngine', 'RenderConfig', 'CompileError', 'resolve_device', 'seed_mouse']
