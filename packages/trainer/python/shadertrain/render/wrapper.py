"""The one GLSL wrapper: reads packages/core/glsl/{wrapper.frag,tile.vert} and assembles shaders.

A canonical body (GLSL ES 3.00, defines ``mainImage``, no ``#version``) replaces the line
``//@BODY`` of wrapper.frag. The program id is the first 20 hex digits of SHA-256 of the body.
Set SHADERTRAIN_GLSL_DIR to read the two files from elsewhere (e.g. a container image).
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
from pathlib import Path

BODY_MARKER = '//@BODY'
RESERVED_PREFIX = '_st_'


def glsl_dir() -> Path:
    env = os.environ.get('SHADERTRAIN_GLSL_DIR')
    if env:
        return Path(env)
    # render -> shadertrain -> python -> trainer -> packages
    return Path(__file__).resolve().parents[4] / 'core' / 'glsl'


@functools.lru_cache(maxsize=None)
def _read(name: str) -> str:
    path = glsl_dir() / name
    try:
        return path.read_text(encoding='utf-8')
    except FileNotFoundError:
        raise FileNotFoundError(f'{path} is missing: the render engine needs packages/core/glsl '
                                f'(or SHADERTRAIN_GLSL_DIR pointing at a copy)') from None


def vertex_source() -> str:
    """tile.vert, as is."""
    return _read('tile.vert')


def wrapper_source() -> str:
    """wrapper.frag, with its marker line."""
    src = _read('wrapper.frag')
    if sum(1 for line in src.split('\n') if line.strip() == BODY_MARKER) != 1:
        raise ValueError(f'wrapper.frag must hold exactly one line {BODY_MARKER!r}')
    return src


_VERSION_RE = re.compile(r'^\s*#\s*version\b', re.M)


def fragment_source(body: str) -> str:
    """The complete fragment shader for ``body``.

    Raises ValueError for input that is not a canonical body (no mainImage, a #version line,
    or a NUL byte), with what to fix.
    """
    if not isinstance(body, str):
        raise ValueError(f'body must be a str, got {type(body).__name__}')
    if '\0' in body:
        raise ValueError('body contains a NUL byte')
    if _VERSION_RE.search(body):
        raise ValueError('body must not contain #version: the wrapper supplies it '
                         '(normalize the program first)')
    if 'mainImage' not in body:
        raise ValueError('body must define void mainImage(out vec4 fragColor, in vec2 fragCoord)')
    lines = wrapper_source().split('\n')
    i = next(i for i, line in enumerate(lines) if line.strip() == BODY_MARKER)
    return '\n'.join(lines[:i] + [body] + lines[i + 1:])


def program_id(body: str) -> str:
    """First 20 hex digits of SHA-256 of the body's UTF-8 bytes."""
    return hashlib.sha256(body.encode('utf-8')).hexdigest()[:20]
