import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { FAKE_WORKER, tempHome } from './testing/fixtures.ts';
import { LineSplitter, parseEventLine, spawnWorker, workerCommand, EXIT_PREEMPTED, type WorkerEvent } from './worker.ts';

describe('event lines', () => {
  test('parseEventLine accepts event objects only', () => {
    assert.deepEqual(parseEventLine('{"event": "progress", "step": 3}'), { event: 'progress', step: 3 });
    assert.deepEqual(parseEventLine('  {"event":"finished"}\r'), { event: 'finished' });
    for (const noise of ['', 'hello', '{"event": "bogus"}', '{"step": 1}', '[1,2]', '{"event": "progress", ', 'null', '{"event": 3}']) {
      assert.equal(parseEventLine(noise), null, noise);
    }
  });

  test('LineSplitter joins partial lines and split UTF-8 characters', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    const bytes = Buffer.from('{"event":"started","name":"é"}\nsecond\r\nthi');
    const cut = bytes.indexOf(0xa9); // inside "é" (c3 a9)
    s.push(bytes.subarray(0, cut));
    s.push(bytes.subarray(cut));
    s.push('rd');
    s.end();
    assert.deepEqual(lines, ['{"event":"started","name":"é"}', 'second', 'third']);
  });

  test('workerCommand uses torch.distributed.run for several GPUs', () => {
    assert.deepEqual(workerCommand({ python: 'py', module: 'shadertrain.train', args: ['--config', 'c.json'] }).args, ['-m', 'shadertrain.train', '--config', 'c.json']);
    const multi = workerCommand({ python: 'py', module: 'shadertrain.train', args: ['--config', 'c.json'], gpus: 2 });
    assert.deepEqual(multi.args.slice(0, 2), ['-m', 'torch.distributed.run']);
    assert.ok(multi.args.includes('--nproc_per_node') && multi.args.includes('2'));
    assert.deepEqual(multi.args.slice(-3), ['shadertrain.train', '--config', 'c.json']);
  });
});

function fakeConfig(dir: string, extra: Record<string, unknown> = {}) {
  const programs = join(dir, 'snap');
  mkdirSync(programs, { recursive: true });
  writeFileSync(join(programs, 'manifest.json'), JSON.stringify({ programs: [{ id: 'a', license: 'CC0-1.0' }] }));
  const file = join(dir, 'cfg.json');
  writeFileSync(file, JSON.stringify({ programs_dir: programs, out_dir: join(dir, 'out'), steps: 5, ...extra }));
  return file;
}

describe('spawnWorker (fake worker)', () => {
  test('events in order, noise and stderr to the log', async () => {
    const home = tempHome();
    try {
      const cfg = fakeConfig(home.dir);
      const log = join(home.dir, 'worker.log');
      const w = spawnWorker({ command: process.execPath, args: [FAKE_WORKER, '--config', cfg], logFile: log });
      const events: WorkerEvent[] = [];
      for await (const e of w.events) events.push(e);
      const exit = await w.exited;
      assert.equal(exit.code, 0);
      assert.deepEqual(events.map((e) => e.event), ['started', 'progress', 'progress', 'progress', 'progress', 'progress', 'checkpoint', 'evaluation', 'evaluation', 'finished']);
      assert.deepEqual(events.filter((e) => e.event === 'progress').map((e) => (e as { step: number }).step), [1, 2, 3, 4, 5]);
      const text = readFileSync(log, 'utf8');
      assert.match(text, /\[stdout\] this is not json/);
      assert.match(text, /\[stdout\] \{"not": "an event"\}/);
    } finally {
      home.remove();
    }
  });

  test('abort sends SIGTERM: the worker checkpoints and exits 75', async () => {
    const home = tempHome();
    try {
      const cfg = fakeConfig(home.dir, { steps: 1000 });
      const ac = new AbortController();
      const w = spawnWorker({ command: process.execPath, args: [FAKE_WORKER, '--config', cfg], logFile: join(home.dir, 'w.log'), env: { FAKE_WORKER_SCENARIO: 'slow', FAKE_WORKER_STEP_MS: '20' }, signal: ac.signal });
      const events: WorkerEvent[] = [];
      for await (const e of w.events) {
        events.push(e);
        if (e.event === 'progress' && e.step === 3) ac.abort();
      }
      const exit = await w.exited;
      assert.equal(exit.code, EXIT_PREEMPTED);
      assert.equal(exit.stopped, true);
      assert.equal(exit.killed, false);
      assert.equal(events.at(-1)?.event, 'checkpoint');
    } finally {
      home.remove();
    }
  });

  test('a worker that ignores SIGTERM is killed after the grace period', async () => {
    const home = tempHome();
    try {
      const cfg = fakeConfig(home.dir, { steps: 100000 });
      const w = spawnWorker({ command: process.execPath, args: [FAKE_WORKER, '--config', cfg], logFile: join(home.dir, 'w.log'), env: { FAKE_WORKER_SCENARIO: 'stubborn' }, graceMs: 300 });
      for await (const e of w.events) if (e.event === 'progress') { w.stop(); break; }
      const exit = await w.exited;
      assert.equal(exit.signal, 'SIGKILL');
      assert.equal(exit.killed, true);
    } finally {
      home.remove();
    }
  });

  test('a missing interpreter is an exit, not a hang', async () => {
    const home = tempHome();
    try {
      const w = spawnWorker({ command: join(home.dir, 'no-such-python'), args: [], logFile: join(home.dir, 'w.log') });
      for await (const _ of w.events) { /* none */ }
      const exit = await w.exited;
      assert.notEqual(exit.code, 0);
      assert.match(exit.stderrTail.join('\n'), /failed to start/);
    } finally {
      home.remove();
    }
  });
});
