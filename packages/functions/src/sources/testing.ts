import type { HttpOptions } from './http.ts';

/** HTTP options for tests against the replay server: no politeness delay, millisecond backoff, short timeouts. */
export const fastHttp = (over: Partial<HttpOptions> = {}): Partial<HttpOptions> => ({
  minIntervalMs: 0, retries: 3, baseBackoffMs: 5, maxBackoffMs: 20, timeoutMs: 2000, random: () => 1, ...over,
});
