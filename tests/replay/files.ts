/** Local fixture files for the file-based sources: a GLSL Sandbox SQLite dump, a shader zip, a program directory. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { zipSync, strToU8 } from 'fflate';
import { DUMP_SCHEMA } from '../../packages/functions/src/sources/glslsandbox.ts';
import { glslSandboxItems, sandboxCode, stImage } from './fixtures.ts';

/** Writes the dump with every `glslSandboxItems` entry plus `extra` generated rows (ids 100..). */
export function writeSandboxDump(path: string, extra = 0): number {
  const db = new Database(path);
  try {
    db.exec(DUMP_SCHEMA);
    const put = db.prepare('INSERT INTO code (id, version, code, user, parent, created) VALUES (?, ?, ?, ?, ?, ?)');
    let n = 0;
    db.transaction(() => {
      for (const [key, it] of Object.entries(glslSandboxItems)) {
        const [id, version] = key.split('.').map(Number);
        put.run(id, version, it.code, it.user || null, it.parent || null, new Date(Date.UTC(2013, 0, id)).toISOString());
        n++;
      }
      put.run(50, 0, '   ', null, null, null); n++; // an empty row
      for (let i = 0; i < extra; i++) { put.run(100 + i, 0, sandboxCode(100 + i), 'bulk', null, null); n++; }
    })();
    return n;
  } finally {
    db.close();
  }
}

/** Shader files in the Shaders21k-like layout plus a metadata file. */
export function shaderArchiveFiles(metadata: 'csv' | 'json'): Record<string, string> {
  const files: Record<string, string> = {
    'shadertoy/aa11/main.frag': stImage(30),
    'shadertoy/bb22/main.frag': stImage(31),
    'glslsandbox/77.0.frag': sandboxCode(32),
    'twigl/geekest-1.glsl': 'o=vec4(FC.xy/r,fract(t),1);',
    'notes/README.md': 'not a shader',
    'empty/nothing.glsl': '\n',
  };
  const rows = [
    { file: 'shadertoy/aa11/main.frag', title: 'Rings, again', author: 'alice', license: 'CC-BY-NC-SA-3.0', url: 'https://www.shadertoy.com/view/aa11', dialect: 'shadertoy' },
    { file: 'shadertoy/bb22/main.frag', title: 'Stripes "quoted"', author: 'bob', license: 'CC0-1.0', url: '', dialect: 'shadertoy' },
    { file: 'glslsandbox/77.0.frag', title: '', author: '', license: '', url: 'https://glslsandbox.com/e#77.0', dialect: 'glslsandbox' },
  ];
  if (metadata === 'json') files['metadata.json'] = JSON.stringify(rows, null, 1);
  else {
    const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    files['metadata.csv'] = ['file,title,author,license,url,dialect', ...rows.map((r) => [r.file, r.title, r.author, r.license, r.url, r.dialect].map(q).join(','))].join('\r\n') + '\r\n';
  }
  return files;
}

export function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
}

export async function writeTree(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), content);
  }
}

/** Program files with front matter, as in `programs/`. */
export function programFiles(): Record<string, string> {
  const fm = (title: string, license: string | null, extra = '') =>
    `/*---\ntitle: ${title}\nauthor: shadertrain tests\n${license ? `license: ${license}\n` : ''}family: rings   # a comment\ntags: [test, "rings"]\n${extra}---*/\n`;
  return {
    'a-rings.glsl': fm('Rings A', 'CC0-1.0') + stImage(40),
    'b-rings.glsl': fm('Rings B', 'CC0-1.0', 'dialect: shadertoy\n') + stImage(41),
    'nested/c-sandbox.glsl': fm('Sandbox C', 'MIT', 'dialect: glslsandbox\n') + sandboxCode(42),
    'd-nolicense.glsl': fm('No license', null) + stImage(43),
    'e-plain.glsl': stImage(44),
    'notes.txt': 'ignored',
  };
}
