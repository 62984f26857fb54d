"""Experiment 1 of issue 8, "Does it learn?": MoCo v2 pretraining of ResNet-18 at 64 px on each
data source with the same image budget, then Fashion-MNIST evaluation (linear probe, k-NN k=20,
10-shot mean of 5 draws) on fixed subsets, beside a randomly initialised backbone.

Arms: random (eval only: the baseline every run reports), dead-leaves, handwritten, synthesized,
both, both-mixup (MixUp of k=2 programs), real (unlabeled Fashion-MNIST training images).

Programs dirs come from `npx tsx experiments/prepare_programs.ts` (-> .data/programs/{handwritten,
synthesized,both}); Fashion-MNIST is read from --fmnist (gzipped IDX).

On the GPU host (`source .data/gpu-bundle/env.sh` first):
  python3 experiments/does_it_learn.py run --arms dead-leaves,handwritten,synthesized --seed 0 \
      --images 2000000 --parallel 3 --out $OUT
    runs the arms (up to --parallel at a time, one worker process each), writes
    does-it-learn-<arm>-seed<k>.json (+ random) and a tarball of the logs to --out
    (--bundle PATH: one tarball of all of it, rewritten after every finished arm).
  Arms scale-<n> (experiment 2, after `prepare_programs.ts --scaling 1,4,...`) train on the first n
  programs of one fixed shuffle of handwritten + synthesized; --method simclr runs the second method
  (result files and work dirs get a -simclr suffix). Arms <dir>-by-<statistic> (experiment 3, after
  `program_stats.py --programs .data/programs/<dir>`) sample programs by rank weights of a render
  statistic; arms <dir>-group-<k> (after `program_stats.py ... --groups K`) train on one small group.
  --eval-every-images N also checkpoints and evaluates every N images: the curve of each arm
  lands in its result's eval_curve (one run shows where an arm peaks).
  Budgets longer than one sitting (10M images) run in segments on the same machine:
  --stop-after-minutes M sends SIGTERM to the workers after M minutes (each checkpoints and exits
  75); the same command with --resume continues every arm from its checkpoint (finished arms are
  only re-summarized), and writes the result files once an arm reaches its budget.
Here:
  python3 experiments/does_it_learn.py report [--results docs/results]
    -> docs/results.md section table + docs/results/does-it-learn.png (PIL bar chart).
"""
from __future__ import annotations

import argparse
import glob
import json
import math
import os
import signal
import statistics
import subprocess
import sys
import tarfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, '.data')
TRAINER = os.path.join(ROOT, 'packages', 'trainer', 'python')
ARMS = ('dead-leaves', 'handwritten', 'synthesized', 'both', 'both-mixup', 'real')
PROTOCOLS = ('linear', 'knn', 'fewshot')
PROTOCOL_NAMES = {'linear': 'linear probe', 'knn': 'k-NN', 'fewshot': '10-shot'}


def tag(arm: str, args) -> str:
    """<arm>-seed<k>, plus -<method> for methods other than MoCo: names work dirs and result files."""
    return f'{arm}-seed{args.seed}' + ('' if args.method == 'moco' else f'-{args.method}')


def arm_config(arm: str, args) -> dict:
    progs = lambda name: os.path.join(args.programs, name)  # noqa: E731
    # experiment 2: scale-<n>, the first n programs of one shuffle (prepare_programs --scaling);
    # experiment 3: <dir>-group-<k>, one small group (program_stats.py --groups)
    if arm.startswith('scale-') or '-group-' in arm:
        return _config(dict(source='programs', programs_dir=progs(arm)), arm, args)
    if '-by-' in arm:              # experiment 3: <dir>-by-<statistic> from program_stats.py, sampled by weight
        return _config(dict(source='programs', programs_dir=progs(arm), sampling='weighted'), arm, args)
    src = {
        'dead-leaves': dict(source='dead-leaves'),
        'handwritten': dict(source='programs', programs_dir=progs('handwritten')),
        'synthesized': dict(source='programs', programs_dir=progs('synthesized')),
        'both': dict(source='programs', programs_dir=progs('both')),
        'both-mixup': dict(source='programs', programs_dir=progs('both'), mixup_k=args.mixup_k),
        'real': dict(source='images', images='fashion-mnist'),
    }[arm]
    return _config(src, arm, args)


