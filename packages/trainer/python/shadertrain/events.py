"""JSON-lines events on stdout: the worker's only channel to the orchestrator.

Each line is one object ``{"event": <kind>, ...}`` with kind one of
``started | progress | checkpoint | evaluation | finished | error``.
Everything else the process prints must go to stderr: :func:`claim_stdout`
keeps the real stdout for events and points ``sys.stdout`` at stderr, so stray
``print`` calls from libraries cannot corrupt the stream.
"""
from __future__ import annotations

import json
import math
import sys
import threading
from typing import Any, IO, Optional

KINDS = ('started', 'progress', 'checkpoint', 'evaluation', 'finished', 'error')

_lock = threading.Lock()
_stream: Optional[IO[str]] = None
_enabled = True


def claim_stdout() -> None:
    """Reserve the process's stdout for events; later prints go to stderr."""
    global _stream
    if _stream is None:
        _stream = sys.stdout
        sys.stdout = sys.stderr


def set_enabled(enabled: bool) -> None:
    """Only rank 0 of a distributed run emits events."""
    global _enabled
    _enabled = enabled


def _clean(value: Any) -> Any:
    # JSON has no NaN/Infinity: send null so every line stays valid JSON.
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if hasattr(value, 'item') and callable(value.item):  # torch / numpy scalars
        try:
            return _clean(value.item())
        except (ValueError, RuntimeError):
            pass
    if isinstance(value, (str, int, bool)) or value is None:
        return value
    return str(value)


def format_event(kind: str, **fields: Any) -> str:
    if kind not in KINDS:
        raise ValueError(f'unknown event kind {kind!r}; use one of {KINDS}')
    return json.dumps({'event': kind, **_clean(fields)}, allow_nan=False)


def emit(kind: str, **fields: Any) -> None:
    """Print one event line (flushed) on the reserved stdout."""
    line = format_event(kind, **fields)
    if not _enabled:
        return
    stream = _stream or sys.stdout
    with _lock:
        stream.write(line + '\n')
        stream.flush()
