#!/usr/bin/env node
// Finds every *.test.ts beside the code (packages/*/src, tests/, infra/) and runs them with node's
// test runner through tsx. Node 20's runner does not glob .ts files itself, so we list them.
// Usage: node scripts/run-ts-tests.mjs [path-filter ...]
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const roots = ['packages', 'tests', 'infra', 'bench'];
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'python') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts') || name.endsWith('.test.tsx')) files.push(relative(root, p));
  }
}
for (const r of roots) { try { walk(join(root, r)); } catch {} }
const filters = process.argv.slice(2);
const chosen = files.filter((f) => filters.length === 0 || filters.some((x) => f.includes(x))).sort();
if (chosen.length === 0) { console.error('no test files matched'); process.exit(1); }
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...chosen], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
