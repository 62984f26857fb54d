"""The experiment driver's pure parts: arm configs and the summaries built from worker events."""
import argparse

from shadertrain.config import Config

import does_it_learn as dil


def _args(**kw):
    base = dict(programs='/p', images=10_000_000, batch=1024, eval_every_images=0, method='moco',
                max_minutes=None, lr=0.2, seed=3, threads=4, work='/w', fmnist='/f', mixup_k=2, parallel=1)
    return argparse.Namespace(**{**base, **kw})


def test_arm_configs_are_valid_worker_configs():
    for arm in (*dil.ARMS, 'scale-16', 'both-by-colorfulness', 'both-group-3'):
        cfg = dil.arm_config(arm, _args())
        Config.from_dict({k: v for k, v in cfg.items()})   # raises on a field the worker rejects
        assert cfg['steps'] == 9765 and cfg['seed'] == 3
        assert cfg['checkpoint_every'] == 0 and cfg['eval']['on_checkpoint'] is False
    assert dil.arm_config('both-mixup', _args())['mixup_k'] == 2
    assert dil.arm_config('real', _args())['source'] == 'images'
    assert dil.arm_config('both-group-3', _args())['programs_dir'] == '/p/both-group-3'
    assert dil.arm_config('both-by-coverage', _args())['sampling'] == 'weighted'
    assert dil.arm_config('real', _args())['augment'] == {'fused': False}
    assert Config.from_dict(dil.arm_config('both', _args(fused_augment=True))).augment.fused is True


def test_eval_every_images_checkpoints_and_evaluates_on_the_way():
    cfg = dil.arm_config('handwritten', _args(eval_every_images=2_000_000))
    assert cfg['checkpoint_every'] == 1953 and cfg['eval']['on_checkpoint'] is True
    Config.from_dict(cfg)


def test_summary_keeps_the_last_evaluation_and_the_curve():
    events = [{'event': 'started'}]
    events += [{'event': 'progress', 'step': s, 'images_per_s': 1000.0 + s, 'loss': 9.0 - s / 100} for s in (100, 200)]
    for step, v in ((100, 0.5), (200, 0.6)):
        events += [{'event': 'evaluation', 'step': step, 'protocol': p, 'value': v + i / 100, 'baseline': 0.4,
                    'train_size': 10, 'test_size': 5} for i, p in enumerate(dil.PROTOCOLS)]
    events.append({'event': 'finished', 'steps': 200, 'wall_s': 12.5})
    cfg = dil.arm_config('handwritten', _args(batch=8, images=1600))
    r = dil.summarize('handwritten', cfg, events, 13.0, 0, _args(batch=8, images=1600), 'cpu')
    assert r['images_seen'] == 1600 and r['worker_wall_s'] == 12.5
    assert r['eval'] == {'linear': 0.6, 'knn': 0.61, 'fewshot': 0.62}
    assert [c['images'] for c in r['eval_curve']] == [800, 1600]
    assert r['eval_curve'][0] == {'images': 800, 'linear': 0.5, 'knn': 0.51, 'fewshot': 0.52}
    assert r['random_init'] == {p: 0.4 for p in dil.PROTOCOLS}


def test_loss_curve_plot(tmp_path):
    r = {'arm': 'handwritten', 'config': {'batch_size': 256}, 'loss_curve': [(100, 8.0), (200, 6.5), (300, 6.0)]}
    dil.plot_curves({'handwritten': [r], 'real': [{**r, 'arm': 'real', 'loss_curve': [(100, 7.0), (300, 5.0)]}]},
                    str(tmp_path / 'loss.png'))
    assert (tmp_path / 'loss.png').stat().st_size > 1000
    dil.plot_curves({'random': [{'arm': 'random'}]}, str(tmp_path / 'none.png'))   # nothing trained: no plot
    assert not (tmp_path / 'none.png').exists()


