// normalize(): any supported dialect in, one canonical Shadertoy body (or a named rejection) out.
// Steps: cheap checks on the raw text (size, binary, comments, nesting, pass markers) ->
// dialect -> bounded preprocessing -> translation on the AST -> the canonical pass.
import { canonicalize } from './canonical.ts';
import { detectDialect } from './detect.ts';
import { DIALECTS, dialectInfo, type Dialect } from './dialect.ts';
import type { Features } from './features.ts';
import { preprocess } from './glsl.ts';
import { programId } from './id.ts';
import { estimateExpansion } from './macros.ts';
import { RejectError, reject, type RejectReason } from './reasons.ts';
import { findBinary, scan } from './scan.ts';
import { translate } from './translate.ts';
import { parserFailure } from './ast-tools.ts';

export type NormalizeOptions = {
  /** The source dialect; 'auto' (default) detects it. */
  dialect?: Dialect | 'auto';
  /** Largest accepted input and output, in UTF-8 bytes (default 64 KiB). */
  maxBytes?: number;
};

export type NormalizedProgram = { id: string; body: string; dialect: Dialect; features: Features };

export type Rejection = {
  ok: false;
  reason: RejectReason;
  detail: string;
  /** `reason: detail`, e.g. `syntax-error: 3:14 Expected ";"`. */
  message: string;
};

export type NormalizeResult = { ok: true; program: NormalizedProgram } | Rejection;

const DEFAULTS = { dialect: 'auto', maxBytes: 64 * 1024 } satisfies Required<NormalizeOptions>;

/** Deeper bracket nesting than this is rejected before the recursive parser can overflow. */
export const MAX_NESTING = 200;

/** `// Buffer A`-style headers that mark several Shadertoy passes pasted into one file. */
const PASS_MARKER = /^[\s\-=*#]*(buffer\s*[a-d]|cube\s*(map\s*)?a|sound)(\s*(pass|tab))?[\s\-=*:]*$/i;

/**
 * Turns a program in any supported dialect into the canonical Shadertoy body, its content id
 * and its feature record, or says why it cannot. Never throws on bad program text.
 *
 * @example
 * const r = normalize('uniform float time; void main(){ gl_FragColor = vec4(sin(time)); }');
 * if (r.ok) r.program.body // -> 'void mainImage(out vec4 fragColor, in vec2 fragCoord){ fragColor = vec4(sin(iTime)); }\n'
 * else console.log(r.message) // e.g. 'uses-channel-input: reads iChannel0'
 */
export function normalize(code: string | Uint8Array, options: NormalizeOptions = {}): NormalizeResult {
  const opts = { ...DEFAULTS, ...options };
  if (!Number.isInteger(opts.maxBytes) || opts.maxBytes <= 0) {
    throw new RangeError(`normalize: options.maxBytes must be a positive integer, got ${String(opts.maxBytes)}`);
  }
  if (typeof code !== 'string' && !(code instanceof Uint8Array)) {
    throw new TypeError(`normalize: code must be a string or Uint8Array, got ${code === null ? 'null' : typeof code}`);
  }
  try {
    return { ok: true, program: run(code, opts.dialect, opts.maxBytes) };
  } catch (e) {
    const r = e instanceof RejectError ? e : internalFailure(e);
    return { ok: false, reason: r.reason, detail: r.detail, message: `${r.reason}: ${r.detail}` };
  }
}

function internalFailure(e: unknown): RejectError {
  if (e instanceof RangeError) return new RejectError('too-complex', `the parser ran out of stack (${e.message})`);
  const msg = e instanceof Error ? e.message : String(e);
  return new RejectError('syntax-error', `the parser failed: ${msg.split('\n')[0].slice(0, 200)}`);
}

function run(input: string | Uint8Array, dialectOpt: string, maxBytes: number): NormalizedProgram {
  const text = decode(input, maxBytes);
  const problem = findBinary(text);
  if (problem) reject('binary', problem);
  if (text.trim() === '') reject('empty', 'the source is empty');

  const s = scan(text);
  if (s.unterminatedComment) {
    reject('syntax-error', `${s.unterminatedComment.line}:${s.unterminatedComment.column} unterminated /* comment`);
  }
  if (s.code.trim() === '') reject('empty', 'the source holds only comments');
  if (s.maxDepth > MAX_NESTING) reject('too-complex', `brackets nest ${s.maxDepth} deep (limit ${MAX_NESTING})`);
  const marker = s.comments.find((c) => PASS_MARKER.test(c));
  if (marker !== undefined) reject('multipass', `pass marker comment '${marker.trim()}'`);

  let dialect: Dialect;
  if (dialectOpt === 'auto') {
    const found = detectDialect(s);
    if (!found) reject('no-entry-point', 'defines neither mainImage nor main, and is not twigl geekest code');
    dialect = found;
  } else {
    if (!dialectInfo(dialectOpt)) reject('unsupported-dialect', `unknown dialect '${dialectOpt}' (known: ${DIALECTS.join(', ')})`);
    dialect = dialectOpt as Dialect;
  }
  const info = dialectInfo(dialect)!;

  const estimate = estimateExpansion(s.code, 4 * maxBytes);
  if (estimate > 4 * maxBytes) reject('too-large', `macro expansion would produce over ${4 * maxBytes} bytes`);
  let pre: string;
  try {
    const defines: Record<string, string> = { GL_ES: '1', __VERSION__: info.es300 ? '300' : '100' };
    if (info.mode === 'geekest') defines.FC = 'gl_FragCoord';
    pre = preprocess(s.code, { defines });
  } catch (e) {
    throw parserFailure(e, 0, 'preprocess-error');
  }
  if (pre.length > 4 * maxBytes) reject('too-large', `preprocessed source is ${pre.length} characters`);
  const depth = scan(pre).maxDepth;
  if (depth > MAX_NESTING) reject('too-complex', `brackets nest ${depth} deep after macro expansion (limit ${MAX_NESTING})`);

  const { body, features } = canonicalize(translate(pre, info), dialect, maxBytes);
  return { id: programId(body), body, dialect, features };
}

// Size is checked before anything else looks at the text, so huge inputs cost nothing.
function decode(input: string | Uint8Array, maxBytes: number): string {
  if (typeof input === 'string') {
    // A string of n UTF-16 units encodes to at least n bytes; skip the exact count when it is over.
    if (input.length > maxBytes) reject('too-large', `source is at least ${input.length} bytes (limit ${maxBytes})`);
    const bytes = Buffer.byteLength(input, 'utf8');
    if (bytes > maxBytes) reject('too-large', `source is ${bytes} bytes (limit ${maxBytes})`);
    return input.replace(/^\uFEFF/, '');
  }
  if (input.byteLength > maxBytes) reject('too-large', `source is ${input.byteLength} bytes (limit ${maxBytes})`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return reject('binary', 'not valid UTF-8');
  }
}