def _config(src: dict, arm: str, args) -> dict:
    steps = args.images // args.batch
    every = args.eval_every_images // args.batch if args.eval_every_images else 0
    # SimCLR (the second method) shares the projection size and uses its usual temperature 0.5;
    # the MoCo queue/momentum fields are ignored by it.
    return dict(src, method=args.method, arch='resnet18', resolution=64, batch_size=args.batch, steps=steps,
                minutes=args.max_minutes, lr=args.lr, warmup_steps=100, schedule='cosine',
                temperature=0.2 if args.method == 'moco' else 0.5,
                moco_dim=128, moco_queue=16384, moco_momentum=0.99, weight_decay=1e-4, seed=args.seed,
                num_threads=args.threads, log_every=100, checkpoint_every=every,
                augment=dict(fused=getattr(args, 'fused_augment', False)),
                out_dir=os.path.join(args.work, tag(arm, args)),
                eval=dict(datasets=['fashion-mnist'], protocols=list(PROTOCOLS), train_subset=10000,
                          test_subset=5000, knn_k=20, fewshot_shots=10, fewshot_draws=5, linear_epochs=100,
                          seed=0, fashion_mnist_root=args.fmnist, on_checkpoint=bool(every)))


def summarize(arm: str, cfg: dict, events: list, wall: float, rc: int, args, card: str) -> dict:
    prog = [e for e in events if e['event'] == 'progress']
    fin = next((e for e in events if e['event'] == 'finished'), None)
    ev = {e['protocol']: e for e in events if e['event'] == 'evaluation'}
    err = next((e['message'] for e in reversed(events) if e['event'] == 'error'), None) if rc != 0 else None
    steps = fin['steps'] if fin else (prog[-1]['step'] if prog else 0)
    segments = sum(e['event'] == 'started' for e in events)
    return {
        'experiment': 'does-it-learn', 'arm': arm, 'seed': args.seed, 'rc': rc, 'error': err,
        'card': card, 'date': time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime()),
        'command': 'python3 experiments/does_it_learn.py ' + ' '.join(sys.argv[1:]),
        'concurrent_arms': args.parallel,
        'images_budget': cfg['steps'] * cfg['batch_size'], 'images_seen': steps * cfg['batch_size'],
        'steps': steps, 'worker_wall_s': (round(fin['wall_s'], 1) if segments <= 1 else round(wall, 1)) if fin else None, 'process_wall_s': round(wall, 1),
        'images_per_s_median': round(statistics.median(e['images_per_s'] for e in prog[1:]), 1) if len(prog) > 1 else None,
        'loss_first': prog[0]['loss'] if prog else None, 'loss_last': prog[-1]['loss'] if prog else None,
        'programs_excluded': max((e.get('programs_excluded', 0) for e in prog), default=0),
        'eval': {p: ev[p]['value'] for p in PROTOCOLS if p in ev},
        'eval_curve': eval_curve(events, cfg['batch_size'], cfg['checkpoint_every']),
        'random_init': {p: ev[p]['baseline'] for p in PROTOCOLS if p in ev},
        'eval_sizes': {'train': ev['knn']['train_size'], 'test': ev['knn']['test_size']} if 'knn' in ev else None,
        'config': cfg,
        'loss_curve': [(e['step'], round(e['loss'], 4)) for e in prog],
    }


def eval_curve(events: list, batch: int, every: int = 0) -> list:
    """[{'images', 'linear', 'knn', 'fewshot'}] per evaluated step, in order (--eval-every-images)."""
    by_step = {}
    for e in events:
        if e['event'] == 'evaluation':
            by_step.setdefault(e['step'], {'images': e['step'] * batch})[e['protocol']] = e['value']
    return thin_curve([by_step[k] for k in sorted(by_step)], every * batch)


def thin_curve(curve: list, every_images: int) -> list:
    """Leaves out a point less than half an interval before the next one (the last checkpoint just
    before the end of a budget that is not a multiple of the interval): the later one stands."""
    return [c for c, nxt in zip(curve, curve[1:] + [None])
            if nxt is None or nxt['images'] - c['images'] >= every_images / 2]


def warm_shaders(arms: list, args, env: dict) -> dict | None:
    """Compile the programs of every program arm once, in --warm-shaders processes, before the arms
    start: each arm then reads its programs from the driver's cache instead of compiling them cold."""
    dirs = sorted({c['programs_dir'] for c in (arm_config(a, args) for a in arms) if c['source'] == 'programs'})
    if not dirs:
        return None
    p = subprocess.run([sys.executable, '-m', 'shadertrain.render', 'warm', *dirs, '--workers', str(args.warm_shaders),
                        '--device', 'cuda:0' if args.device_is_cuda else 'cpu'],
                       env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f'--warm-shaders: the warm-up failed (rc {p.returncode}):\n{p.stderr[-2000:]}')
    r = json.loads(p.stdout.strip().splitlines()[-1])
    print(f"shader cache warmed: {r['compiled']} of {r['programs']} programs in {r['seconds']} s "
          f"({r['workers']} processes, {len(r['failed'])} rejected)", flush=True)
    return {k: r[k] for k in ('programs', 'compiled', 'workers', 'seconds')}


