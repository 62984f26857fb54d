// The canonical pass: every program ends here as Shadertoy GLSL. It rejects what the catalog
// cannot render, makes the body wrapper-ready (no precision statements or directives,
// gl_FragCoord -> _st_FragCoord), prints it with normalized whitespace and describes it.
// Running it on its own output changes nothing, which makes normalization idempotent.
import type { Dialect } from './dialect.ts';
import { generate, visit, type Program } from './glsl.ts';
import { calleeName, isPrecision, functionDefinitions, identifiers, qualifierTokens, declaredType } from './ast-tools.ts';
import { featuresOf, type Features } from './features.ts';
import { reject } from './reasons.ts';

/**
 * Checks and prints a parsed Shadertoy-dialect program (from translate()).
 *
 * @example
 * canonicalize(parse('void mainImage(out vec4 c, in vec2 p){ c = vec4(gl_FragCoord.x); }'), 'shadertoy', 65536).body
 * // -> 'void mainImage(out vec4 c, in vec2 p){ c = vec4(_st_FragCoord.x); }\n'
 */
export function canonicalize(ast: Program, dialect: Dialect, maxBytes: number): { body: string; features: Features } {
  rejectUnrenderable(ast);
  ast.program = ast.program.filter((n) => !isPrecision(n) && n.type !== 'preprocessor');
  for (const id of identifiers(ast)) if (id.identifier === 'gl_FragCoord') id.identifier = '_st_FragCoord';
  const body = tidy(generate(ast));
  if (body.trim() === '') reject('empty', 'no code left after preprocessing');
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > maxBytes) reject('too-large', `normalized body is ${bytes} bytes (limit ${maxBytes}), e.g. after macro expansion`);
  return { body, features: featuresOf(ast, body, dialect) };
}

/** Whitespace that carries no meaning: trailing spaces, runs of blank lines, CRLF. */
export function tidy(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[ \t\f\v]+$/, ''));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\s+$/, '') + '\n';
}

function rejectUnrenderable(ast: Program) {
  // Keyboard state is read as texelFetch(iChannelN, ivec2(key, row), 0) with row 0, 1 or 2.
  visit(ast, {
    function_call: {
      enter: (p) => {
        const name = calleeName(p.node);
        const args = (p.node.args ?? []).filter((a: any) => !(a.type === 'literal' && a.literal === ','));
        if ((name === 'texelFetch' || name === 'texture') && args[0]?.type === 'identifier' && /^iChannel\d$/.test((args[0] as any).identifier)) {
          const coord: any = args[1];
          if (coord?.type === 'function_call' && calleeName(coord) === 'ivec2') {
            const parts = coord.args.filter((a: any) => !(a.type === 'literal' && a.literal === ','));
            const row = parts[1] ? generate(parts[1]).trim() : '';
            if (/^[012]$/.test(row)) reject('uses-keyboard', `reads keyboard state through ${(args[0] as any).identifier}`);
          }
        }
      },
    },
  });
  const names = new Set(identifiers(ast).map((n) => n.identifier));
  if (names.has('iChannelTime')) reject('uses-video', 'reads iChannelTime (a video or music channel)');
  for (const n of names) {
    if (/^iChannel(\d|Resolution)$/.test(n)) reject('uses-channel-input', `reads ${n}`);
  }
  for (const stmt of ast.program as any[]) {
    if (stmt.type !== 'declaration_statement' || stmt.declaration?.type !== 'declarator_list') continue;
    const q = qualifierTokens(stmt);
    const type = declaredType(stmt) ?? '';
    const names = stmt.declaration.declarations.map((d: any) => d.identifier.identifier).join(', ');
    if (/^[iu]?sampler/.test(type)) reject('uses-channel-input', `declares the sampler uniform '${names}'`);
    if (q.includes('in') || q.includes('out') || q.includes('varying') || q.includes('attribute')) {
      reject('unsupported-dialect', `declares the shader ${q.join(' ')} variable '${names}'; the wrapper owns inputs and outputs`);
    }
  }
  const defs = functionDefinitions(ast);
  const count = (name: string) => defs.filter((d) => d.name === name).length;
  const images = count('mainImage');
  if (count('mainSound') > 0) {
    if (images > 0) reject('multipass', 'defines mainSound, a second (sound) pass');
    reject('uses-sound', 'defines only mainSound, a sound pass');
  }
  if (images === 0) reject('no-entry-point', "no 'void mainImage(out vec4, in vec2)' defined");
  if (images > 1) reject('multipass', `'mainImage' is defined ${images} times (several passes in one file)`);
  if (count('main') > 0) reject('unsupported-dialect', "defines both mainImage and main(); the wrapper owns main()");
}
