"""Compiled programs: compile on first use, keep the linked ones in an LRU of bounded size.

A program is wrapper.frag around a body, linked with the shared tile.vert. Compile failures are
remembered (and raised again) so a broken body is not recompiled on every batch.
"""
from __future__ import annotations

import ctypes
import time
from collections import OrderedDict
from dataclasses import dataclass

from . import gl as G
from .wrapper import fragment_source, vertex_source


class CompileError(RuntimeError):
    """A body failed to compile or link. ``log`` is the driver's log; line numbers count from the
    body's first line (the wrapper sets ``#line 1`` before it)."""

    def __init__(self, pid: str, stage: str, log: str):
        self.pid, self.stage, self.log = pid, stage, log.strip()
        first = self.log.splitlines()[0] if self.log else '(no log)'
        super().__init__(f'{stage} failed for program {pid}: {first}')


@dataclass
class Program:
    pid: str
    handle: int
    batch_loc: int    # location of the vertex uniform _st_Batch
    compile_ms: float


def _shader_log(g: G.GL, sh: int) -> str:
    n = ctypes.c_int32(0)
    g.glGetShaderiv(sh, G.INFO_LOG_LENGTH, ctypes.byref(n))
    buf = ctypes.create_string_buffer(max(n.value, 1))
    g.glGetShaderInfoLog(sh, len(buf), None, buf)
    return buf.value.decode(errors='replace')


def _program_log(g: G.GL, prog: int) -> str:
    n = ctypes.c_int32(0)
    g.glGetProgramiv(prog, G.INFO_LOG_LENGTH, ctypes.byref(n))
    buf = ctypes.create_string_buffer(max(n.value, 1))
    g.glGetProgramInfoLog(prog, len(buf), None, buf)
    return buf.value.decode(errors='replace')


def compile_shader(g: G.GL, kind: int, source: str) -> int:
    """Create a shader object and start compiling it (no status check: see ``shader_status``)."""
    sh = g.glCreateShader(kind)
    src = ctypes.c_char_p(source.encode('utf-8'))
    g.glShaderSource(sh, 1, ctypes.byref(src), None)
    g.glCompileShader(sh)
    return sh


def shader_status(g: G.GL, sh: int) -> tuple[bool, str]:
    ok = ctypes.c_int32(0)
    g.glGetShaderiv(sh, G.COMPILE_STATUS, ctypes.byref(ok))
    return bool(ok.value), ('' if ok.value else _shader_log(g, sh))


class ProgramCache:
    """LRU of linked programs keyed by program id, bounded by ``capacity``.

    ``sources`` keeps every added body, so an evicted program is recompiled on its next use.
    ``compile_ms`` records the last compile + link time of each program.
    """

    def __init__(self, g: G.GL, capacity: int):
        self.g = g
        self.capacity = capacity
        self.sources: dict[str, str] = {}
        self.compile_ms: dict[str, float] = {}
        self.errors: dict[str, CompileError] = {}
        self._lru: OrderedDict[str, Program] = OrderedDict()
        self._vs = compile_shader(g, G.VERTEX_SHADER, vertex_source())
        ok, log = shader_status(g, self._vs)
        if not ok:
            raise CompileError('tile.vert', 'vertex shader', log)

    def __len__(self) -> int:
        return len(self._lru)

    def __contains__(self, pid: str) -> bool:
        return pid in self._lru

    def add(self, pid: str, body: str) -> None:
        fragment_source(body)  # validate the shape of the body now, with a clear error
        old = self.sources.get(pid)
        if old is not None and old != body:
            self.remove(pid)
        self.sources[pid] = body

    def remove(self, pid: str) -> None:
        prog = self._lru.pop(pid, None)
        if prog is not None:
            self.g.glDeleteProgram(prog.handle)
        self.sources.pop(pid, None)
        self.errors.pop(pid, None)
        self.compile_ms.pop(pid, None)

    def get(self, pid: str) -> Program:
        """The linked program, compiling it if needed (raises CompileError, KeyError)."""
        prog = self._lru.get(pid)
        if prog is not None:
            self._lru.move_to_end(pid)
            return prog
        self.compile_many([pid])
        return self._lru[pid]

    def compile_many(self, pids) -> None:
        """Compile every uncached program in ``pids``: all compiles and links are issued before
        any status is read, so a driver with parallel compilation (KHR_parallel_shader_compile)
        works on them at once. Raises the first CompileError after registering the rest."""
        g = self.g
        todo = []
        for pid in dict.fromkeys(pids):
            if pid in self._lru:
                continue
            if pid in self.errors:
                raise self.errors[pid]
            if pid not in self.sources:
                raise KeyError(f'unknown program {pid!r}: call add_program(pid, body) first')
            todo.append(pid)
        if not todo:
            return
        t0 = time.perf_counter()
        pending = []
        for pid in todo:
            fs = compile_shader(g, G.FRAGMENT_SHADER, fragment_source(self.sources[pid]))
            prog = g.glCreateProgram()
            g.glAttachShader(prog, self._vs)
            g.glAttachShader(prog, fs)
            g.glLinkProgram(prog)
            pending.append((pid, fs, prog))
        first_error = None
        for pid, fs, prog in pending:
            ok = ctypes.c_int32(0)
            g.glGetProgramiv(prog, G.LINK_STATUS, ctypes.byref(ok))
            err = None
            if not ok.value:
                fs_ok, fs_log = shader_status(g, fs)
                err = (CompileError(pid, 'compile', fs_log) if not fs_ok
                       else CompileError(pid, 'link', _program_log(g, prog)))
            g.glDetachShader(prog, self._vs)
            g.glDetachShader(prog, fs)
            g.glDeleteShader(fs)
            ms = (time.perf_counter() - t0) * 1000.0 / len(pending)
            self.compile_ms[pid] = ms
            if err is not None:
                g.glDeleteProgram(prog)
                self.errors[pid] = err
                first_error = first_error or err
                continue
            loc = g.glGetUniformLocation(prog, b'_st_Batch')
            self._lru[pid] = Program(pid, prog, loc, ms)
            while len(self._lru) > self.capacity:
                _, old = self._lru.popitem(last=False)
                g.glDeleteProgram(old.handle)
        if first_error is not None:
            raise first_error

    def close(self) -> None:
        for prog in self._lru.values():
            self.g.glDeleteProgram(prog.handle)
        self._lru.clear()
        self.g.glDeleteShader(self._vs)
