"""Experiment 3: the groups and manifests of program_stats.py, and the correlation report."""
import json
import math

import pytest

import program_stats as ps
import which_programs as wp


def test_spearman():
    assert wp.spearman([1, 2, 3, 4], [10, 20, 30, 45]) == pytest.approx(1.0)
    assert wp.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert wp.spearman([1, 1, 2, 3], [1, 2, 3, 4]) == pytest.approx(0.9487, abs=1e-4)   # ties share ranks
    assert math.isnan(wp.spearman([1, 1, 1], [1, 2, 3]))
    with pytest.raises(ValueError, match='at least 3'):
        wp.spearman([1, 2], [1, 2])


def test_groups_are_disjoint_fixed_and_checked():
    g = ps.groups(list(range(0, 40, 2)), 4, 3, seed=7)
    assert len(g) == 4 and all(len(x) == 3 for x in g)
    flat = [i for x in g for i in x]
    assert len(set(flat)) == 12 and all(i % 2 == 0 for i in flat)
    assert g == ps.groups(list(range(0, 40, 2)), 4, 3, seed=7) != ps.groups(list(range(0, 40, 2)), 4, 3, seed=8)
    with pytest.raises(ValueError, match='needs 25 programs'):
        ps.groups(list(range(20)), 5, 5, seed=0)


def test_manifests_point_into_the_source_dir(tmp_path):
    src = tmp_path / 'both'
    src.mkdir()
    manifest = {'synthVersion': 'v2', 'programs': [{'id': f'p{i}', 'file': f'p{i}.glsl'} for i in range(3)]}
    ps.write_manifest(str(src), manifest, [(2, {}), (0, {'weight': 1.5})], str(tmp_path / 'both-group-0'),
                      groupStats={'coverage': 0.5})
    m = json.loads((tmp_path / 'both-group-0' / 'manifest.json').read_text())
    assert m['synthVersion'] == 'v2' and m['groupStats'] == {'coverage': 0.5}
    assert [(e['id'], e['file'], e.get('weight')) for e in m['programs']] == [
        ('p2', '../both/p2.glsl', None), ('p0', '../both/p0.glsl', 1.5)]
    assert ps.rank_weights([3.0, 1.0, 2.0, 2.0]) == [1.5, 0.75, 1.125, 1.125]


def _write_result(d, arm, seed, lin):
    d.joinpath(f'does-it-learn-{arm}-seed{seed}.json').write_text(json.dumps(
        {'arm': arm, 'seed': seed, 'rc': 0, 'eval': {'linear': lin, 'knn': lin - 0.02, 'fewshot': 1 - lin}}))


def test_report_correlates_groups_and_compares_weighted(tmp_path):
    progs, res = tmp_path / 'programs', tmp_path / 'results'
    res.mkdir()
    for k, cov in enumerate((0.2, 0.4, 0.6, 0.9)):
        (progs / f'both-group-{k}').mkdir(parents=True)
        stats = {s: (cov if s == 'coverage' else 0.5 + (k % 2)) for s in ps.STATS}
        (progs / f'both-group-{k}' / 'manifest.json').write_text(json.dumps({'groupStats': stats, 'programs': []}))
        _write_result(res, f'both-group-{k}', 0, 0.80 + cov / 10)     # accuracy rises with coverage
    _write_result(res, 'both', 0, 0.85)
    _write_result(res, 'both-by-coverage', 0, 0.86)
    _write_result(res, 'both-by-coverage', 1, 0.87)                   # no uniform seed 1: not compared
    rows, others = wp.load(str(res), str(progs))
    rho = wp.correlations(rows)
    assert rho['coverage']['linear'] == pytest.approx(1.0) and rho['coverage']['fewshot'] == pytest.approx(-1.0)
    diffs = wp.weighted_vs_uniform(others)
    assert [(a, s) for a, s, _ in diffs] == [('both-by-coverage', 0)]
    assert diffs[0][2]['linear'] == pytest.approx(0.01)
    text = wp.report(rows, others)
    assert '| coverage | +1.00 | +1.00 | -1.00 |' in text and '| both-by-coverage | 0 | +1.00 |' in text
    wp.plot(rows, str(res / 'which-programs.png'))
    assert (res / 'which-programs.png').stat().st_size > 1000


def test_a_group_without_its_manifest_is_named(tmp_path):
    _write_result(tmp_path, 'both-group-3', 0, 0.8)
    with pytest.raises(SystemExit, match='both-group-3/manifest.json'):
        wp.load(str(tmp_path), str(tmp_path / 'nowhere'))


def test_describe_splits_by_origin(tmp_path):
    manifest = {'programs': [{'id': 'a', 'source': 'programs/a.glsl'}, {'id': 'b', 'source': 'synth://v2/0'},
                             {'id': 'c', 'source': 'synth://v2/1'}]}
    rows = [{'id': i, 'ok': ok, **{s: v for s in ps.STATS}} for i, ok, v in (('a', True, 0.1), ('b', True, 0.2), ('c', False, None))]
    (tmp_path / 'manifest.json').write_text(json.dumps(manifest))
    (tmp_path / 'stats.json').write_text(json.dumps({'programs': rows}))
    lines = ps.describe(str(tmp_path)).splitlines()
    assert lines[2].startswith('| handwritten | 1 | 1 | 0.100 |')
    assert lines[3].startswith('| synthesized | 2 | 1 | 0.200 |')
