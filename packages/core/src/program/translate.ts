// Rewrites a GLSL Sandbox or twigl program (already preprocessed) into a Shadertoy image pass,
// on the AST: standard inputs become the Shadertoy uniforms, `main` becomes `mainImage`, the
// output variable becomes `fragColor`, ES 1.00 names become ES 3.00 names. The canonical pass
// (canonical.ts) then checks and prints the result.
import type { DialectInfo } from './dialect.ts';
import { visit, type Program } from './glsl.ts';
import { calleeNode, isPrecision, functionDefinitions, identifiers, parseOrReject, qualifierTokens, removeDeclaration } from './ast-tools.ts';
import { ES100_TEXTURE_FUNCTIONS, ES300_ONLY_NAMES, INTRODUCED_NAMES, MOUSE_01, SURFACE_POSITION } from './names.ts';
import { reject, type RejectReason } from './reasons.ts';
import { TWIGL_BUILTINS, TWIGL_BUILTIN_NAMES } from './twigl-builtins.ts';

/** What a dialect's input becomes: an expression, or a rejection when the program reads it. */
type InputMap = Record<string, { to: string } | { reject: RejectReason; detail: string }>;

const FRAME = 'float(iFrame)';
const backbuffer = (name: string) => ({ reject: 'uses-channel-input' as const, detail: `samples the previous frame through '${name}'` });
const sound = (name: string) => ({ reject: 'uses-sound' as const, detail: `reads the audio level '${name}'` });

const SANDBOX_INPUTS: InputMap = {
  time: { to: 'iTime' },
  resolution: { to: 'iResolution.xy' },
  mouse: { to: MOUSE_01 },
  surfacePosition: { to: SURFACE_POSITION },
  backbuffer: backbuffer('backbuffer'),
};
const CLASSIC_INPUTS: InputMap = {
  time: { to: 'iTime' },
  resolution: { to: 'iResolution.xy' },
  mouse: { to: MOUSE_01 },
  frame: { to: FRAME },
  sound: sound('sound'),
  backbuffer: backbuffer('backbuffer'),
};
const GEEK_INPUTS: InputMap = {
  t: { to: 'iTime' },
  r: { to: 'iResolution.xy' },
  m: { to: MOUSE_01 },
  f: { to: FRAME },
  s: sound('s'),
  b: backbuffer('b'),
};

/** twigl declares these itself in geeker and geekest modes (one line, so errors keep their lines). */
const GEEKER_UNIFORMS = 'uniform vec2 r;uniform vec2 m;uniform float t;uniform float f;uniform float s;uniform sampler2D b;';

/**
 * Translates one preprocessed program into a Shadertoy-dialect AST (Shadertoy input is only
 * parsed). Throws RejectError for what cannot be translated.
 *
 * @example
 * generate(translate('uniform float time; void main(){ gl_FragColor = vec4(time); }', dialectInfo('glslsandbox')!))
 * // -> 'void mainImage(out vec4 fragColor, in vec2 fragCoord){ fragColor = vec4(iTime); }'
 */
