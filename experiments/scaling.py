"""Experiment 2 of issue 8, "Scaling with the number of programs": the report.

The runs are experiment 1's driver with arms ``scale-<n>`` (the first n programs of one fixed shuffle
of handwritten + synthesized, from ``prepare_programs.ts --scaling 1,4,16,...``), same budget each:
  python3 experiments/does_it_learn.py run --arms scale-1,scale-4,... --images 10000000 --batch 1024 --lr 0.2 ...
Here, over the result files (``does-it-learn-scale-<n>-seed<k>.json``):
  /usr/bin/python3 experiments/scaling.py --results docs/results/scaling
    -> a table (mean ± spread over seeds per n), the least-squares fit accuracy = a + b·log10(n) per
       protocol (b: points per tenfold more programs, with R²), and <results>/scaling.png.
"""
from __future__ import annotations

import argparse
import glob
import json
import math
import os
import re
import statistics

from does_it_learn import PROTOCOL_NAMES as NAMES, PROTOCOLS, thin_curve


def load(directory: str) -> tuple[dict, dict]:
    """{n: [result, ...]} for scale-<n> arms, and the random-init evaluation {protocol: value}."""
    runs, random = {}, {}
    for path in sorted(glob.glob(os.path.join(directory, 'does-it-learn-scale-*-seed*.json'))):
        r = json.load(open(path))
        m = re.fullmatch(r'scale-(\d+)', r['arm'])
        if m and r.get('rc', 0) == 0 and r.get('eval'):
            runs.setdefault(int(m.group(1)), []).append(r)
            random = random or r.get('random_init', {})
    return runs, random


def fit_log(ns: list[int], ys: list[float]) -> dict:
    """Least squares y = a + b·log10(n): {'a', 'b', 'r2'} (b per decade of programs)."""
    xs = [math.log10(n) for n in ns]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if len(xs) < 2 or sxx == 0:
        raise ValueError(f'a fit needs at least two different program counts, got {sorted(set(ns))}')
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    a = my - b * mx
    ss_res = sum((y - (a + b * x)) ** 2 for x, y in zip(xs, ys))
    ss_tot = sum((y - my) ** 2 for y in ys)
    return {'a': a, 'b': b, 'r2': 1 - ss_res / ss_tot if ss_tot else 1.0}


def table(runs: dict, random: dict) -> tuple[str, dict]:
    ns = sorted(runs)
    means = {n: {p: statistics.fmean(r['eval'][p] for r in runs[n]) for p in PROTOCOLS} for n in ns}
    lines = ['| programs | seeds | images seen | linear | k-NN | 10-shot |', '|---|---|---|---|---|---|']
    if random:
        lines.append('| random init | – | 0 | ' + ' | '.join(f'{100 * random[p]:.2f}' for p in PROTOCOLS) + ' |')
    for n in ns:
        cells = []
        for p in PROTOCOLS:
            vals = [r['eval'][p] for r in runs[n]]
            cells.append(f'{100 * statistics.fmean(vals):.2f}' + (f' ± {100 * statistics.pstdev(vals):.2f}' if len(vals) > 1 else ''))
        lines.append(f"| {n:,} | {len(runs[n])} | {runs[n][0]['images_seen']:,} | " + ' | '.join(cells) + ' |')
    fits = {}
    if len(ns) >= 2:
        # fit on every run (not the means), so seeds weigh in
        pts = [(n, r) for n in ns for r in runs[n]]
        fits = {p: fit_log([n for n, _ in pts], [r['eval'][p] for _, r in pts]) for p in PROTOCOLS}
        lines.append('')
        lines.append('Fit accuracy = a + b·log10(programs), over all runs: ' + '; '.join(
            f"{NAMES[p]} b = {100 * f['b']:+.2f} points per decade (R² {f['r2']:.2f})" for p, f in fits.items()))
    return '\n'.join(lines), {'means': means, 'fits': fits}


def curve(r: dict) -> list:
    """A run's evaluation curve (--eval-every-images), thinned as the driver does; [] without one."""
    cfg = r.get('config', {})
    return thin_curve(r.get('eval_curve') or [], cfg.get('checkpoint_every', 0) * cfg.get('batch_size', 0))