def write_bundle(path: str, out: str, work_dirs: list) -> None:
    """One tarball of every file in ``out`` and the logs of the given work dirs, replaced whole
    (written beside, then renamed) after each finished arm: a call killed at its time limit still
    leaves one complete file of everything finished so far."""
    tmp = path + '.tmp'
    with tarfile.open(tmp, 'w:gz') as tar:
        for name in sorted(os.listdir(out)):
            if os.path.isfile(os.path.join(out, name)) and os.path.abspath(os.path.join(out, name)) != os.path.abspath(path):
                tar.add(os.path.join(out, name), arcname=f'{os.path.basename(out)}/{name}')
        for d in work_dirs:
            add_logs(tar, d, f'{os.path.basename(out)}/logs/{os.path.basename(d)}')
    os.replace(tmp, path)


def add_logs(tar: tarfile.TarFile, work_dir: str, arcdir: str) -> None:
    """An arm's worker logs (config, events, stderr) into ``tar`` under ``arcdir``."""
    for name in ('cfg.json', 'events.jsonl', 'stderr.log'):
        if os.path.exists(os.path.join(work_dir, name)):
            tar.add(os.path.join(work_dir, name), arcname=f'{arcdir}/{name}')


def cmd_run(args) -> int:
    import torch
    card = torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'cpu'
    args.device_is_cuda = torch.cuda.is_available()
    os.makedirs(args.out, exist_ok=True)
    os.makedirs(args.work, exist_ok=True)
    env = {**os.environ, 'PYTHONPATH': TRAINER + os.pathsep + os.environ.get('PYTHONPATH', ''), 'PYTHONUNBUFFERED': '1'}
    sys.path.insert(0, TRAINER)
    from shadertrain.render.warm import cache_env
    env = cache_env(env)      # every worker reads and fills the driver's shader cache
    pending = [a for a in args.arms.split(',') if a]
    warmed = warm_shaders(pending, args, env) if args.warm_shaders else None
    running, results, preempted = [], {}, []
    t_call = time.time()
    stopping = False

    def read_events(cfg):
        events = []
        for line in open(os.path.join(cfg['out_dir'], 'events.jsonl')):
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError:
                pass
        return events

    def finish(arm, cfg, rc, segment_wall):
        seg_path = os.path.join(cfg['out_dir'], 'segments.json')
        segments = json.load(open(seg_path)) if os.path.exists(seg_path) else []
        if segment_wall is not None:
            segments.append({'wall_s': round(segment_wall, 1), 'rc': rc})
            json.dump(segments, open(seg_path, 'w'))
        if rc == 75:
            preempted.append(arm)
            print(f'{arm}: stopped after this segment (checkpoint written); rerun with --resume', flush=True)
            return
        r = summarize(arm, cfg, read_events(cfg), sum(x['wall_s'] for x in segments), rc, args, card)
        r['segments'] = segments
        r['shader_cache_warm'] = warmed
        results[arm] = r
        json.dump(r, open(os.path.join(args.out, f'does-it-learn-{tag(arm, args)}.json'), 'w'), indent=1)
        if args.bundle:
            write_bundle(args.bundle, args.out, [os.path.join(args.work, tag(a, args)) for a in results])
        print(json.dumps({k: r[k] for k in ('arm', 'rc', 'error', 'images_seen', 'worker_wall_s',
                                            'images_per_s_median', 'loss_last', 'eval', 'random_init',
                                            'programs_excluded')}), flush=True)

    while pending or running:
        while pending and len(running) < args.parallel and not stopping:
            arm = pending.pop(0)
            cfg = arm_config(arm, args)
            os.makedirs(cfg['out_dir'], exist_ok=True)
            events_path = os.path.join(cfg['out_dir'], 'events.jsonl')
            resume = args.resume and os.path.exists(os.path.join(cfg['out_dir'], 'state.pt'))
            if args.resume and os.path.exists(events_path) and any(
                    e['event'] == 'finished' for e in read_events(cfg)):
                print(f'{arm}: already finished; summarizing', flush=True)
                finish(arm, cfg, 0, None)
                continue
            cfg['resume'] = resume
            path = os.path.join(cfg['out_dir'], 'cfg.json')
            json.dump(cfg, open(path, 'w'), indent=1)
            out = open(events_path, 'a' if resume else 'w')
            err = open(os.path.join(cfg['out_dir'], 'stderr.log'), 'a' if resume else 'w')
            p = subprocess.Popen([sys.executable, '-m', 'shadertrain.train', '--config', path],
                                 stdout=out, stderr=err, env=env)
            running.append((arm, cfg, p, time.time(), out, err))
            print(f"{'resumed' if resume else 'started'} {arm}", flush=True)
        if stopping and pending and not running:
            break
        time.sleep(2)
        if args.stop_after_minutes and not stopping and time.time() - t_call > args.stop_after_minutes * 60:
            stopping = True
            for _, _, p, _, _, _ in running:
                p.send_signal(signal.SIGTERM)
        for item in list(running):
            arm, cfg, p, t0, out, err = item
            if p.poll() is None:
                continue
            running.remove(item)
            out.close(), err.close()
            finish(arm, cfg, p.returncode, time.time() - t0)
    if pending:
        print(f"not started this time: {','.join(pending)}", flush=True)
    done = [r for r in results.values() if r['random_init']]
    if done:
        r0 = done[0]
        rnd = {k: r0[k] for k in ('experiment', 'seed', 'card', 'date', 'command', 'random_init', 'eval_sizes')}
        rnd.update(arm='random', images_seen=0, eval=r0['random_init'],
                   note='randomly initialised ResNet-18 (eval.seed 0), same protocol and subsets')
        json.dump(rnd, open(os.path.join(args.out, f'does-it-learn-random-seed{args.seed}.json'), 'w'), indent=1)
    with tarfile.open(os.path.join(args.out, f"logs-{tag('', args).lstrip('-')}.tar.gz"), 'w:gz') as tar:
        for arm in [*results, *preempted]:
            add_logs(tar, os.path.join(args.work, tag(arm, args)), tag(arm, args))
    if args.bundle:
        write_bundle(args.bundle, args.out, [os.path.join(args.work, tag(a, args)) for a in [*results, *preempted]])
    print('%-12s %10s %8s %8s %8s %8s' % ('arm', 'images', 'wall_s', 'linear', 'knn', '10-shot'))
    for arm, r in results.items():
        e = r['eval']
        print('%-12s %10d %8s %8.4f %8.4f %8.4f' % (arm, r['images_seen'], r['worker_wall_s'], e.get('linear', float('nan')),
                                                   e.get('knn', float('nan')), e.get('fewshot', float('nan'))))
    if preempted or pending:
        return 75
    return 0 if all(r['rc'] == 0 for r in results.values()) else 1


