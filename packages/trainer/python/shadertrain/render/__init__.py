"""shadertrain.render — the render engine: headless EGL (NVIDIA device platform or Mesa
llvmpipe), batched instanced rendering of Shadertoy-style programs into PyTorch tensors
(CUDA–GL interop on a GPU, pixel-buffer readback on CPU), validation statistics, and an
isolated JSON-lines server with a supervising client.

In-process (trusted programs):   RenderEngine(device).add_program(pid, body); .render(pids, times, size, seeds)
Isolated (untrusted programs):   RenderSupervisor().validate(body) / .thumbnail(body)
"""
from .engine import RenderConfig, RenderEngine, resolve_device, seed_mouse
from .programs import CompileError
from .stats import image_stats
from .supervisor import RenderSupervisor, ServerError, ServerLost, SupervisorConfig
from .validate import ValidationConfig, judge, thumbnail, validate_body
from .wrapper import fragment_source, program_id, vertex_source

__all__ = ['RenderEngine', 'RenderConfig', 'CompileError', 'ValidationConfig', 'validate_body',
           'judge', 'thumbnail', 'image_stats', 'fragment_source', 'vertex_source', 'program_id',
           'resolve_device', 'seed_mouse', 'RenderSupervisor', 'SupervisorConfig', 'ServerError',
           'ServerLost']
