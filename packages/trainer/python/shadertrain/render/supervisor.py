"""RenderSupervisor: drives ``python -m shadertrain.render serve`` in a child process with a
deadline per request; on a hang or crash it kills the child, restarts it on the next request and
quarantines the program that caused it. Same semantics as packages/core/src/render/client.ts.

    sup = RenderSupervisor(SupervisorConfig(device='cpu', deadline_s=10))
    r = sup.validate(body)          # dict: ValidationResult; r['reason'] == 'timeout' on a hang
    png = sup.thumbnail(body)       # bytes
    sup.close()
"""
from __future__ import annotations

import base64
import json
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .wrapper import program_id

PYTHON_ROOT = str(Path(__file__).resolve().parents[2])   # packages/trainer/python


@dataclass(frozen=True)
class SupervisorConfig:
    """python: interpreter for the server; device: the server's --device; deadline_s: per
    request; startup_s: for the server to print its ready line; max_memory_mb: the server's
    address-space cap (CPU only, 0 = none); env: extra environment."""
    python: str = field(default_factory=lambda: os.environ.get('SHADERTRAIN_PYTHON', sys.executable))
    device: str = 'auto'
    deadline_s: float = 20.0
    startup_s: float = 60.0
    max_memory_mb: int = 0
    env: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.deadline_s <= 0 or self.startup_s <= 0:
            raise ValueError('deadline_s and startup_s must be > 0')


class ServerError(RuntimeError):
    """The server answered a request with an error object (code, message)."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(f'{code}: {message}')


class ServerLost(RuntimeError):
    """The server hung past the deadline ('timeout') or died ('crash')."""

    def __init__(self, reason: str, detail: str = ''):
        self.reason = reason
        super().__init__(f'{reason}{": " + detail if detail else ""}')


class RenderSupervisor:
    def __init__(self, config: SupervisorConfig = SupervisorConfig()):
        self.config = config
        self.quarantined: dict[str, str] = {}     # program id → 'timeout' | 'crash'
        self.restarts = 0
        self.renderer: dict | None = None
        self._proc: subprocess.Popen | None = None
        self._lines: queue.Queue | None = None
        self._next_id = 0

    # -- process ------------------------------------------------------------------------------

    def _start(self) -> None:
        env = {**os.environ, **self.config.env}
        env['PYTHONPATH'] = PYTHON_ROOT + (os.pathsep + env['PYTHONPATH'] if env.get('PYTHONPATH') else '')
        env.setdefault('PYTHONUNBUFFERED', '1')
        self._proc = subprocess.Popen(
            [self.config.python, '-m', 'shadertrain.render', 'serve', '--device', self.config.device,
             '--max-memory-mb', str(self.config.max_memory_mb)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=None, env=env, text=True,
            encoding='utf-8', bufsize=1)
        lines: queue.Queue = queue.Queue()
        self._lines = lines

        def pump(stream, q):
            for line in stream:
                q.put(line)
            q.put(None)   # EOF: the process is gone
        threading.Thread(target=pump, args=(self._proc.stdout, lines), daemon=True).start()
        ready = self._read(self.config.startup_s)
        if not ready.get('ready'):
            self._kill()
            raise RuntimeError(f'render server failed to start: {ready.get("error")}')
        self.renderer = ready.get('renderer')

    def _read(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                line = self._lines.get(timeout=max(left, 0.0))
            except queue.Empty:
                self._kill()
                raise ServerLost('timeout', f'no answer within {timeout:g}s') from None
            if line is None:
                code = self._kill()
                raise ServerLost('crash', f'server exited with {code}')
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue   # not a protocol line

    def _kill(self):
        proc, self._proc = self._proc, None
        if proc is None:
            return None
        if proc.poll() is None:
            proc.kill()
        code = proc.wait()
        for s in (proc.stdin, proc.stdout):
            try:
                s.close()
            except Exception:
                pass
        return code

    def close(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            try:
                self._proc.stdin.close()
                self._proc.wait(timeout=5)
            except Exception:
                pass
        self._kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- requests -----------------------------------------------------------------------------

    def request(self, op: str, deadline_s: float | None = None, **fields) -> dict:
        """Send one request and return its result; raises ServerLost on a hang or crash (the
        process is killed and restarted on the next request) and ServerError on an error answer."""
        if self._proc is None:
            if self.renderer is not None:
                self.restarts += 1
            self._start()
        self._next_id += 1
        rid = self._next_id
        try:
            self._proc.stdin.write(json.dumps({'id': rid, 'op': op, **fields}) + '\n')
            self._proc.stdin.flush()
        except (BrokenPipeError, OSError):
            code = self._kill()
            raise ServerLost('crash', f'server exited with {code}') from None
        while True:
            msg = self._read(deadline_s or self.config.deadline_s)
            if msg.get('id') != rid:
                continue
            if 'error' in msg:
                err = msg['error']
                raise ServerError(err.get('code', 'error'), err.get('message', ''))
            return msg['result']

    def ping(self) -> bool:
        return bool(self.request('ping').get('pong'))

    def validate(self, body: str, size: int = 64, frames: int = 4, thumbnail: bool = True,
                 deadline_s: float | None = None) -> dict:
        """ValidationResult dict; a hang or crash gives ok False with reason 'timeout' | 'crash',
        and a quarantined program 'quarantined: <reason>' without reaching the server."""
        pid = program_id(body)
        if pid in self.quarantined:
            return self._failed(pid, f'quarantined: {self.quarantined[pid]}')
        try:
            r = self.request('validate', deadline_s, body=body, size=size, frames=frames,
                             thumbnail=thumbnail)
        except ServerLost as e:
            self.quarantined[pid] = e.reason
            return self._failed(pid, e.reason)
        if 'thumbnailPng' in r:
            r['thumbnailPng'] = base64.b64decode(r['thumbnailPng'])
        return r

    def thumbnail(self, body: str, size: int = 128, time_s: float = 1.0,
                  deadline_s: float | None = None) -> bytes:
        """PNG bytes; raises ServerLost (and quarantines) on a hang or crash, ServerError on a
        compile error."""
        pid = program_id(body)
        if pid in self.quarantined:
            raise ServerLost(f'quarantined: {self.quarantined[pid]}')
        try:
            r = self.request('thumbnail', deadline_s, body=body, size=size, time=time_s)
        except ServerLost as e:
            self.quarantined[pid] = e.reason
            raise
        return base64.b64decode(r['png'])

    def _failed(self, pid: str, reason: str) -> dict:
        return {'ok': False, 'programId': pid, 'reason': reason, 'compileMs': 0.0, 'frameMs': [],
                'renderer': self.renderer or {'vendor': '', 'renderer': '', 'version': ''}}