def _result(arm, lin, seen=1000, budget=1000, method='moco'):
    return {'arm': arm, 'images_seen': seen, 'images_budget': budget, 'worker_wall_s': 1.0,
            'config': {'method': method}, 'eval': {'linear': lin, 'knn': lin, 'fewshot': lin}}


def test_report_flags_an_arm_short_of_its_budget_and_keeps_methods_apart(tmp_path):
    import json
    runs = [_result('random', 0.5, 0, 0), _result('real', 0.9), _result('handwritten', 0.7),
            _result('synthesized', 0.6, seen=750), _result('both', 0.8, method='simclr')]
    for i, r in enumerate(runs):
        name = f"does-it-learn-{r['arm']}-seed0{'-simclr' if r['config']['method'] == 'simclr' else ''}.json"
        (tmp_path / name).write_text(json.dumps(r))
    moco = dil.load_results(str(tmp_path))
    assert sorted(moco) == ['handwritten', 'random', 'real', 'synthesized']
    text = dil.table(moco)
    assert '| handwritten | 1 |' in text and '+50% / +50% / +50%' in text
    assert '| synthesized † |' in text and 'synthesized at 75% of it' in text
    assert sorted(dil.load_results(str(tmp_path), 'simclr')) == ['both', 'random']


def test_eval_curve_drops_a_checkpoint_evaluation_just_before_the_end():
    events = [{'event': 'evaluation', 'step': s, 'protocol': 'linear', 'value': s / 10000}
              for s in (976, 1952, 1953)]
    assert [c['images'] for c in dil.eval_curve(events, 1024, every=976)] == [976 * 1024, 1953 * 1024]
    assert dil.eval_curve(events, 1024, every=976)[-1]['linear'] == 0.1953
    assert len(dil.eval_curve(events, 1024)) == 3


def test_warm_shaders_compiles_the_program_arms_programs_once(tmp_path, capsys):
    import json
    import os
    body = 'void mainImage(out vec4 c, in vec2 p) {{ c = vec4(p / iResolution.xy, {k}.0 / 4.0, 1.0); }}'
    for name, ks in (('scale-2', (0, 1)), ('scale-3', (0, 1, 2))):
        d = tmp_path / name
        d.mkdir()
        for k in ks:
            (d / f'p{k}.glsl').write_text(body.format(k=k))
        (d / 'manifest.json').write_text(json.dumps({'programs': [{'id': f'p{k}', 'file': f'p{k}.glsl'} for k in ks]}))
    args = _args(programs=str(tmp_path), warm_shaders=2, device_is_cuda=False)
    env = {**os.environ, 'PYTHONPATH': dil.TRAINER + os.pathsep + os.environ.get('PYTHONPATH', '')}
    r = dil.warm_shaders(['scale-2', 'scale-3', 'real', 'dead-leaves'], args, env)
    assert r['programs'] == 3 and r['compiled'] == 3 and r['workers'] == 2    # the union, once
    assert 'shader cache warmed: 3 of 3 programs' in capsys.readouterr().out
    assert dil.warm_shaders(['real', 'dead-leaves'], args, env) is None


def test_bundle_holds_the_results_and_logs_and_is_replaced_whole(tmp_path):
    import tarfile
    out, work = tmp_path / 'res', tmp_path / 'work' / 'handwritten-seed0'
    out.mkdir()
    work.mkdir(parents=True)
    (out / 'does-it-learn-handwritten-seed0.json').write_text('{}')
    (work / 'events.jsonl').write_text('{"event": "finished"}\n')
    bundle = tmp_path / 'res.tgz'
    dil.write_bundle(str(bundle), str(out), [str(work)])
    names = tarfile.open(bundle).getnames()
    assert names == ['res/does-it-learn-handwritten-seed0.json', 'res/logs/handwritten-seed0/events.jsonl']
    (out / 'does-it-learn-real-seed0.json').write_text('{}')
    dil.write_bundle(str(bundle), str(out), [str(work)])
    assert 'res/does-it-learn-real-seed0.json' in tarfile.open(bundle).getnames()
    assert not (tmp_path / 'res.tgz.tmp').exists()
