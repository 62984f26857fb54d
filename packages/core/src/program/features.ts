import type { Dialect } from './dialect.ts';
import { visit, type Program } from './glsl.ts';
import { calleeName, identifierNames } from './ast-tools.ts';
import { DERIVATIVE_FUNCTIONS, STANDARD_INPUTS, TEXTURE_FUNCTIONS, type StandardInput } from './names.ts';

/** A static description of a canonical body, stored with the program in the catalog. */
export type Features = {
  /** The dialect the program was written in. */
  dialect: Dialect;
  /** Standard inputs the body reads, in the wrapper's order. */
  uniforms: StandardInput[];
  /** for / while / do-while statements. */
  loops: number;
  /** Deepest nesting of loops (0 without loops). */
  maxLoopNesting: number;
  /** Function definitions, mainImage included. */
  functions: number;
  /** UTF-8 size and line count of the canonical body. */
  bytes: number;
  lines: number;
  /** Calls dFdx, dFdy or fwidth. */
  usesDerivatives: boolean;
  /** Calls a texture lookup function. */
  usesTexture: boolean;
};

/**
 * Computes the feature record of a parsed canonical body.
 *
 * @example
 * featuresOf(parse(body), body, 'shadertoy').loops // -> number of loops
 */
export function featuresOf(ast: Program, body: string, dialect: Dialect): Features {
  let loops = 0;
  let depth = 0;
  let maxLoopNesting = 0;
  let usesDerivatives = false;
  let usesTexture = false;
  const loop = {
    enter: () => {
      loops++;
      depth++;
      maxLoopNesting = Math.max(maxLoopNesting, depth);
    },
    exit: () => void depth--,
  };
  visit(ast, {
    for_statement: loop,
    while_statement: loop,
    do_statement: loop,
    function_call: {
      enter: (p) => {
        const name = calleeName(p.node);
        if (name && DERIVATIVE_FUNCTIONS.has(name)) usesDerivatives = true;
        if (name && TEXTURE_FUNCTIONS.has(name)) usesTexture = true;
      },
    },
  });
  // Translated identifiers may hold small expressions (`iResolution.xy`), so split them into words.
  const names = new Set([...identifierNames(ast)].flatMap((n) => n.match(/[A-Za-z_]\w*/g) ?? []));
  return {
    dialect,
    uniforms: STANDARD_INPUTS.filter((u) => names.has(u)),
    loops,
    maxLoopNesting,
    functions: ast.program.filter((n) => n.type === 'function').length,
    bytes: Buffer.byteLength(body, 'utf8'),
    lines: body.endsWith('\n') ? body.split('\n').length - 1 : body.split('\n').length,
    usesDerivatives,
    usesTexture,
  };
}
