// The one place that imports @shaderfrog/glsl-parser. The package has no exports map that plain
// Node ESM resolves from its root, so its modules are imported by file path.
//
// parse() runs glsl-parser.generated.js, a faster copy of the package's Peggy parser written by
// packages/core/scripts/patch-glsl-parser.mjs (it changes only how rule results are memoized;
// see the script). It builds the same AST for every input the package's parser accepts. When it
// throws, the input is parsed again by the package's own parser, so syntax errors (and their
// messages) are exactly the package's. visit() is a copy of the package's without its per-node
// closures (visit.ts). SHADERTRAIN_GLSL_PARSER=reference turns both copies off.
import referenceParse from '@shaderfrog/glsl-parser/parser/index.js';
import generate from '@shaderfrog/glsl-parser/parser/generator.js';
import preprocess from '@shaderfrog/glsl-parser/preprocessor/index.js';
import { visit as referenceVisit } from '@shaderfrog/glsl-parser/ast/index.js';
import pkg from '@shaderfrog/glsl-parser/package.json' with { type: 'json' };
import * as generated from './glsl-parser.generated.js';
import { visit as fastVisit } from './visit.ts';

export type {
  AstNode,
  Program,
  IdentifierNode,
  FunctionNode,
  FunctionCallNode,
  DeclarationStatementNode,
  DeclaratorListNode,
  DeclarationNode,
} from '@shaderfrog/glsl-parser/ast/index.js';
export type { NodeVisitors, Path } from '@shaderfrog/glsl-parser/ast/visit.js';
export { generate, preprocess };

export type ParserMode = 'fast' | 'reference';

/** The grammarSource the package's parse() passes to Peggy (error.js DEFAULT_GRAMMAR_SOURCE). */
const GRAMMAR_SOURCE = 'location';

let mode: ParserMode = initialMode();

function initialMode(): ParserMode {
  if (process.env.SHADERTRAIN_GLSL_PARSER === 'reference') return 'reference';
  if (generated.SOURCE_VERSION !== pkg.version) {
    console.warn(
      `shadertrain: glsl-parser.generated.js was generated from @shaderfrog/glsl-parser ${generated.SOURCE_VERSION}, ` +
        `but ${pkg.version} is installed; using the package's (slower) parser. ` +
        'Run `node packages/core/scripts/patch-glsl-parser.mjs` to regenerate it.',
    );
    return 'reference';
  }
  return 'fast';
}

/** Chooses the parser and visitor behind parse() and visit() (tests compare the two); returns the previous choice. */
export function setParserMode(next: ParserMode): ParserMode {
  const previous = mode;
  mode = next;
  return previous;
}

export function parserMode(): ParserMode {
  return mode;
}

/** @shaderfrog/glsl-parser's parse(), through the fast generated copy when it is enabled. */
export const parse: typeof referenceParse = (source, options) => {
  if (mode === 'fast') {
    try {
      return generated.parse(source, { grammarSource: GRAMMAR_SOURCE, ...options });
    } catch {
      // Fall through: the package's parser decides, and words the error.
    }
  }
  return referenceParse(source, options);
};

/** @shaderfrog/glsl-parser's visit(), through the copy in visit.ts when the fast mode is on. */
export const visit: typeof referenceVisit = (ast, visitors) => (mode === 'fast' ? fastVisit(ast, visitors) : referenceVisit(ast, visitors));
