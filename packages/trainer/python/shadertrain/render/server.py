"""The isolated render server: JSON lines on stdin/stdout, one request at a time.

Started as ``python -m shadertrain.render serve [--device cpu|auto|cuda:N]``. It first prints
``{"ready": true, "renderer": {...}, "pid": N}``, then answers each request line with one line
``{"id": <id>, "result": {...}}`` or ``{"id": <id>, "error": {"code": ..., "message": ...}}``.

Requests (``op``):
  ping                                   → {"pong": true}
  validate  body, size?, frames?, thumbnail? → ValidationResult (see validate.py)
  thumbnail body, size?, time?           → {"png": base64}
  render    programs {pid: body}, pids, times, size, seeds?, path (.npy or .pt)
                                         → {"path", "shape", "ms"}
  debug-crash                            → the process dies (SIGSEGV); only with
                                           SHADERTRAIN_RENDER_DEBUG=1, to test callers
The caller owns deadlines: it kills this process on a hang and restarts it (supervisor.py,
packages/core/src/render/client.ts). Nothing but protocol lines goes to stdout: fd 1 is
redirected to stderr at start, so driver chatter cannot corrupt the stream.
"""
from __future__ import annotations

import base64
import json
import os
import sys
import time
import traceback

from .engine import RenderConfig, RenderEngine
from .programs import CompileError
from .validate import ValidationConfig, png_bytes, validate_body
from .wrapper import program_id


class BadRequest(ValueError):
    pass


def _int(req, key, default, lo, hi):
    v = req.get(key, default)
    if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
        raise BadRequest(f'{key} must be an int in [{lo}, {hi}], got {v!r}')
    return v


def _body(req):
    b = req.get('body')
    if not isinstance(b, str) or not b.strip():
        raise BadRequest('body must be a non-empty string')
    return b


class Server:
    def __init__(self, engine: RenderEngine, base: ValidationConfig = ValidationConfig()):
        self.engine, self.base = engine, base

    def handle(self, req: dict) -> dict:
        op = req.get('op')
        if op == 'ping':
            return {'pong': True}
        if op == 'validate':
            cfg = ValidationConfig(**{**self.base.__dict__,
                                      'size': _int(req, 'size', self.base.size, 8, 1024),
                                      'frames': _int(req, 'frames', self.base.frames, 1, len(self.base.times)),
                                      'thumbnail_size': self.base.thumbnail_size if req.get('thumbnail', True) else 0})
            return validate_body(self.engine, _body(req), cfg)
        if op == 'thumbnail':
            body = _body(req)
            size = _int(req, 'size', 128, 8, 2048)
            t = req.get('time', 1.0)
            if not isinstance(t, (int, float)):
                raise BadRequest('time must be a number')
            pid = program_id(body)
            self.engine.add_program(pid, body)
            try:
                img = self.engine.render_numpy([pid], [float(t)], size)[0]
            finally:
                self.engine.remove_program(pid)
            return {'png': base64.b64encode(png_bytes(img)).decode()}
        if op == 'render':
            return self._render(req)
        if op == 'debug-crash':
            if os.environ.get('SHADERTRAIN_RENDER_DEBUG') != '1':
                raise BadRequest('debug-crash needs SHADERTRAIN_RENDER_DEBUG=1')
            import ctypes
            ctypes.string_at(0)  # SIGSEGV
        raise BadRequest(f'unknown op {op!r} (ping, validate, thumbnail, render)')

    def _render(self, req):
        programs = req.get('programs')
        if not isinstance(programs, dict) or not programs:
            raise BadRequest('programs must be an object {pid: body}')
        for pid, body in programs.items():
            self.engine.add_program(pid, body)
        pids, times = req.get('pids'), req.get('times')
        if not isinstance(pids, list) or not isinstance(times, list):
            raise BadRequest('pids and times must be lists')
        size = _int(req, 'size', 128, 1, 8192)
        path = req.get('path')
        if not isinstance(path, str) or not path.endswith(('.npy', '.pt')):
            raise BadRequest('path must end with .npy or .pt')
        t0 = time.perf_counter()
        if path.endswith('.pt'):
            import torch
            out = self.engine.render(pids, times, size, req.get('seeds')).cpu()
            torch.save(out, path)
        else:
            import numpy as np
            out = self.engine.render_numpy(pids, times, size, req.get('seeds'))
            np.save(path, out)
        return {'path': path, 'shape': list(out.shape), 'ms': (time.perf_counter() - t0) * 1000.0}


def limit_memory(mb: int) -> None:
    """Cap this process's address space (RLIMIT_AS), so a program that makes the driver
    allocate without bound fails inside this process instead of exhausting the machine. CPU
    renderers only: CUDA reserves far more address space than it uses."""
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (mb << 20, mb << 20))


def serve(device: str = 'auto', max_memory_mb: int = 0) -> int:
    if max_memory_mb:
        limit_memory(max_memory_mb)
    proto = os.fdopen(os.dup(1), 'w', buffering=1, encoding='utf-8')
    os.dup2(2, 1)                    # C libraries' stdout → stderr
    sys.stdout = sys.stderr

    def send(obj):
        proto.write(json.dumps(obj, separators=(',', ':')) + '\n')
        proto.flush()

    try:
        engine = RenderEngine(config=RenderConfig(device=device))
    except Exception as e:  # report why, then exit non-zero
        send({'ready': False, 'error': {'code': 'engine', 'message': str(e)}})
        return 2
    send({'ready': True, 'pid': os.getpid(),
          'renderer': {k: engine.info[k] for k in ('vendor', 'renderer', 'version')},
          'device': engine.device})
    server = Server(engine)
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        rid = None
        try:
            req = json.loads(line)
            if not isinstance(req, dict):
                raise BadRequest('a request is a JSON object')
            rid = req.get('id')
            send({'id': rid, 'result': server.handle(req)})
        except (BadRequest, json.JSONDecodeError, KeyError) as e:
            send({'id': rid, 'error': {'code': 'bad-request', 'message': str(e)}})
        except CompileError as e:
            send({'id': rid, 'error': {'code': 'compile-error', 'message': str(e), 'log': e.log}})
        except ValueError as e:
            send({'id': rid, 'error': {'code': 'bad-request', 'message': str(e)}})
        except Exception as e:
            traceback.print_exc()
            send({'id': rid, 'error': {'code': 'internal', 'message': f'{type(e).__name__}: {e}'}})
    engine.close()
    return 0
