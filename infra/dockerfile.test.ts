// No container engine (and no hadolint) runs here: parse the Dockerfiles and check them against what
// the trainer and the validate function need, plus the lint rules that matter most.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

export interface Instruction { op: string; args: string; line: number }

/** Dockerfile → instructions: comments dropped, `\` continuations joined, `op` upper-cased. */
export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let l = lines[i]!;
    if (/^\s*(#|$)/.test(l)) continue;
    while (/\\\s*$/.test(l) && i + 1 < lines.length) {
      l = l.replace(/\\\s*$/, ' ');
      i++;
      // A comment line inside a continuation is dropped and the continuation goes on.
      l += /^\s*#/.test(lines[i]!) ? '\\' : lines[i]!.trim();
    }
    const m = /^\s*([A-Za-z]+)\s+([\s\S]*)$/.exec(l);
    assert.ok(m, `line ${start + 1}: not an instruction: ${l}`);
    out.push({ op: m[1]!.toUpperCase(), args: m[2]!.trim().replace(/\s+/g, ' '), line: start + 1 });
  }
  return out;
}

const KNOWN = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);

/** Rules after hadolint's most common ones (DL3006/3007 pinned tags, DL3009 apt lists, DL3015 no recommends, DL3020 COPY not ADD, DL3025 JSON CMD). */
function lint(ins: Instruction[], name: string): void {
  const stages = new Set<string>();
  for (const i of ins) {
    assert.ok(KNOWN.has(i.op), `${name}:${i.line} unknown instruction ${i.op}`);
    if (i.op === 'FROM') {
      const [image, , alias] = i.args.replace(/--platform=\S+\s+/, '').split(/\s+/);
      if (alias) stages.add(alias);
      if (stages.has(image!)) continue;
      assert.match(image!, /^[\w./-]+:[\w.-]+$/, `${name}:${i.line} base image ${image} is pinned to a tag`);
      assert.doesNotMatch(image!, /:latest$/, `${name}:${i.line} no :latest`);
    }
    if (i.op === 'RUN' && /apt-get install/.test(i.args)) {
      assert.match(i.args, /apt-get update/, `${name}:${i.line} update in the same layer as install`);
      assert.match(i.args, /--no-install-recommends/, `${name}:${i.line} --no-install-recommends`);
      assert.match(i.args, /-y\b/, `${name}:${i.line} non-interactive`);
      assert.match(i.args, /rm -rf \/var\/lib\/apt\/lists\/\*/, `${name}:${i.line} apt lists cleaned`);
    }
    if (i.op === 'RUN' && /\bdnf install/.test(i.args)) assert.match(i.args, /dnf clean all/, `${name}:${i.line} dnf cache cleaned`);
    if (i.op === 'RUN' && /pip3? install|-m pip install/.test(i.args)) {
      for (const m of i.args.matchAll(/(?:pip3? install|-m pip install)\s+([^&]+)/g)) {
        for (const pkg of m[1]!.split(/\s+/).filter((p) => p && !p.startsWith('-') && !p.startsWith('http'))) assert.match(pkg, /==/, `${name}:${i.line} pip package ${pkg} pinned`);
      }
    }
    assert.notEqual(i.op, 'ADD', `${name}:${i.line} COPY instead of ADD`);
    if (i.op === 'CMD' || i.op === 'ENTRYPOINT') assert.match(i.args, /^\[.*\]$/, `${name}:${i.line} exec form`);
    if (i.op === 'RUN') assert.doesNotMatch(i.args, /\bsudo\b|apt-get upgrade|\bcd \S+ &&/, `${name}:${i.line} no sudo / upgrade / cd (use WORKDIR)`);
    if (i.op === 'COPY') for (const m of i.args.matchAll(/--from=(\S+)/g)) assert.ok(stages.has(m[1]!), `${name}:${i.line} COPY --from a named stage`);
  }
}

const load = (f: string) => { const p = join(ROOT, f); assert.ok(existsSync(p)); return parseDockerfile(readFileSync(p, 'utf8')); };
const finalStage = (ins: Instruction[]) => ins.slice(ins.map((i) => i.op).lastIndexOf('FROM'));
const text = (ins: Instruction[], op?: string) => ins.filter((i) => !op || i.op === op).map((i) => i.args).join('\n');

