"""Experiment 2's report: the log-linear fit and the table/plot built from result files."""
import json
import math

import pytest

import scaling


def test_fit_recovers_a_log_linear_law():
    ns = [1, 4, 16, 64, 256, 1024]
    f = scaling.fit_log(ns, [0.60 + 0.03 * math.log10(n) for n in ns])
    assert f['a'] == pytest.approx(0.60) and f['b'] == pytest.approx(0.03) and f['r2'] == pytest.approx(1.0)
    noisy = scaling.fit_log(ns + ns, [0.6 + 0.03 * math.log10(n) + (0.01 if i % 2 else -0.01)
                                      for i, n in enumerate(ns + ns)])
    assert 0 < noisy['r2'] < 1


def test_fit_needs_two_program_counts():
    with pytest.raises(ValueError, match='two different program counts'):
        scaling.fit_log([16, 16], [0.5, 0.6])


def _result(n, seed, lin):
    return {'arm': f'scale-{n}', 'seed': seed, 'rc': 0, 'images_seen': 1000,
            'eval': {'linear': lin, 'knn': lin - 0.05, 'fewshot': lin - 0.2},
            'random_init': {'linear': 0.8, 'knn': 0.78, 'fewshot': 0.6}}


def test_report_from_result_files(tmp_path):
    for n, seed, lin in ((1, 0, 0.80), (1, 1, 0.82), (16, 0, 0.84), (256, 0, 0.86)):
        (tmp_path / f'does-it-learn-scale-{n}-seed{seed}.json').write_text(json.dumps(_result(n, seed, lin)))
    (tmp_path / 'does-it-learn-handwritten-seed0.json').write_text(json.dumps({**_result(1, 0, 0.1), 'arm': 'handwritten'}))
    runs, random = scaling.load(str(tmp_path))
    assert sorted(runs) == [1, 16, 256] and len(runs[1]) == 2 and random['linear'] == 0.8
    text, summary = scaling.table(runs, random)
    rows = [line for line in text.splitlines() if line.startswith('| ')]
    assert [r.split(' | ')[0] for r in rows[1:]] == ['| random init', '| 1', '| 16', '| 256']
    assert '81.00 ± 1.00' in rows[2]
    assert summary['fits']['linear']['b'] > 0 and 'points per decade' in text
    scaling.plot(runs, random, summary['fits'], str(tmp_path / 'scaling.png'))
    assert (tmp_path / 'scaling.png').stat().st_size > 1000


def test_slopes_at_each_budget_from_the_eval_curves():
    def run(n, early, late):   # a checkpoint at 1,000 images, one just before the end, the end
        r = _result(n, 0, late)
        r['config'] = {'checkpoint_every': 10, 'batch_size': 100}
        r['eval_curve'] = [{'images': 1000, 'linear': early, 'knn': early, 'fewshot': early},
                           {'images': 2000, 'linear': 0.0, 'knn': 0.0, 'fewshot': 0.0},
                           {'images': 2100, 'linear': late, 'knn': late, 'fewshot': late}]
        return r
    runs = {1: [run(1, 0.80, 0.80)], 100: [run(100, 0.70, 0.90)]}
    text = scaling.budget_table(runs)
    rows = [line for line in text.splitlines() if line.startswith('| ') and not line.startswith('| images')]
    assert [r.split(' | ')[0] for r in rows] == ['| 1,000', '| 2,100']   # 2,000 is thinned out
    assert rows[0].split(' | ')[1].startswith('-5.00') and rows[1].split(' | ')[1].startswith('+5.00')
    assert scaling.budget_table({1: [_result(1, 0, 0.8)], 100: [_result(100, 0, 0.9)]}) == ''
