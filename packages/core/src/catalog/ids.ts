import { randomBytes } from 'node:crypto';

/** A readable, time-ordered id such as `run_m3x9k2a1_4f9c2b7e`. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}