test('the parser joins continuations and drops comments', () => {
  assert.deepEqual(parseDockerfile('# c\nFROM a:1 AS b\nRUN x \\\n  # note\n  && y\n'), [
    { op: 'FROM', args: 'a:1 AS b', line: 2 }, { op: 'RUN', args: 'x && y', line: 3 },
  ]);
  assert.throws(() => lint(parseDockerfile('FROM ubuntu\n'), 't'), /pinned/);
  assert.throws(() => lint(parseDockerfile('FROM debian:12\nRUN apt-get update && apt-get install -y curl\n'), 't'), /no-install-recommends/);
});

test('trainer.Dockerfile passes the lint rules', () => lint(load('infra/trainer.Dockerfile'), 'trainer.Dockerfile'));
test('validate.Dockerfile passes the lint rules', () => lint(load('infra/validate.Dockerfile'), 'validate.Dockerfile'));

test('trainer.Dockerfile has what the trainer needs', () => {
  const all = load('infra/trainer.Dockerfile');
  const fin = finalStage(all);
  assert.match(fin[0]!.args, /^nvidia\/cuda:[\d.]+-(cudnn-)?runtime-/, 'CUDA runtime base');
  const run = text(fin, 'RUN');
  for (const lib of ['libglvnd0', 'libegl1', 'libgles2', 'libopengl0']) assert.match(run, new RegExp(`\\b${lib}\\b`), `EGL/libglvnd: ${lib}`);
  assert.match(run, /glvnd\/egl_vendor\.d\/\d+_nvidia\.json/, 'NVIDIA EGL vendor json');
  assert.match(run, /libEGL_nvidia\.so\.0/);
  assert.match(text(fin, 'ENV'), /NVIDIA_DRIVER_CAPABILITIES=[\w,]*graphics/, 'the toolkit mounts the EGL driver');
  assert.match(run, /\bpython3\b/);
  assert.match(run, /torch==[\d.]+/, 'PyTorch');
  assert.match(run, /download\.pytorch\.org\/whl\/cu\d+/, 'a CUDA build of PyTorch');
  assert.match(run, /PyOpenGL==/, 'PyOpenGL');
  assert.match(text(fin, 'COPY'), /\/usr\/local\/bin\/node/, 'Node');
  // The esbuild-bundled CLI: scripts/bundle.mjs builds it and copies the worker and the migrations beside it.
  assert.match(text(all, 'RUN'), /node scripts\/bundle\.mjs --outdir \/out\/dist/, 'the esbuild-bundled CLI');
  const bundler = readFileSync(join(ROOT, 'scripts/bundle.mjs'), 'utf8');
  assert.match(bundler, /packages\/cli\/src\/main\.ts/);
  assert.ok(existsSync(join(ROOT, 'packages/cli/src/main.ts')));
  assert.match(bundler, /packages\/trainer\/python/, 'the Python worker');
  assert.match(bundler, /packages\/core\/migrations/, 'the migrations');
  assert.match(text(fin, 'ENV'), /PYTHONPATH=\/opt\/shadertrain\/dist\/python/);
  assert.match(text(fin, 'RUN'), /\/opt\/shadertrain\/dist\/shadertrain\.mjs/);
  const user = fin.filter((i) => i.op === 'USER').at(-1);
  assert.ok(user && !/^(root|0)(:|$)/.test(user.args), 'runs as a non-root user');
  assert.match(run, /useradd[^&]*\bshadertrain\b/);
  const entry = JSON.parse(fin.find((i) => i.op === 'ENTRYPOINT')!.args) as string[];
  assert.deepEqual(entry.slice(-3), ['/usr/local/bin/shadertrain', 'trainer', 'serve']);
  const hc = fin.find((i) => i.op === 'HEALTHCHECK');
  assert.ok(hc && /CMD/.test(hc.args) && /--interval=/.test(hc.args), 'healthcheck');
  assert.ok(fin.findIndex((i) => i.op === 'USER') > fin.findIndex((i) => i.op === 'RUN' && /useradd/.test(i.args)));
});

test('validate.Dockerfile: the Lambda Node image with Mesa EGL and Python for the render server', () => {
  const fin = finalStage(load('infra/validate.Dockerfile'));
  assert.match(fin[0]!.args, /^public\.ecr\.aws\/lambda\/nodejs:20/);
  const run = text(fin, 'RUN');
  for (const p of ['mesa-libEGL', 'mesa-dri-drivers', 'python3', 'PyOpenGL==', 'numpy==']) assert.ok(run.includes(p), p);
  assert.match(text(fin, 'ENV'), /EGL_PLATFORM=surfaceless/);
});