# ---------------------------------------------------------------------------------------------- report

LABELS = {'random': 'random init', 'dead-leaves': 'dead leaves', 'handwritten': 'handwritten',
          'synthesized': 'synthesized', 'both': 'both', 'both-mixup': 'both + MixUp', 'real': 'real (upper)'}
METHOD_NAMES = {'moco': 'MoCo v2', 'simclr': 'SimCLR'}
ORDER = ('random', 'dead-leaves', 'handwritten', 'synthesized', 'both', 'both-mixup', 'real')


def load_results(directory: str, method: str = 'moco') -> dict:
    """{arm: [result, ...]} of experiment 1's arms trained with ``method`` (random init: eval only)."""
    out = {}
    for path in sorted(glob.glob(os.path.join(directory, 'does-it-learn-*-seed*.json'))):
        r = json.load(open(path))
        if r['arm'] in LABELS and (r['arm'] == 'random' or r.get('config', {}).get('method', 'moco') == method):
            out.setdefault(r['arm'], []).append(r)
    return out


def short_of_budget(rs: list) -> float:
    """The smallest fraction of its image budget an arm's runs reached (1.0: all finished it)."""
    return min((r.get('images_seen', 0) / r['images_budget'] if r.get('images_budget') else 1.0) for r in rs)


def mean(xs):
    return sum(xs) / len(xs) if xs else float('nan')


