"""Experiment 3 of issue 8, "Which programs help?": the report.

Preparation and runs (see program_stats.py): per-program render statistics, small groups
``<dir>-group-<k>`` and rank-weighted manifests ``<dir>-by-<statistic>``, trained by experiment 1's driver
with the same budget and seed as the uniform arm ``<dir>``. Here, over the result files:
  /usr/bin/python3 experiments/which_programs.py --results docs/results/which-programs --programs .data/programs
    -> Spearman's rank correlation between each group's mean statistic and its accuracy (per protocol),
       weighted sampling against uniform (accuracy differences, same seed), and <results>/which-programs.png.
"""
from __future__ import annotations

import argparse
import glob
import json
import math
import os
import re

from does_it_learn import PROTOCOL_NAMES as NAMES, PROTOCOLS
from program_stats import STATS, ranks


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman's rho: Pearson correlation of the (tie-averaged) ranks; nan when either side is constant."""
    if len(xs) != len(ys) or len(xs) < 3:
        raise ValueError(f'spearman needs two equal lists of at least 3 values, got {len(xs)} and {len(ys)}')
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else float('nan')


def load(results: str, programs: str) -> tuple[list[dict], dict]:
    """(group rows {arm, seed, stats, eval}, {arm: {seed: eval}} for every other arm)."""
    group_rows, others = [], {}
    for path in sorted(glob.glob(os.path.join(results, 'does-it-learn-*-seed*.json'))):
        r = json.load(open(path))
        if r.get('rc', 0) != 0 or not r.get('eval'):
            continue
        if re.fullmatch(r'.+-group-\d+', r['arm']):
            manifest = os.path.join(programs, r['arm'], 'manifest.json')
            if not os.path.exists(manifest):
                raise SystemExit(f"--programs {programs}: no {r['arm']}/manifest.json for the group's statistics "
                                 f'(run program_stats.py --groups with the same seed first)')
            stats = json.load(open(manifest))['groupStats']
            group_rows.append({'arm': r['arm'], 'seed': r['seed'], 'stats': stats, 'eval': r['eval']})
        else:
            others.setdefault(r['arm'], {})[r['seed']] = r['eval']
    return group_rows, others


def correlations(rows: list[dict]) -> dict:
    """{statistic: {protocol: rho}} over the group runs."""
    return {s: {p: spearman([r['stats'][s] for r in rows], [r['eval'][p] for r in rows]) for p in PROTOCOLS}
            for s in STATS}


def weighted_vs_uniform(others: dict) -> list[tuple[str, int, dict]]:
    """[(arm <dir>-by-<stat>, seed, {protocol: weighted − uniform})] where the uniform arm <dir> has that seed."""
    out = []
    for arm, by_seed in sorted(others.items()):
        m = re.fullmatch(r'(.+)-by-(.+)', arm)
        if not m or m.group(1) not in others:
            continue
        for seed, ev in sorted(by_seed.items()):
            base = others[m.group(1)].get(seed)
            if base:
                out.append((arm, seed, {p: ev[p] - base[p] for p in PROTOCOLS}))
    return out


def report(rows: list[dict], others: dict) -> str:
    lines = []
    if len(rows) >= 3:
        rho = correlations(rows)
        lines += [f'Spearman rho between a group\'s mean statistic and its accuracy ({len(rows)} group runs):', '',
                  '| statistic | ' + ' | '.join(NAMES[p] for p in PROTOCOLS) + ' |', '|---|---|---|---|']
        lines += [f'| {s} | ' + ' | '.join(f'{rho[s][p]:+.2f}' for p in PROTOCOLS) + ' |' for s in STATS]
    diffs = weighted_vs_uniform(others)
    if diffs:
        lines += ['', 'Weighted sampling minus uniform (same seed, points):', '',
                  '| arm | seed | ' + ' | '.join(NAMES[p] for p in PROTOCOLS) + ' |', '|---|---|---|---|---|']
        lines += [f'| {a} | {seed} | ' + ' | '.join(f'{100 * d[p]:+.2f}' for p in PROTOCOLS) + ' |'
                  for a, seed, d in diffs]
    return '\n'.join(lines) if lines else 'no group or weighted runs with results yet'


def plot(rows: list[dict], path: str) -> None:
    """A grid of scatter plots: rows = protocols, columns = statistics."""
    from PIL import Image, ImageDraw
    cw, ch, pad = 190, 150, 30
    img = Image.new('RGB', (pad + len(STATS) * cw, pad + len(PROTOCOLS) * ch + 20), 'white')
    d = ImageDraw.Draw(img)
    rho = correlations(rows)
    for j, s in enumerate(STATS):
        xs = [r['stats'][s] for r in rows]
        x0, x1 = min(xs), max(xs) if max(xs) > min(xs) else min(xs) + 1
        for i, p in enumerate(PROTOCOLS):
            ys = [r['eval'][p] for r in rows]
            y0, y1 = min(ys), max(ys) if max(ys) > min(ys) else min(ys) + 1
            L, T = pad + j * cw, pad + i * ch
            d.rectangle([L, T, L + cw - 12, T + ch - 22], outline=(180, 180, 180))
            for x, y in zip(xs, ys):
                px = L + 5 + (x - x0) / (x1 - x0) * (cw - 22)
                py = T + ch - 27 - (y - y0) / (y1 - y0) * (ch - 32)
                d.ellipse([px - 2, py - 2, px + 2, py + 2], fill=(52, 101, 164))
            d.text((L + 4, T + ch - 20), f'{s[:14]} / {NAMES[p]}', fill='black')
            d.text((L + cw - 70, T + 4), f'rho {rho[s][p]:+.2f}', fill='black')
    d.text((pad, 8), 'Which programs help? group mean statistic (x) vs accuracy (y)', fill='black')
    img.save(path)


def main() -> int:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--results', default=os.path.join(root, 'docs', 'results', 'which-programs'))
    ap.add_argument('--programs', default=os.path.join(root, '.data', 'programs'))
    args = ap.parse_args()
    rows, others = load(args.results, args.programs)
    print(report(rows, others))
    if len(rows) >= 3:
        plot(rows, os.path.join(args.results, 'which-programs.png'))
        print(f"plot: {os.path.join(args.results, 'which-programs.png')}")
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
