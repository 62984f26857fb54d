"""Experiment 3 of issue 8, "Which programs help?" — the preparation step: per-program render
statistics, and manifests that sample programs by them.

For every program of a programs dir (``prepare_programs.ts`` output: manifest.json + bodies) it renders
the validation frames (4 frames at 64², the render engine's own statistics: colourfulness, luma
entropy, edge density, canvas coverage, temporal change), writes them to ``<out>/stats.json``, and for
each statistic S a programs dir ``<dir>-by-<S>`` whose manifest points into ``<dir>`` with
``weight`` = (rank of S + 1) / P + 0.5 — from 0.5 for the lowest to 1.5 for the highest, so
every program is still drawn but the high-S half is drawn twice as often as the low-S half (the
trainer samples by weight with ``sampling: weighted``). Rank-based, so a few extreme
programs do not dominate.

With ``--groups K`` it also writes K small groups for the correlation runs: ``<dir>-group-<k>``, each
``--group-size`` programs drawn without replacement (fixed ``--group-seed``) from those with statistics,
its manifest carrying the members' mean statistics as ``groupStats``.

  /usr/bin/python3 experiments/program_stats.py --programs .data/programs/both [--device auto] [--groups 24]
  python3 experiments/does_it_learn.py run --arms both-by-colorfulness,both-group-0,both-group-1,...
  /usr/bin/python3 experiments/which_programs.py --results <dir> --programs .data/programs   (the report)
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'packages', 'trainer', 'python'))

STATS = ('colorfulness', 'entropy', 'edgeDensity', 'coverage', 'temporalChange')


def ranks(values: list[float]) -> list[float]:
    """0-based ranks by ascending value; ties share their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2
        i = j + 1
    return out


def rank_weights(values: list[float]) -> list[float]:
    """(rank + 1) / P + 0.5 by ascending value (ties share the mean rank): weights in (0.5, 1.5]."""
    n = len(values)
    return [round((r + 1) / n + 0.5, 6) for r in ranks(values)]


def groups(ok: list[int], k: int, size: int, seed: int) -> list[list[int]]:
    """k disjoint groups of `size` indices from `ok`, drawn by a seeded shuffle (the same on every host)."""
    if k * size > len(ok):
        raise ValueError(f'--groups {k} x --group-size {size} needs {k * size} programs with statistics, '
                         f'there are {len(ok)}')
    order = list(ok)
    random.Random(seed).shuffle(order)
    return [sorted(order[i * size:(i + 1) * size]) for i in range(k)]


def write_manifest(src: str, manifest: dict, picks: list[tuple[int, dict]], out: str, **extra) -> None:
    """A programs dir `out` whose manifest points into `src` (no copies of the bodies)."""
    base = os.path.basename(src.rstrip('/'))
    entries = []
    for k, fields in picks:
        e = dict(manifest['programs'][k])
        e['file'] = os.path.join('..', base, e.get('file') or f"{e['id']}.glsl")
        entries.append({**e, **fields})
    os.makedirs(out, exist_ok=True)
    json.dump({**{k: v for k, v in manifest.items() if k != 'programs'}, **extra, 'programs': entries},
              open(os.path.join(out, 'manifest.json'), 'w'))


def describe(src: str) -> str:
    """Median of each statistic per origin (handwritten file vs synthesizer) from <src>/stats.json."""
    rows = json.load(open(os.path.join(src, 'stats.json')))['programs']
    origin = {e['id']: ('synthesized' if e.get('source', '').startswith('synth://') else 'handwritten')
              for e in json.load(open(os.path.join(src, 'manifest.json')))['programs']}
    by = {}
    for r in rows:
        by.setdefault(origin.get(r['id'], 'unknown'), []).append(r)
    lines = ['| origin | programs | rendered | ' + ' | '.join(STATS) + ' |', '|---' * (len(STATS) + 3) + '|']
    for o, rs in sorted(by.items()):
        ok = [r for r in rs if r['ok']]
        med = [f"{statistics.median(r[s] for r in ok):.3f}" if ok else '–' for s in STATS]
        lines.append(f'| {o} | {len(rs)} | {len(ok)} | ' + ' | '.join(med) + ' |')
    return '\n'.join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('--programs', required=True, help='a programs dir with manifest.json')
    ap.add_argument('--device', default='auto')
    ap.add_argument('--groups', type=int, default=0, help='also write this many small groups (<dir>-group-<k>)')
    ap.add_argument('--group-size', type=int, default=4)
    ap.add_argument('--group-seed', type=int, default=0)
    ap.add_argument('--describe', action='store_true',
                    help='only print the median statistics per origin from an existing <programs>/stats.json')
    args = ap.parse_args()
    if args.describe:
        print(describe(os.path.abspath(args.programs)))
        return 0
    from shadertrain.data.manifest import load_snapshot
    from shadertrain.render import RenderEngine, ValidationConfig, validate_body
    src = os.path.abspath(args.programs)
    snap = load_snapshot(src)
    manifest = json.load(open(os.path.join(src, 'manifest.json')))
    if args.groups * args.group_size > len(snap):   # checked again on the programs that render
        raise SystemExit(f'--groups {args.groups} x --group-size {args.group_size}: {src} has only {len(snap)} programs')
    engine = RenderEngine(args.device)
    cfg = ValidationConfig(size=64, frames=4, thumbnail_size=0, max_frame_ms=None)
    rows, t0 = [], time.time()
    for i, p in enumerate(snap.programs):
        r = validate_body(engine, snap.body(i), cfg)
        rows.append({'id': p.id, 'family': p.family, 'ok': r['ok'], 'reason': r.get('reason'),
                     **{s: r.get('stats', {}).get(s) for s in STATS}})
    json.dump({'programs_dir': src, 'renderer': engine.info, 'date': time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime()),
               'config': {'size': cfg.size, 'frames': cfg.frames, 'times': list(cfg.times[:cfg.frames])},
               'programs': rows}, open(os.path.join(src, 'stats.json'), 'w'), indent=1)
    ok = [k for k, r in enumerate(rows) if r['ok']]
    print(f'{len(rows)} programs, {len(ok)} with statistics, {time.time() - t0:.0f} s')
    for s in STATS:
        weights = rank_weights([rows[k][s] for k in ok])
        write_manifest(src, manifest, [(k, {'weight': w}) for k, w in zip(ok, weights)], f'{src}-by-{s}', weightedBy=s)
        print(f'{src}-by-{s}: {len(ok)} programs weighted by {s}')
    for g, members in enumerate(groups(ok, args.groups, args.group_size, args.group_seed) if args.groups else []):
        mean = {s: sum(rows[k][s] for k in members) / len(members) for s in STATS}
        write_manifest(src, manifest, [(k, {}) for k in members], f'{src}-group-{g}', groupStats=mean,
                       groupSeed=args.group_seed)
    if args.groups:
        print(f'{src}-group-0..{args.groups - 1}: {args.groups} groups of {args.group_size} programs')
    return 0


if __name__ == '__main__':
    sys.exit(main())