def table(results: dict) -> str:
    arms = [a for a in ORDER if a in results]
    m = {a: {p: mean([r['eval'][p] for r in results[a] if p in r['eval']]) for p in PROTOCOLS} for a in arms}
    base = {p: max(m[a][p] for a in ('random', 'dead-leaves') if a in m) for p in PROTOCOLS}
    real = m.get('real')
    lines = ['| arm | seeds | images seen | wall (s) | linear | k-NN (k=20) | 10-shot | gap closed (lin / k-NN / 10-shot) |',
             '|---|---|---|---|---|---|---|---|']
    short = []
    for a in arms:
        rs = results[a]
        label = LABELS[a]
        if a != 'random' and short_of_budget(rs) < 1.0:
            label += ' †'   # not the same budget as the others: its comparison is not a fair one
            short.append(f'{LABELS[a]} at {100 * short_of_budget(rs):.0f}%')
        def cell(p):
            vals = [r['eval'][p] for r in rs if p in r['eval']]
            s = f'{100 * mean(vals):.2f}'
            if len(vals) > 1:
                s += f' ± {100 * statistics.pstdev(vals):.2f}'
            return s
        gaps = []
        for p in PROTOCOLS:
            if real is None or a in ('random', 'dead-leaves', 'real') or real[p] == base[p]:
                gaps.append('–')
            else:
                gaps.append(f'{100 * (m[a][p] - base[p]) / (real[p] - base[p]):+.0f}%')
        walls = [r.get('worker_wall_s') for r in rs if r.get('worker_wall_s')]
        lines.append(f"| {label} | {len(rs)} | {rs[0].get('images_seen', 0):,} | "
                     f"{('%.0f' % mean(walls)) if walls else '–'} | {cell('linear')} | {cell('knn')} | {cell('fewshot')} | "
                     f"{' / '.join(gaps)} |")
    if short:
        lines.append(f"\n† stopped short of its image budget (--max-minutes): {', '.join(short)} of it.")
    return '\n'.join(lines)


def plot(results: dict, path: str, method: str = 'moco') -> None:
    from PIL import Image, ImageDraw
    arms = [a for a in ORDER if a in results]
    colours = {'linear': (52, 101, 164), 'knn': (245, 121, 0), 'fewshot': (78, 154, 6)}
    W, H, left, bottom, top = 1000, 520, 70, 90, 50
    img = Image.new('RGB', (W, H), 'white')
    d = ImageDraw.Draw(img)
    vals = [mean([r['eval'][p] for r in results[a] if p in r['eval']]) for a in arms for p in PROTOCOLS]
    lo = max(0.0, min(vals) - 0.05)
    lo = int(lo * 20) / 20
    hi = min(1.0, max(vals) + 0.02)
    y = lambda v: H - bottom - (v - lo) / (hi - lo) * (H - bottom - top)  # noqa: E731
    for t in range(int(lo * 100), int(hi * 100) + 1, 5):
        d.line([(left, y(t / 100)), (W - 10, y(t / 100))], fill=(225, 225, 225))
        d.text((left - 40, y(t / 100) - 6), f'{t}%', fill='black')
    group = (W - left - 20) / len(arms)
    bw = group * 0.8 / 3
    for i, a in enumerate(arms):
        x0 = left + i * group + group * 0.1
        for j, p in enumerate(PROTOCOLS):
            rs = [r['eval'][p] for r in results[a] if p in r['eval']]
            v = mean(rs)
            d.rectangle([x0 + j * bw, y(v), x0 + (j + 1) * bw - 2, y(lo)], fill=colours[p])
            if len(rs) > 1:
                for r in rs:
                    d.ellipse([x0 + j * bw + bw / 2 - 3, y(r) - 3, x0 + j * bw + bw / 2 + 1, y(r) + 1], outline='black')
        d.text((x0, H - bottom + 8), LABELS[a], fill='black')
    d.line([(left, y(lo)), (W - 10, y(lo))], fill='black')
    d.text((left, 12), f'Does it learn? ResNet-18 64px, {METHOD_NAMES[method]}, Fashion-MNIST (linear / k-NN k=20 / 10-shot)', fill='black')
    for j, p in enumerate(PROTOCOLS):
        d.rectangle([left + j * 140, H - 40, left + j * 140 + 14, H - 26], fill=colours[p])
        d.text((left + j * 140 + 20, H - 40), PROTOCOL_NAMES[p], fill='black')
    img.save(path)


