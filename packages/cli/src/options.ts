// Parsing of option values, with errors that name the option.
import { ShadertrainError } from '@shadertrain/core/errors';

export function intOption(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ShadertrainError('bad-input', `--${name} must be an integer in ${min}..${max}, got '${value}'`, { field: name });
  }
  return n;
}
