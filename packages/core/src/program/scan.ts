// A single linear pass over the raw text, before any parsing: it finds what must be rejected
// cheaply (binary data, unterminated comments, nesting deep enough to overflow the recursive
// parser) and collects the tokens that dialect detection looks at. Hand-written because it must
// run in bounded time on arbitrary garbage, which the PEG parser does not promise.

export type Scan = {
  /** The text with comments replaced by spaces (newlines kept, so line numbers still match). */
  code: string;
  /** Identifiers in order of appearance (outside comments and preprocessor lines). */
  tokens: string[];
  /** Distinct identifiers, including those on preprocessor lines. */
  identifiers: Set<string>;
  /** Deepest nesting of (), [] and {}. */
  maxDepth: number;
  /** A `#version 300 es` directive is present. */
  version300: boolean;
  /** Texts of all comments, for pass markers such as `// Buffer A`. */
  comments: string[];
  /** Where an unterminated block comment starts, if any. */
  unterminatedComment?: { line: number; column: number };
};

/** Describes the first character that makes `text` binary rather than GLSL source, if any. */
export function findBinary(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return `NUL byte at offset ${i}`;
    if (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) return `control character 0x${c.toString(16).padStart(2, '0')} at offset ${i}`;
    if (c === 0xfffd) return `invalid UTF-8 (replacement character) at offset ${i}`;
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = text.charCodeAt(i + 1);
      if (!(n >= 0xdc00 && n <= 0xdfff)) return `unpaired surrogate at offset ${i}`;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return `unpaired surrogate at offset ${i}`;
  }
  return undefined;
}

const isIdStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isIdPart = (c: number) => isIdStart(c) || (c >= 48 && c <= 57);

/**
 * Scans GLSL source text once.
 *
 * @example
 * scan('void main(){ gl_FragColor = vec4(time); }').tokens // -> ['void', 'main', 'gl_FragColor', 'vec4', 'time']
 */
export function scan(text: string): Scan {
  const out: string[] = [];
  const tokens: string[] = [];
  const identifiers = new Set<string>();
  const comments: string[] = [];
  let depth = 0;
  let maxDepth = 0;
  let version300 = false;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true; // only whitespace so far on this line
  let inDirective = false;
  let unterminatedComment: Scan['unterminatedComment'];
  let chunkStart = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      comments.push(text.slice(i + 2, stop));
      out.push(text.slice(chunkStart, i), ' ');
      i = stop;
      chunkStart = i;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) {
        unterminatedComment = { line, column: i - lineStart + 1 };
        out.push(text.slice(chunkStart, i));
        chunkStart = i = n;
        break;
      }
      const body = text.slice(i + 2, end);
      comments.push(body);
      out.push(text.slice(chunkStart, i), body.replace(/[^\n]/g, ' '));
      for (let k = 0; k < body.length; k++) if (body.charCodeAt(k) === 10) { line++; lineStart = i + 2 + k + 1; }
      i = end + 2;
      chunkStart = i;
      continue;
    }
    if (c === 10) {
      // A backslash-newline continues a preprocessor line.
      if (!(inDirective && text.charCodeAt(i - 1) === 92)) inDirective = false;
      line++;
      lineStart = i + 1;
      atLineStart = true;
      i++;
      continue;
    }
    if (c === 35 /* # */ && atLineStart) {
      inDirective = true;
      atLineStart = false;
      const m = /^#\s*version\s+300\b/.exec(text.slice(i, i + 40));
      if (m) version300 = true;
      i++;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 13) atLineStart = false;
    if (isIdStart(c)) {
      let j = i + 1;
      while (j < n && isIdPart(text.charCodeAt(j))) j++;
      const id = text.slice(i, j);
      identifiers.add(id);
      if (!inDirective) tokens.push(id);
      i = j;
      continue;
    }
    if (!inDirective) {
      if (c === 40 || c === 91 || c === 123) {
        depth++;
        if (depth > maxDepth) maxDepth = depth;
      } else if (c === 41 || c === 93 || c === 125) {
        depth--;
      }
    }
    i++;
  }
  out.push(text.slice(chunkStart));
  return { code: out.join(''), tokens, identifiers, maxDepth, version300, comments, unterminatedComment };
}
