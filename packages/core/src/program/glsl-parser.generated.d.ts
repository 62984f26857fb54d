// Types of glsl-parser.generated.js (written by packages/core/scripts/patch-glsl-parser.mjs):
// the same module shape as @shaderfrog/glsl-parser/parser/parser.js, plus where it came from.
import type { Program } from '@shaderfrog/glsl-parser/ast/index.js';
import type { ParserOptions } from '@shaderfrog/glsl-parser/parser/parser.js';

export declare function parse(input: string, options?: ParserOptions): Program;
export declare const SyntaxError: new (...args: any[]) => Error;
/** The @shaderfrog/glsl-parser version the file was generated from. */
export declare const SOURCE_VERSION: string;
/** SHA-256 of the parser/parser.js it was generated from. */
export declare const SOURCE_SHA256: string;