def plot_curves(results: dict, path: str, method: str = 'moco') -> None:
    """MoCo loss against images seen, one line per arm (first seed): where each arm's training went."""
    from PIL import Image, ImageDraw
    colours = [(52, 101, 164), (245, 121, 0), (78, 154, 6), (204, 0, 0), (117, 80, 123), (40, 40, 40)]
    curves = [(a, results[a][0]) for a in ORDER if a in results and results[a][0].get('loss_curve')]
    if not curves:
        return
    W, H, left, bottom, top, right = 900, 480, 60, 60, 40, 20
    pts = {a: [(s * r['config']['batch_size'], loss) for s, loss in r['loss_curve']] for a, r in curves}
    x_hi = max(x for p in pts.values() for x, _ in p)
    ys = [y for p in pts.values() for _, y in p]
    lo, hi = math.floor(min(ys)), math.ceil(max(ys))
    X = lambda x: left + x / x_hi * (W - left - right)  # noqa: E731
    Y = lambda y: H - bottom - (y - lo) / max(hi - lo, 1e-9) * (H - bottom - top)  # noqa: E731
    img = Image.new('RGB', (W, H), 'white')
    d = ImageDraw.Draw(img)
    for t in range(lo, hi + 1):
        d.line([(left, Y(t)), (W - right, Y(t))], fill=(225, 225, 225))
        d.text((left - 25, Y(t) - 6), str(t), fill='black')
    for k in range(0, 6):
        x = x_hi * k / 5
        d.text((X(x) - 15, H - bottom + 8), f'{x / 1e6:.1f}M', fill='black')
    for i, (a, _) in enumerate(curves):
        c = colours[i % len(colours)]
        d.line([(X(x), Y(y)) for x, y in pts[a]], fill=c, width=2)
        d.text((left + 10 + i * 140, H - 25), LABELS[a], fill=c)
    d.text((left, 12), f'{METHOD_NAMES[method]} loss (InfoNCE) against images seen', fill='black')
    img.save(path)


def cmd_report(args) -> int:
    results = load_results(args.results, args.method)
    suffix = '' if args.method == 'moco' else f'-{args.method}'
    print(table(results))
    plot(results, os.path.join(args.results, f'does-it-learn{suffix}.png'), args.method)
    plot_curves(results, os.path.join(args.results, f'does-it-learn{suffix}-loss.png'), args.method)
    print(f"plots: {os.path.join(args.results, f'does-it-learn{suffix}.png')}, does-it-learn{suffix}-loss.png")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest='cmd', required=True)
    r = sub.add_parser('run')
    r.add_argument('--arms', default=','.join(ARMS))
    r.add_argument('--seed', type=int, default=0)
    r.add_argument('--method', choices=['moco', 'simclr'], default='moco')
    r.add_argument('--images', type=int, default=2_000_000)
    r.add_argument('--batch', type=int, default=256)
    r.add_argument('--lr', type=float, default=0.05)
    r.add_argument('--mixup-k', type=int, default=2)
    r.add_argument('--eval-every-images', type=int, default=0,
                   help='also checkpoint and evaluate every this many images (the curve lands in eval_curve)')
    r.add_argument('--parallel', type=int, default=1)
    r.add_argument('--threads', type=int, default=4)
    r.add_argument('--fused-augment', action='store_true',
                   help='augment.fused: the augmentation as CUDA kernels (same formulas as the torch ops)')
    r.add_argument('--warm-shaders', type=int, default=0, metavar='N',
                   help="first compile the program arms' programs in N processes into the driver's shader cache")
    r.add_argument('--max-minutes', type=float, default=None, help='safety cap per arm (the budget is --images)')
    r.add_argument('--stop-after-minutes', type=float, default=None,
                   help='checkpoint and stop every worker after this long (continue later with --resume)')
    r.add_argument('--resume', action='store_true', help='continue arms from their checkpoints in --work')
    r.add_argument('--programs', default=os.path.join(DATA, 'programs'))
    r.add_argument('--fmnist', default=os.path.join(DATA, 'fashion-mnist'))
    r.add_argument('--work', default='/tmp/does-it-learn')
    r.add_argument('--out', default=os.path.join(ROOT, 'docs', 'results'))
    r.add_argument('--bundle', help='also keep one tarball of --out and the logs, rewritten after every finished '
                                    'arm (on the GPU host: a path under $OUT, outside --out)')
    p = sub.add_parser('report')
    p.add_argument('--results', default=os.path.join(ROOT, 'docs', 'results'))
    p.add_argument('--method', choices=['moco', 'simclr'], default='moco', help='whose runs the table shows')
    args = ap.parse_args()
    return cmd_run(args) if args.cmd == 'run' else cmd_report(args)


if __name__ == '__main__':
    sys.exit(main())
