// Small helpers over @shaderfrog/glsl-parser's AST and errors.
import { parse, visit, type AstNode, type Program } from './glsl.ts';
import { RejectError } from './reasons.ts';

type AnyNode = AstNode | Program;

/**
 * Every node under `root` that carries a name: identifiers (variables, parameters, declared
 * functions) and type names (called functions, constructors, structs).
 */
export function identifiers(root: AnyNode): { identifier: string; whitespace?: unknown }[] {
  const found: { identifier: string }[] = [];
  visit(root, {
    identifier: { enter: (p) => void found.push(p.node) },
    type_name: { enter: (p) => void found.push(p.node) },
  });
  return found;
}

/** The node holding a called function's name (rename it by assigning `.identifier`). */
export function calleeNode(call: { identifier: any }): { identifier: string } | undefined {
  const id = call.identifier;
  if (id?.type === 'identifier') return id;
  if (id?.type === 'type_specifier' && (id.specifier?.type === 'type_name' || id.specifier?.type === 'identifier')) return id.specifier;
  return undefined;
}

/** True for a top-level `precision highp float;` statement. */
export function isPrecision(n: any): boolean {
  return n.type === 'precision' || (n.type === 'declaration_statement' && n.declaration?.type === 'precision');
}

/** Names of all identifiers under `root`. */
export function identifierNames(root: AnyNode): Set<string> {
  return new Set(identifiers(root).map((n) => n.identifier));
}

/** The name a function call calls (constructors such as `vec2(...)` included). */
export function calleeName(call: { identifier: any }): string | undefined {
  const id = call.identifier;
  if (id?.type === 'identifier') return id.identifier;
  if (id?.type === 'type_specifier') {
    const s = id.specifier;
    return s?.type === 'identifier' || s?.type === 'type_name' ? s.identifier : s?.token;
  }
  return undefined;
}

/** Top-level function definitions with their names. */
export function functionDefinitions(ast: Program): { name: string; node: any; index: number }[] {
  const out: { name: string; node: any; index: number }[] = [];
  ast.program.forEach((node: any, index) => {
    if (node.type === 'function') out.push({ name: node.prototype.header.name.identifier, node, index });
  });
  return out;
}

/** The qualifier keywords (uniform, varying, in, out, const, ...) of a top-level declaration. */
export function qualifierTokens(stmt: any): string[] {
  const q = stmt?.declaration?.specified_type?.qualifiers ?? [];
  return q.map((k: any) => (k.type === 'keyword' ? k.token : k.type === 'layout_qualifier' ? 'layout' : '')).filter(Boolean);
}

/** The type keyword or name of a top-level declaration (e.g. `float`, `sampler2D`). */
export function declaredType(stmt: any): string | undefined {
  const s = stmt?.declaration?.specified_type?.specifier?.specifier;
  return s?.token ?? s?.identifier;
}

/** Removes one `declaration` from its statement; returns true when the statement is now empty. */
export function removeDeclaration(stmt: any, decl: any): boolean {
  const list = stmt.declaration;
  const i = list.declarations.indexOf(decl);
  if (i < 0) return false;
  list.declarations.splice(i, 1);
  if (list.commas?.length) list.commas.splice(Math.max(0, i - 1), 1);
  return list.declarations.length === 0;
}

/**
 * Parses GLSL, turning the parser's errors into rejections: a syntax error keeps its position
 * (shifted by `lineOffset` lines of text the normalizer prepended), a stack overflow on deeply
 * nested code becomes `too-complex`.
 */
export function parseOrReject(source: string, lineOffset = 0): Program {
  try {
    return parse(source, { quiet: true });
  } catch (e) {
    throw parserFailure(e, lineOffset, 'syntax-error');
  }
}

/** Converts an exception from the parser or preprocessor into a RejectError. */
export function parserFailure(e: unknown, lineOffset: number, reason: 'syntax-error' | 'preprocess-error'): unknown {
  if (e instanceof RangeError) {
    return new RejectError('too-complex', `nesting too deep for the parser (${e.message})`);
  }
  const err = e as { message?: string; location?: { start?: { line: number; column: number } } };
  if (typeof err?.message !== 'string') return e;
  const first = err.message.replace(/^(Error:\s*)+/, '').split('\n')[0].trim();
  const start = err.location?.start;
  const where = start ? `${Math.max(1, start.line - lineOffset)}:${start.column} ` : '';
  return new RejectError(reason, `${where}${first}`.slice(0, 300));
}
