"""The worker's training entry point: ``python -m shadertrain.train --config cfg.json``.

One loop for every method and source: take the next batch from the background producer
(rendered on the fly), ``loss, metrics = method(batch)``, step the optimizer, report
``progress`` events, write checkpoints, evaluate, report ``finished``. Under ``torchrun``
(RANK/WORLD_SIZE/LOCAL_RANK set) each process renders its own batches on its own device
and the method is wrapped in DistributedDataParallel; only rank 0 writes files and events.

Exit codes: 0 done; 1 error (an ``error`` event was printed); 2 bad config;
75 (EX_TEMPFAIL) stopped by SIGTERM after checkpointing: rerun with ``"resume": true``.
"""
from __future__ import annotations

import argparse
import contextlib
import math
import os
import signal
import sys
import threading
import time
import traceback
from typing import Callable, Optional

import torch
import torch.distributed as dist

from . import checkpoint as ckpt
from .config import Config
from .data.augment import Augmenter
from .data.stream import Prefetcher, build_source, make_batch
from .events import claim_stdout, emit, set_enabled
from .methods import build_method
from .models import resolve_device, uses_fast_path

EXIT_OK, EXIT_ERROR, EXIT_CONFIG, EXIT_PREEMPTED = 0, 1, 2, 75


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def lr_at(cfg: Config, step: int) -> float:
    """Linear warmup, then cosine decay to 0 over ``cfg.steps`` (constant without steps)."""
    if cfg.warmup_steps and step < cfg.warmup_steps:
        return cfg.lr * (step + 1) / cfg.warmup_steps
    if cfg.schedule == 'cosine' and cfg.steps:
        progress = (step - cfg.warmup_steps) / max(1, cfg.steps - cfg.warmup_steps)
        return cfg.lr * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))
    return cfg.lr


def build_optimizer(cfg: Config, module: torch.nn.Module) -> torch.optim.Optimizer:
    params = [p for p in module.parameters() if p.requires_grad]
    if cfg.optimizer == 'adamw':
        return torch.optim.AdamW(params, lr=cfg.lr, weight_decay=cfg.weight_decay)
    return torch.optim.SGD(params, lr=cfg.lr, momentum=cfg.momentum, weight_decay=cfg.weight_decay)


class _StopFlag:
    """Set by SIGTERM; the loop finishes the current step, checkpoints and exits 75."""

    def __init__(self):
        self.set = False
        self._previous = None

    def install(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGTERM, self._handle)

    def _handle(self, signum, frame) -> None:
        self.set = True

    def restore(self) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGTERM, self._previous)
            self._previous = None


def _agree(flags, device: torch.device):
    """Each flag true on every rank when it is true on any rank (one all_reduce)."""
    if not (dist.is_available() and dist.is_initialized()):
        return flags
    t = torch.tensor([1 if f else 0 for f in flags], device=device)
    dist.all_reduce(t, op=dist.ReduceOp.MAX)
    return [bool(v) for v in t.tolist()]


