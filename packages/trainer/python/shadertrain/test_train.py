"""The training loop end to end on CPU: resume equivalence, SIGTERM, events, torchrun."""
import json
import os
import shutil
import signal
import subprocess
import sys

import pytest
import torch

from shadertrain import checkpoint as ckpt
from shadertrain.config import Config
from shadertrain.data import Augmenter, Prefetcher, build_source, make_batch
from shadertrain.train import EXIT_OK, EXIT_PREEMPTED, run

PYROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FMNIST = os.path.exists('/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz')


def _cfg(out_dir, **kw):
    base = dict(source='dead-leaves', method='moco', arch='resnet18', resolution=32, batch_size=4,
                steps=4, moco_queue=16, moco_dim=32, mixup_k=2, lr=0.05, seed=3, num_threads=1,
                out_dir=str(out_dir), log_every=1, deterministic=True, eval={'datasets': []})
    base.update(kw)
    return Config.from_dict(base)


def _events(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_kill_and_resume_equals_uninterrupted_run(tmp_path, capsys):
    straight, resumed = tmp_path / 'a', tmp_path / 'b'
    assert run(_cfg(straight)) == EXIT_OK
    assert run(_cfg(resumed), stop_at_step=2) == EXIT_PREEMPTED       # "killed" after step 2
    mid = ckpt.load_state(str(resumed))
    assert mid['step'] == 2 and mid['sampler'] == {'seed': 3, 'step': 2}

    # the next batch after resuming is the batch the uninterrupted run trained on at step 2
    cfg = _cfg(resumed)
    src = build_source(cfg)
    aug = Augmenter(cfg.augment, cfg.resolution)
    pf = Prefetcher(lambda: (src.open(torch.device('cpu')), src)[1],
                    lambda s, step, t: make_batch(s, aug, cfg, step, 0, 2, t), torch.device('cpu'),
                    start=mid['sampler']['step'], end=3, depth=1)
    nxt = pf.get(timeout=60)
    pf.close()
    src.open(torch.device('cpu'))
    ref = make_batch(src, aug, _cfg(straight), 2, 0, 2)
    assert nxt['step'] == 2 and all(torch.equal(a, b) for a, b in zip(nxt['views'], ref['views']))

    assert run(_cfg(resumed, resume=True)) == EXIT_OK
    a, b = ckpt.load_state(str(straight)), ckpt.load_state(str(resumed))
    assert a['step'] == b['step'] == 4
    assert a['method'].keys() == b['method'].keys()
    for k in a['method']:
        assert torch.equal(a['method'][k], b['method'][k]), k             # bitwise
    sa = torch.load(straight / 'backbone-4.pt')
    sb = torch.load(resumed / 'backbone-4.pt')
    assert all(torch.equal(sa[k], sb[k]) for k in sa)

    events = _events(capsys.readouterr().out)
    kinds = [e['event'] for e in events]
    assert kinds.count('started') == 3 and kinds.count('finished') == 2
    prog = [e for e in events if e['event'] == 'progress']
    assert {'step', 'images_per_s', 'loss', 'lr', 'render_ms', 'train_ms'} <= set(prog[0])
    cps = [e for e in events if e['event'] == 'checkpoint']
    assert all(os.path.exists(e['backbone_path']) and len(e['sha256']) == 64 for e in cps)


@pytest.mark.parametrize('method', ['simclr', 'supcon', 'ce'])
def test_other_methods_train_on_programs(tmp_path, capsys, method):
    from shadertrain.data.test_data import FakeEngine, P, BODY
    snap = tmp_path / 'snap'
    snap.mkdir()
    progs = []
    for i in range(P):
        (snap / f'p{i}.glsl').write_text(BODY.format(a=f'{i + 1}.0'))
        progs.append({'id': f'p{i}', 'file': f'p{i}.glsl'})
    (snap / 'manifest.json').write_text(json.dumps({'programs': progs}))
    cfg = _cfg(tmp_path / 'out', source='programs', programs_dir=str(snap), method=method, steps=2)
    assert run(cfg, engine_factory=FakeEngine) == EXIT_OK
    events = _events(capsys.readouterr().out)
    assert events[0]['num_classes'] == P and events[-1] == {**events[-1], 'event': 'finished', 'steps': 2}


def _spawn(args, **kw):
    env = {**os.environ, 'PYTHONPATH': PYROOT, 'OMP_NUM_THREADS': '1'}
    return subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, **kw)


