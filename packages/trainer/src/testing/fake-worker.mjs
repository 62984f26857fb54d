#!/usr/bin/env node
// A stand-in for `python -m shadertrain.train` in orchestrator tests. Reads `--config <file>`
// (the real worker's config: out_dir, steps, checkpoint_every, resume) and plays a scenario
// chosen by FAKE_WORKER_SCENARIO:
//   ok       progress every step, garbage and split lines on stdout, checkpoints, evaluations, finished
//   crash    progress, one checkpoint, then a Python-style traceback on stderr and exit 1 (no event)
//   error    an `error` event and exit 1
//   slow     like ok but FAKE_WORKER_STEP_MS per step (default 50); SIGTERM → checkpoint, exit 75
//   stubborn ignores SIGTERM (tests the SIGKILL escalation)
// Files: backbone-<step>.pt (deterministic bytes) and state.pt (JSON {step}) in out_dir.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const cfg = JSON.parse(readFileSync(argv[argv.indexOf('--config') + 1], 'utf8'));
const scenario = process.env.FAKE_WORKER_SCENARIO ?? 'ok';
const stepMs = Number(process.env.FAKE_WORKER_STEP_MS ?? (scenario === 'slow' || scenario === 'stubborn' ? 50 : 0));
const steps = cfg.steps ?? 6;
const every = cfg.checkpoint_every || 0;
const out = cfg.out_dir;
mkdirSync(out, { recursive: true });

const emit = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const atomic = (path, data) => { writeFileSync(`${path}.tmp`, data); renameSync(`${path}.tmp`, path); };

let stop = false;
process.on('SIGTERM', () => { if (scenario !== 'stubborn') stop = true; });

function checkpoint(step) {
  const bytes = Buffer.alloc(4096 + step, step & 255);
  const backbone = join(out, `backbone-${step}.pt`);
  atomic(backbone, bytes);
  atomic(join(out, 'state.pt'), JSON.stringify({ step }));
  emit({ event: 'checkpoint', step, path: join(out, 'state.pt'), backbone_path: backbone, sha256: createHash('sha256').update(bytes).digest('hex') });
}

let start = 0;
if (cfg.resume && existsSync(join(out, 'state.pt'))) {
  start = JSON.parse(readFileSync(join(out, 'state.pt'), 'utf8')).step;
  process.stderr.write(`resumed from step ${start}\n`);
}
if (!cfg.programs_dir || !existsSync(join(cfg.programs_dir, 'manifest.json'))) {
  emit({ event: 'error', message: `no manifest.json in ${cfg.programs_dir}` });
  process.exit(2);
}
const programs = JSON.parse(readFileSync(join(cfg.programs_dir, 'manifest.json'), 'utf8')).programs;
emit({ event: 'started', device: 'cpu', world_size: 1, num_classes: programs.length, licenses: [...new Set(programs.map((p) => p.license))].sort(), start });
process.stdout.write('this is not json, some library printed it\n');
process.stdout.write('{"not": "an event"}\n');
if (scenario === 'error') {
  emit({ event: 'error', message: 'ValueError: something is wrong with the config' });
  process.exit(1);
}
for (let step = start + 1; step <= steps; step++) {
  if (stepMs) await sleep(stepMs);
  const line = JSON.stringify({ event: 'progress', step, loss: 5 / step, images_per_s: 100 + step, lr: 0.03, acc: 0.5 });
  // Split the line in two writes with a pause, as a pipe may deliver it.
  process.stdout.write(line.slice(0, 10));
  await sleep(2);
  process.stdout.write(`${line.slice(10)}\n`);
  if (scenario === 'crash' && step === 3) {
    process.stderr.write('Traceback (most recent call last):\n  File "train.py", line 1, in <module>\nRuntimeError: CUDA error: an illegal memory access was encountered\n');
    process.exit(1);
  }
  if (stop && step < steps) {
    checkpoint(step);
    process.stderr.write(`stopped at step ${step} after SIGTERM\n`);
    process.exit(75);
  }
  if (every && step % every === 0) checkpoint(step);
}
if (!every || steps % every !== 0) checkpoint(steps);
for (const protocol of ['knn', 'linear']) {
  emit({ event: 'evaluation', step: steps, dataset: 'fashion-mnist', protocol, value: protocol === 'knn' ? 0.61 : 0.66, baseline: 0.4, train_size: 40, test_size: 20 });
}
emit({ event: 'finished', steps, wall_s: 0.1 });
