// The front-matter block that opens every file in programs/ (docs/architecture.md):
//   /*---
//   title: Folded Lanterns
//   tags: [symmetry, palette]
//   dialect: shadertoy        # a trailing comment
//   ---*/
// A block comment keeps the file valid GLSL. The format is a tiny subset of YAML (one `key: value`
// per line, `[a, b]` lists), parsed by hand so errors can name the file, line and key.
import { ShadertrainError } from '../errors.ts';

export type FrontMatter = {
  title?: string;
  author?: string;
  license?: string;
  family?: string;
  dialect?: string;
  source?: string;
  tags?: string[];
  [key: string]: string | string[] | undefined;
};

const OPEN = '/*---';
const CLOSE = '---*/';
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Keys whose value is always a list. */
const LIST_KEYS = new Set(['tags']);

/**
 * Splits a program file into its front matter and its code. A file without front matter gives
 * `{ meta: {}, code: text }`; a malformed block throws a ShadertrainError ('bad-input') that names
 * the file, the line and the key.
 *
 * @example
 * parseFrontMatter('/*---\ntitle: Rings\ntags: [a, b]\n---*\/\nvoid mainImage(...) {}', 'rings.glsl')
 * // -> { meta: { title: 'Rings', tags: ['a', 'b'] }, code: 'void mainImage(...) {}' }
 */
export function parseFrontMatter(text: string, file = '<input>'): { meta: FrontMatter; code: string } {
  const start = text.replace(/^\uFEFF/, '');
  const lead = start.length - start.trimStart().length;
  if (!start.startsWith(OPEN, lead)) return { meta: {}, code: text };
  const bodyStart = lead + OPEN.length;
  const end = start.indexOf(CLOSE, bodyStart);
  if (end < 0) throw bad(file, 1, undefined, `front matter opened with '${OPEN}' is never closed with '${CLOSE}'`);
  const meta: FrontMatter = {};
  const firstLine = start.slice(0, bodyStart).split('\n').length;
  start.slice(bodyStart, end).split('\n').forEach((raw, i) => {
    const lineNo = firstLine + i;
    const line = stripComment(raw).trim();
    if (line === '') return;
    const colon = line.indexOf(':');
    if (colon < 0) throw bad(file, lineNo, undefined, `expected 'key: value', got '${line.slice(0, 60)}'`);
    const key = line.slice(0, colon).trim();
    if (!KEY.test(key)) throw bad(file, lineNo, key, `'${key}' is not a valid key (letters, digits, _ and -)`);
    if (key in meta) throw bad(file, lineNo, key, `key '${key}' appears twice`);
    const value = line.slice(colon + 1).trim();
    if (value.startsWith('[')) {
      if (!value.endsWith(']')) throw bad(file, lineNo, key, `list for '${key}' is missing its closing ']'`);
      meta[key] = value.slice(1, -1).split(',').map(unquote).filter((v) => v !== '');
    } else if (LIST_KEYS.has(key)) {
      throw bad(file, lineNo, key, `'${key}' must be a list like [a, b], got '${value}'`);
    } else {
      meta[key] = unquote(value);
    }
  });
  const code = start.slice(end + CLOSE.length).replace(/^[ \t]*\r?\n/, '');
  return { meta, code };
}

/**
 * Writes front matter and code back into one file text; parseFrontMatter reads it back unchanged.
 *
 * @example
 * serializeFrontMatter({ title: 'Rings', tags: ['a'] }, 'void mainImage(...) {}\n')
 * // -> '/*---\ntitle: Rings\ntags: [a]\n---*\/\nvoid mainImage(...) {}\n'
 */
export function serializeFrontMatter(meta: FrontMatter, code: string): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(meta)) {
    if (value === undefined) continue;
    if (!KEY.test(key)) throw new ShadertrainError('bad-input', `front matter key '${key}' is not valid`, { field: key });
    const items = Array.isArray(value) ? value : [value];
    for (const v of items) {
      if (typeof v !== 'string' || /[\n\r]/.test(v) || v.includes(CLOSE)) {
        throw new ShadertrainError('bad-input', `front matter value for '${key}' must be a one-line string without '${CLOSE}'`, { field: key });
      }
    }
    lines.push(Array.isArray(value) ? `${key}: [${value.map(quoteIfNeeded).join(', ')}]` : `${key}: ${quoteIfNeeded(value)}`);
  }
  return `${OPEN}\n${lines.join('\n')}${lines.length ? '\n' : ''}${CLOSE}\n${code}`;
}

// `#` starts a comment only after whitespace, so values such as URLs with fragments survive.
function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

function quoteIfNeeded(v: string): string {
  return v === '' || /^\s|\s$|[#,[\]"']|^'|:\s/.test(v) ? JSON.stringify(v) : v;
}

function bad(file: string, line: number, key: string | undefined, message: string): ShadertrainError {
  return new ShadertrainError('bad-input', `${file}:${line}: malformed front matter: ${message}`, { field: key ?? 'front-matter' });
}
