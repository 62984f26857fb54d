/**
 * Why a program was rejected. Each is a category the catalog can group by; the human-readable
 * specifics go in `detail` (e.g. reason `syntax-error`, detail `3:14 Expected ";"`).
 */
export type RejectReason =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'too-complex'
  | 'unsupported-dialect'
  | 'preprocess-error'
  | 'syntax-error'
  | 'no-entry-point'
  | 'multipass'
  | 'uses-channel-input'
  | 'uses-keyboard'
  | 'uses-sound'
  | 'uses-video';

export const REJECT_REASONS: readonly RejectReason[] = [
  'empty', 'binary', 'too-large', 'too-complex', 'unsupported-dialect', 'preprocess-error', 'syntax-error',
  'no-entry-point', 'multipass', 'uses-channel-input', 'uses-keyboard', 'uses-sound', 'uses-video',
];

/** Thrown inside the normalizer and turned into a `{ ok: false }` result in exactly one place. */
export class RejectError extends Error {
  readonly reason: RejectReason;
  readonly detail: string;
  constructor(reason: RejectReason, detail: string) {
    super(`${reason}: ${detail}`);
    this.name = 'RejectError';
    this.reason = reason;
    this.detail = detail;
  }
}

/** Shorthand used by the normalizer's steps. */
export function reject(reason: RejectReason, detail: string): never {
  throw new RejectError(reason, detail);
}
