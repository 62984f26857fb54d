// The one place that imports @shaderfrog/glsl-parser. The package has no exports map that plain
// Node ESM resolves from its root, so its modules are imported by file path.
import parse from '@shaderfrog/glsl-parser/parser/index.js';
import generate from '@shaderfrog/glsl-parser/parser/generator.js';
import preprocess from '@shaderfrog/glsl-parser/preprocessor/index.js';
import { visit } from '@shaderfrog/glsl-parser/ast/index.js';

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
export { parse, generate, preprocess, visit };