export function translate(code: string, info: DialectInfo): Program {
  if (info.family === 'shadertoy') return parseOrReject(code);
  const mode = info.mode;
  const inputs = info.family === 'glslsandbox' ? SANDBOX_INPUTS : mode === 'classic' ? CLASSIC_INPUTS : GEEK_INPUTS;

  // Build what twigl itself would compile: its declarations and implicit main(). The helper
  // library is added after parsing, and only the helpers the program reaches (parsing is the
  // expensive step, so the library is parsed once per process, not once per program).
  let prelude = '';
  if (mode === 'geeker' || mode === 'geekest') prelude += GEEKER_UNIFORMS + (info.es300 ? 'out vec4 o;' : '') + '\n';
  let source = code;
  // twigl's own test for an explicit main in geekest mode.
  if (mode === 'geekest' && !/void\s+main\s*\(/.test(code)) {
    prelude += 'void main(){\n';
    source = code + '\n}';
  }
  const lineOffset = prelude.split('\n').length - 1;
  const ast = parseOrReject(prelude + source, lineOffset);

  renameCollisions(ast, info.es300);

  const main = functionDefinitions(ast).filter((f) => f.name === 'main');
  if (main.length === 0) reject('no-entry-point', `no 'void main()' in ${info.dialect} program`);
  if (main.length > 1) reject('multipass', `'main' is defined ${main.length} times`);
  const mainIds = new Set(identifiers(main[0].node.body));

  mapInputs(ast, inputs);
  mapOutput(ast, info.es300, mainIds);
  if (!info.es300) renameTextureFunctions(ast);
  toMainImage(ast, main[0].node);
  ast.program = ast.program.filter((n) => !isPrecision(n));
  if (mode === 'geekest') addBuiltins(ast);
  return ast;
}

// A program's own names that clash with names the translation introduces get a `_` suffix.
function renameCollisions(ast: Program, es300: boolean) {
  const declared = new Set<string>();
  if (!es300) {
    for (const scope of ast.scopes) {
      for (const [name, b] of Object.entries(scope.bindings)) if (b.declaration) declared.add(name);
      for (const [name, sigs] of Object.entries(scope.functions)) {
        if (Object.values(sigs).some((s: any) => s.declaration) && !TWIGL_BUILTIN_NAMES.has(name)) declared.add(name);
      }
    }
  }
  for (const id of identifiers(ast)) {
    if (INTRODUCED_NAMES.has(id.identifier) || (declared.has(id.identifier) && ES300_ONLY_NAMES.has(id.identifier))) {
      id.identifier += '_';
    }
  }
}

// Standard inputs declared at global scope (by the program, or by the twigl prelude) become
// Shadertoy expressions; their declarations go. Scope-aware: a local `float t` is left alone.
function mapInputs(ast: Program, inputs: InputMap) {
  const global = ast.scopes[0];
  const emptied = new Set<any>();
  for (const stmt of ast.program as any[]) {
    if (stmt.type !== 'declaration_statement' || stmt.declaration?.type !== 'declarator_list') continue;
    const q = qualifierTokens(stmt);
    if (!q.includes('uniform') && !q.includes('varying') && !q.includes('in')) continue;
    for (const decl of [...stmt.declaration.declarations]) {
      const name: string = decl.identifier.identifier;
      const map = inputs[name];
      const binding = global.bindings[name];
      // The parser records the first declarator by its identifier, later ones by the declaration.
      if (!map || !binding || (binding.declaration !== decl.identifier && binding.declaration !== decl)) continue;
      const uses = binding.references.filter((r: any) => r !== decl.identifier);
      if ('reject' in map) {
        if (uses.length > 0) reject(map.reject, map.detail);
      } else {
        for (const ref of uses as any[]) ref.identifier = map.to;
      }
      if (removeDeclaration(stmt, decl)) emptied.add(stmt);
    }
  }
  ast.program = ast.program.filter((n) => !emptied.has(n));
}

// The program's output (gl_FragColor in ES 1.00, its one `out vec4` in ES 3.00) becomes the
// `fragColor` parameter of mainImage, so it may only be written inside main.
function mapOutput(ast: Program, es300: boolean, mainIds: Set<unknown>) {
  const outside = (name: string) =>
    reject('unsupported-dialect', `'${name}' is used outside main(), where mainImage's fragColor is not in scope`);
  if (!es300) {
    for (const id of identifiers(ast)) {
      if (id.identifier === 'gl_FragData') reject('unsupported-dialect', 'writes gl_FragData (use gl_FragColor)');
      if (id.identifier === 'gl_FragColor') {
        if (!mainIds.has(id)) outside('gl_FragColor');
        id.identifier = 'fragColor';
      }
    }
    return;
  }
  const outs: { stmt: any; decl: any }[] = [];
  for (const stmt of ast.program as any[]) {
    if (stmt.type !== 'declaration_statement' || stmt.declaration?.type !== 'declarator_list') continue;
    if (!qualifierTokens(stmt).includes('out')) continue;
    for (const decl of stmt.declaration.declarations) outs.push({ stmt, decl });
  }
  if (outs.length > 1) reject('multipass', `declares ${outs.length} outputs (multiple render targets)`);
  if (outs.length === 0) return;
  const { stmt, decl } = outs[0];
  const name: string = decl.identifier.identifier;
  const binding = ast.scopes[0].bindings[name];
  for (const ref of (binding?.references ?? []) as any[]) {
    if (ref === decl.identifier) continue;
    if (!mainIds.has(ref)) outside(name);
    ref.identifier = 'fragColor';
  }
  if (removeDeclaration(stmt, decl)) ast.program = ast.program.filter((n) => n !== stmt);
}

function renameTextureFunctions(ast: Program) {
  visit(ast, {
    function_call: {
      enter: (p) => {
        const id = calleeNode(p.node);
        const to = id ? ES100_TEXTURE_FUNCTIONS[id.identifier] : undefined;
        if (id && to) id.identifier = to;
      },
    },
  });
}

// `void main()` / `void main(void)` -> `void mainImage(out vec4 fragColor, in vec2 fragCoord)`.
function toMainImage(ast: Program, main: any) {
  const template: any = structuredClone(cachedParse('void mainImage(out vec4 fragColor, in vec2 fragCoord){}')[0]);
  const proto = main.prototype;
  proto.header.name.identifier = 'mainImage';
  proto.parameters = template.prototype.parameters;
  proto.commas = template.prototype.commas;
  // Drop stray prototypes `void main();` that would now declare a function without a body.
  ast.program = ast.program.filter((n: any) => !(n.type === 'declaration_statement' && n.declaration?.type === 'function_prototype' && n.declaration.header?.name?.identifier === 'main'));
}

const parsed = new Map<string, any[]>();
function cachedParse(source: string): any[] {
  let nodes = parsed.get(source);
  if (!nodes) parsed.set(source, (nodes = parseOrReject(source).program));
  return nodes;
}

// Adds the twigl helpers the program calls (and those they call) that it does not define itself.
function addBuiltins(ast: Program) {
  const defined = new Set<string>([
    ...functionDefinitions(ast).map((f) => f.name),
    ...Object.keys(ast.scopes[0].bindings).filter((n) => ast.scopes[0].bindings[n].declaration),
  ]);
  const wanted = new Set<string>();
  const queue = identifiers(ast).map((x) => x.identifier).filter((n) => TWIGL_BUILTIN_NAMES.has(n) && !defined.has(n));
  while (queue.length) {
    const name = queue.pop()!;
    if (wanted.has(name)) continue;
    wanted.add(name);
    queue.push(...(BUILTIN_DEPS.get(name) ?? []));
  }
  const nodes = TWIGL_BUILTINS.filter((b) => wanted.has(b.name)).flatMap((b) => structuredClone(cachedParse(b.source)));
  ast.program = [...nodes, ...ast.program] as Program['program'];
}

// Which helpers each helper calls, read from the library's own (fixed) source text.
const BUILTIN_DEPS = new Map(
  TWIGL_BUILTINS.map((b) => [b.name, [...b.source.matchAll(/[A-Za-z_]\w*/g)].map((m) => m[0]).filter((n) => n !== b.name && TWIGL_BUILTIN_NAMES.has(n))]),
);
