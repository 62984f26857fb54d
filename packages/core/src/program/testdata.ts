// Loads the normalizer's own test programs (testdata/ok: one per dialect, testdata/reject: one
// per rejection reason, with `expect:` in the front matter). Shared by the tests and the bench.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontMatter, type FrontMatter } from './frontmatter.ts';

export const TESTDATA_DIR = fileURLToPath(new URL('./testdata/', import.meta.url));

export type TestProgram = { file: string; meta: FrontMatter; code: string };

/** Reads every .glsl file of testdata/<kind>. */
export function loadTestPrograms(kind: 'ok' | 'reject'): TestProgram[] {
  const dir = join(TESTDATA_DIR, kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.glsl'))
    .sort()
    .map((file) => ({ file, ...parseFrontMatter(readFileSync(join(dir, file), 'utf8'), file) }));
}