def test_cli_sigterm_checkpoints_and_resume_evaluates(tmp_path, capsys):
    cfgfile = tmp_path / 'cfg.json'
    cfg = _cfg(tmp_path / 'out', method='simclr', steps=500).to_dict()
    cfgfile.write_text(json.dumps(cfg))
    p = _spawn(['-m', 'shadertrain.train', '--config', str(cfgfile)])
    lines = []
    for line in p.stdout:
        lines.append(line)
        if json.loads(line)['event'] == 'progress':
            p.send_signal(signal.SIGTERM)
            break
    out, err = p.communicate(timeout=120)
    assert p.returncode == EXIT_PREEMPTED, err
    events = _events(''.join(lines) + out)
    assert events[-1]['event'] == 'checkpoint'
    stopped = events[-1]['step']
    assert 1 <= stopped < 500

    cfg.update(steps=stopped + 1, resume=True,
               eval={'datasets': ['fashion-mnist'] if FMNIST else [], 'protocols': ['knn'],
                     'train_subset': 100, 'test_subset': 50})
    capsys.readouterr()
    assert run(Config.from_dict(cfg)) == EXIT_OK                        # resume in-process
    events = _events(capsys.readouterr().out)
    kinds = [e['event'] for e in events]
    assert kinds[0] == 'started' and kinds[-1] == 'finished' and events[-1]['steps'] == stopped + 1
    assert [e['step'] for e in events if e['event'] == 'progress'] == [stopped + 1]
    if FMNIST:
        ev = [e for e in events if e['event'] == 'evaluation']
        assert len(ev) == 1 and 0 <= ev[0]['value'] <= 1 and 0 <= ev[0]['baseline'] <= 1


@pytest.mark.skipif(not FMNIST, reason='needs dataset-fashion-mnist')
def test_evaluation_on_every_checkpoint_and_once_at_the_end(tmp_path, capsys):
    # what experiments/does_it_learn.py --eval-every-images relies on: one evaluation per checkpoint,
    # the last one at the final step, none twice
    cfg = _cfg(tmp_path / 'out', steps=5, checkpoint_every=2,
               eval={'datasets': ['fashion-mnist'], 'protocols': ['knn'], 'train_subset': 100,
                     'test_subset': 50, 'on_checkpoint': True})
    assert run(cfg) == EXIT_OK
    events = _events(capsys.readouterr().out)
    assert [e['step'] for e in events if e['event'] == 'checkpoint'] == [2, 4, 5]
    assert [e['step'] for e in events if e['event'] == 'evaluation'] == [2, 4, 5]


def test_cli_bad_config_is_an_error_event(tmp_path, monkeypatch):
    import io
    from shadertrain import events
    from shadertrain.train import main
    buf = io.StringIO()
    monkeypatch.setattr(events, '_stream', buf)       # claim_stdout() keeps this stream
    cfgfile = tmp_path / 'cfg.json'
    cfgfile.write_text(json.dumps({'source': 'noise', 'steps': 1, 'mixup_k': 0}))
    assert main(['--config', str(cfgfile)]) == 2
    (event,) = _events(buf.getvalue())
    assert event['event'] == 'error' and 'mixup_k' in event['message']


# torchrun from Debian's torch 1.13 on Python 3.11 cannot parse its own default "--redirects 0"
# (IntFlag iteration skips the zero member since 3.11, so Std.from_str('0') returns None).
TORCHRUN = '''
import torch.distributed.elastic.multiprocessing.api as api
_orig = api.Std.from_str.__func__
api.Std.from_str = classmethod(lambda cls, vm: api.Std.NONE if _orig(cls, vm) is None else _orig(cls, vm))
from torch.distributed.run import main
main()
'''


@pytest.mark.skipif(not torch.distributed.is_available(), reason='no torch.distributed')
def test_torchrun_two_processes_gloo(tmp_path):
    cfgfile = tmp_path / 'cfg.json'
    cfgfile.write_text(json.dumps(_cfg(tmp_path / 'out', steps=2, checkpoint_every=1).to_dict()))
    p = _spawn(['-c', TORCHRUN, '--standalone', '--nproc_per_node', '2',
                '-m', 'shadertrain.train', '--config', str(cfgfile)])
    out, err = p.communicate(timeout=240)
    assert p.returncode == 0, err[-3000:]
    events = _events(out)
    kinds = [e['event'] for e in events]
    assert kinds.count('started') == 1 and kinds[-1] == 'finished'     # rank 0 only
    assert events[0]['world_size'] == 2
    assert [e['step'] for e in events if e['event'] == 'checkpoint'] == [1, 2]
    prog = [e for e in events if e['event'] == 'progress']
    assert prog[0]['images_per_s'] > 0
    assert sorted(os.listdir(tmp_path / 'out')) == ['backbone-1.pt', 'backbone-2.pt', 'state.pt']
