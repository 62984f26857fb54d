// Public API of @shadertrain/core. Each module appends its own lines.
export { normalize, MAX_NESTING } from './program/normalize.ts';
export type { NormalizeOptions, NormalizeResult, NormalizedProgram, Rejection } from './program/normalize.ts';
export { programId } from './program/id.ts';
export { parseFrontMatter, serializeFrontMatter } from './program/frontmatter.ts';
export type { FrontMatter } from './program/frontmatter.ts';
export { DIALECTS, TWIGL_MODES, dialectInfo, isDialect } from './program/dialect.ts';
export type { Dialect, DialectInfo, TwiglMode } from './program/dialect.ts';
export { REJECT_REASONS, RejectError } from './program/reasons.ts';
export type { RejectReason } from './program/reasons.ts';
export type { Features } from './program/features.ts';
export { STANDARD_INPUTS } from './program/names.ts';
export type { StandardInput } from './program/names.ts';
