"""prepare_programs.ts: experiment 2's pool grows past `both` without changing the subsets it had."""
import json
import os
import shutil
import subprocess

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def _prepare(out, *extra):
    subprocess.run(['npx', 'tsx', os.path.join(HERE, 'prepare_programs.ts'), '--out', str(out), '--synth', '10',
                    '--check', '2', *extra], cwd=ROOT, check=True, capture_output=True, text=True, timeout=120)


def _manifest(d):
    return json.load(open(os.path.join(d, 'manifest.json')))['programs']


@pytest.mark.skipif(shutil.which('npx') is None, reason='needs Node (npx tsx)')
def test_scaling_pool_extends_past_both_and_keeps_the_smaller_subsets(tmp_path):
    _prepare(tmp_path / 'a', '--scaling', '1,16,231')
    _prepare(tmp_path / 'b', '--scaling', '1,16,231,245', '--scaling-synth', '25')
    a, b = tmp_path / 'a', tmp_path / 'b'
    assert len(_manifest(b / 'both')) == len(_manifest(a / 'both')) == 231   # experiment 1's corpora unchanged
    assert len(_manifest(b / 'synthesized-extra')) == 15
    for n in (1, 16, 231):
        assert _manifest(a / f'scale-{n}') == _manifest(b / f'scale-{n}')
    big = _manifest(b / 'scale-245')
    assert big[:231] == _manifest(b / 'scale-231')                        # nested
    assert {p['file'].split('/')[1] for p in big[231:]} == {'synthesized-extra'}
    assert len({p['id'] for p in big}) == 245
    for p in big:                                                          # every file resolves
        assert os.path.isfile(os.path.join(b / 'scale-245', p['file']))


@pytest.mark.skipif(shutil.which('npx') is None, reason='needs Node (npx tsx)')
def test_bad_scaling_arguments_are_named(tmp_path):
    with pytest.raises(subprocess.CalledProcessError) as e:
        _prepare(tmp_path, '--scaling-synth', '5')
    assert '--scaling-synth' in e.value.stderr
    with pytest.raises(subprocess.CalledProcessError) as e:
        _prepare(tmp_path, '--scaling', '1,9999')
    assert '--scaling: 9999' in e.value.stderr
