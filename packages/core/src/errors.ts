/**
 * The one typed error of shadertrain. `code` is machine-readable (`bad-input` 400, `not-found` 404,
 * `conflict` 409, `config` 500 — a deployment's mistake, ...),
 * `field` names the offending input when there is one. The CLI prints it as one line and the API
 * turns it into `{ error: { code, message, field } }` — each in exactly one place. Every module's own
 * error (CatalogInputError, BlobKeyError, ConfigError, SourceError, ...) is a subclass.
 *
 * @example
 * throw new ShadertrainError('bad-input', 'resolution must be a multiple of 8', { field: 'resolution' });
 */
export class ShadertrainError extends Error {
  readonly code: string;
  readonly field?: string;
  readonly status: number;
  constructor(code: string, message: string, opts: { field?: string; status?: number; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'ShadertrainError';
    this.code = code;
    this.field = opts.field;
    this.status = opts.status ?? statusFor(code);
  }
}

function statusFor(code: string): number {
  switch (code) {
    case 'bad-input': return 400;
    case 'unauthorized': return 401;
    case 'forbidden': return 403;
    case 'not-found': return 404;
    case 'conflict': return 409;
    case 'too-large': return 413;
    default: return 500;
  }
}