def budget_table(runs: dict) -> str:
    """The fitted slope at every budget that all runs evaluated on their way (their eval curves):
    whether more programs start to pay off as the budget grows."""
    points = {}
    for n in runs:
        for r in runs[n]:
            for c in curve(r):
                points.setdefault(c['images'], []).append((n, c))
    budgets = [b for b in sorted(points) if len({n for n, _ in points[b]}) == len(runs) >= 2]
    if len(budgets) < 2:
        return ''
    lines = ['| images | ' + ' | '.join(f'{NAMES[p]} b (R²)' for p in PROTOCOLS) + ' |', '|---' * (len(PROTOCOLS) + 1) + '|']
    for b in budgets:
        fits = [fit_log([n for n, _ in points[b]], [c[p] for _, c in points[b]]) for p in PROTOCOLS]
        lines.append(f'| {b:,} | ' + ' | '.join(f"{100 * f['b']:+.2f} ({f['r2']:.2f})" for f in fits) + ' |')
    return 'Slope b (points per decade of programs) at each budget on the way, from the runs\' evaluation curves:\n\n' + '\n'.join(lines)


def plot(runs: dict, random: dict, fits: dict, path: str) -> None:
    from PIL import Image, ImageDraw
    colours = {'linear': (52, 101, 164), 'knn': (245, 121, 0), 'fewshot': (78, 154, 6)}
    W, H, left, right, bottom, top = 900, 520, 70, 20, 70, 50
    ns = sorted(runs)
    vals = [r['eval'][p] for n in ns for r in runs[n] for p in PROTOCOLS] + [random[p] for p in random]
    lo, hi = math.floor(min(vals) * 20) / 20, math.ceil(max(vals) * 20) / 20
    x_lo, x_hi = 0.0, max(1.0, math.log10(max(ns)))
    X = lambda n: left + (math.log10(n) - x_lo) / (x_hi - x_lo) * (W - left - right)  # noqa: E731
    Y = lambda v: H - bottom - (v - lo) / max(hi - lo, 1e-9) * (H - bottom - top)  # noqa: E731
    img = Image.new('RGB', (W, H), 'white')
    d = ImageDraw.Draw(img)
    for t in range(int(round(lo * 100)), int(round(hi * 100)) + 1, 5):
        d.line([(left, Y(t / 100)), (W - right, Y(t / 100))], fill=(225, 225, 225))
        d.text((left - 40, Y(t / 100) - 6), f'{t}%', fill='black')
    for k in range(int(x_hi) + 1):
        d.line([(X(10 ** k), H - bottom), (X(10 ** k), H - bottom + 5)], fill='black')
        d.text((X(10 ** k) - 10, H - bottom + 10), f'{10 ** k:,}', fill='black')
    d.line([(left, H - bottom), (W - right, H - bottom)], fill='black')
    for p in PROTOCOLS:
        c = colours[p]
        if p in random:   # random init: dashed
            for x in range(left, W - right, 12):
                d.line([(x, Y(random[p])), (x + 6, Y(random[p]))], fill=c)
        for n in ns:
            for r in runs[n]:
                v = r['eval'][p]
                d.ellipse([X(n) - 3, Y(v) - 3, X(n) + 3, Y(v) + 3], fill=c)
        if p in fits:
            f = fits[p]
            d.line([(X(min(ns)), Y(f['a'] + f['b'] * math.log10(min(ns)))),
                    (X(max(ns)), Y(f['a'] + f['b'] * math.log10(max(ns))))], fill=c, width=2)
    d.text((left, 12), 'Scaling with the number of programs (fixed image budget); dashed: random init', fill='black')
    for j, p in enumerate(PROTOCOLS):
        d.rectangle([left + j * 220, H - 30, left + j * 220 + 14, H - 16], fill=colours[p])
        b = f" {100 * fits[p]['b']:+.2f}/decade" if p in fits else ''
        d.text((left + j * 220 + 20, H - 30), NAMES[p] + b, fill='black')
    d.text((W // 2 - 60, H - bottom + 28), 'programs (log scale)', fill='black')
    img.save(path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--results', default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                      'docs', 'results', 'scaling'))
    args = ap.parse_args()
    runs, random = load(args.results)
    if not runs:
        raise SystemExit(f'--results {args.results}: no does-it-learn-scale-<n>-seed<k>.json result files there')
    text, summary = table(runs, random)
    print(text)
    by_budget = budget_table(runs)
    if by_budget:
        print('\n' + by_budget)
    plot(runs, random, summary['fits'], os.path.join(args.results, 'scaling.png'))
    print(f"plot: {os.path.join(args.results, 'scaling.png')}")
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