def run(cfg: Config, *, engine_factory: Optional[Callable] = None,
        stop_at_step: Optional[int] = None) -> int:
    """Train as configured; returns the exit code. ``stop_at_step`` simulates a SIGTERM there."""
    t_start = time.time()
    world = int(os.environ.get('WORLD_SIZE', '1'))
    rank = int(os.environ.get('RANK', '0'))
    local_rank = int(os.environ.get('LOCAL_RANK', '0'))
    set_enabled(rank == 0)
    stop = _StopFlag()
    prefetch = None
    started_dist = False
    was_deterministic = torch.are_deterministic_algorithms_enabled()
    try:
        device = resolve_device(cfg.device, local_rank)
        if device.type == 'cuda':
            torch.cuda.set_device(device)
        if world > 1 and not dist.is_initialized():
            dist.init_process_group('nccl' if device.type == 'cuda' else 'gloo')
            started_dist = True
        torch.set_num_threads(cfg.num_threads)
        if cfg.deterministic:
            torch.use_deterministic_algorithms(True, warn_only=True)
            torch.backends.cudnn.benchmark = False
        elif device.type == 'cuda':
            torch.backends.cudnn.benchmark = True
            torch.backends.cuda.matmul.allow_tf32 = True
            torch.backends.cudnn.allow_tf32 = True
        fast = uses_fast_path(device, cfg.amp)
        source = build_source(cfg, engine_factory)
        emit('started', config=cfg.to_dict(), device=str(device), torch_version=torch.__version__,
             world_size=world, num_classes=source.num_classes,
             licenses=source.snapshot.licenses() if hasattr(source, 'snapshot') else [],
             device_name=torch.cuda.get_device_name(device) if device.type == 'cuda' else 'cpu')

        torch.manual_seed(cfg.seed)
        method = build_method(cfg, num_classes=source.num_classes).to(device)
        if fast:
            method = method.to(memory_format=torch.channels_last)
        optimizer = build_optimizer(cfg, method)
        start = 0
        state = ckpt.load_state(cfg.out_dir, map_location=device) if cfg.resume else None
        if state is not None:
            method.load_state_dict(state['method'])
            optimizer.load_state_dict(state['optimizer'])
            start = int(state['step'])
            if state['sampler'].get('seed') != cfg.seed:
                log(f"resume: seed changed from {state['sampler'].get('seed')} to {cfg.seed}")
            log(f'resumed from {os.path.join(cfg.out_dir, ckpt.STATE_FILE)} at step {start}')
        method.compile_backbone(cfg.compile)
        model = method
        if world > 1:
            from torch.nn.parallel import DistributedDataParallel as DDP
            model = DDP(method, device_ids=[device.index] if device.type == 'cuda' else None)

        augmenter = Augmenter(cfg.augment, cfg.resolution)

        def open_source():
            source.open(device)
            return source

        def build(src, step, timings):
            return make_batch(src, augmenter, cfg, step, rank, method.n_views, timings)

        prefetch = Prefetcher(open_source, build, device, start, cfg.steps, cfg.prefetch)
        stop.install()
        autocast = (lambda: torch.autocast('cuda', dtype=torch.bfloat16)) if fast else contextlib.nullcontext

        last_ckpt = [start if state is not None else -1]

        def save(step: int) -> None:
            if rank == 0:
                bpath = ckpt.save_backbone(method.backbone, cfg.out_dir, step)
                spath = ckpt.save_state(cfg.out_dir, step=step, method=method, optimizer=optimizer,
                                        config=cfg.to_dict(), sampler={'seed': cfg.seed, 'step': step},
                                        backbone_path=bpath)
                emit('checkpoint', step=step, path=spath, backbone_path=bpath,
                     sha256=ckpt.sha256_file(bpath))
                if cfg.eval.on_checkpoint and cfg.eval.datasets:
                    evaluate(step)
            if world > 1:
                dist.barrier()
            last_ckpt[0] = step

        def evaluate(step: int) -> None:
            from .evaluate import evaluate_backbone
            evaluate_backbone(method.backbone, arch=cfg.arch, resolution=cfg.resolution, spec=cfg.eval,
                              device=device, step=step, channels_last=fast, log=log)

        step = start
        deadline = t_start + cfg.minutes * 60 if cfg.minutes else None
        preempted = False
        n_int, wait_s, render_ms, augment_ms, t_int = 0, 0.0, 0.0, 0.0, time.perf_counter()
        metric_sums = {}
        while cfg.steps is None or step < cfg.steps:
            t0 = time.perf_counter()
            batch = prefetch.get()
            wait_s += time.perf_counter() - t0
            if batch['step'] != step:
                raise RuntimeError(f"batch for step {batch['step']} arrived at step {step}")
            render_ms += batch['timings'].get('render_ms', 0.0)
            augment_ms += batch['timings'].get('augment_ms', 0.0)
            inputs = {k: v for k, v in batch.items() if k != 'timings'}
            if fast:
                inputs['views'] = [v.contiguous(memory_format=torch.channels_last) for v in inputs['views']]
            lr = lr_at(cfg, step)
            for group in optimizer.param_groups:
                group['lr'] = lr
            with autocast():
                loss, metrics = model(inputs)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            step += 1
            n_int += 1
            for k, v in metrics.items():
                metric_sums[k] = metric_sums.get(k, 0.0) + v.detach().float()
            done = cfg.steps is not None and step >= cfg.steps
            if step % cfg.log_every == 0 or done:
                means = {k: float(v) / n_int for k, v in metric_sums.items()}  # syncs the device
                wall = time.perf_counter() - t_int
                emit('progress', step=step, images_per_s=cfg.batch_size * world * n_int / max(wall, 1e-9),
                     loss=means.pop('loss', float(loss.detach())), lr=lr, render_ms=render_ms / n_int,
                     augment_ms=augment_ms / n_int, wait_ms=wait_s * 1e3 / n_int,
                     train_ms=(wall - wait_s) * 1e3 / n_int,
                     **({'programs_excluded': len(source.excluded)} if getattr(source, 'excluded', None) else {}),
                     **means)
                n_int, wait_s, render_ms, augment_ms, t_int = 0, 0.0, 0.0, 0.0, time.perf_counter()
                metric_sums = {}
            want_stop = stop.set or (stop_at_step is not None and step >= stop_at_step)
            out_of_time = deadline is not None and time.time() >= deadline
            if world > 1:
                want_stop, out_of_time = _agree([want_stop, out_of_time], device)
            if want_stop and not done:
                preempted = True
                save(step)
                break
            if cfg.checkpoint_every and step % cfg.checkpoint_every == 0:
                save(step)
            if out_of_time:
                break
        prefetch.close()
        prefetch = None
        if preempted:
            log(f'stopped at step {step} after SIGTERM; checkpoint written, exit {EXIT_PREEMPTED}')
            return EXIT_PREEMPTED
        if last_ckpt[0] != step:
            save(step)
        if rank == 0 and cfg.eval.at_end and cfg.eval.datasets and not cfg.eval.on_checkpoint:
            evaluate(step)
        if world > 1:
            dist.barrier()
        emit('finished', steps=step, wall_s=time.time() - t_start)
        return EXIT_OK
    except Exception as e:
        emit('error', message=f'{type(e).__name__}: {e}', traceback=traceback.format_exc())
        log(traceback.format_exc())
        return EXIT_ERROR
    finally:
        stop.restore()
        torch.use_deterministic_algorithms(was_deterministic)
        if prefetch is not None:
            prefetch.close()
        if started_dist and dist.is_initialized():
            dist.destroy_process_group()


def main(argv=None) -> int:
    claim_stdout()
    ap = argparse.ArgumentParser(prog='python -m shadertrain.train', description=__doc__)
    ap.add_argument('--config', required=True, help='JSON file with the fields of shadertrain.config.Config')
    ap.add_argument('--resume', action='store_true', help="same as \"resume\": true in the config")
    args = ap.parse_args(argv)
    try:
        cfg = Config.from_json(args.config)
        if args.resume:
            cfg.resume = True
    except (ValueError, OSError, TypeError) as e:
        emit('error', message=str(e), traceback=traceback.format_exc())
        return EXIT_CONFIG
    return run(cfg)


if __name__ == '__main__':
    sys.exit(main())
