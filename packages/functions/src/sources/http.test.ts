import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { HttpClient, parseRetryAfter, redactUrl } from './http.ts';
import { SourceError } from './errors.ts';
import { fastHttp } from './testing.ts';
import { startReplayServer, faults, type ReplayServer } from '../../../../tests/replay/server.ts';

let server: ReplayServer;
before(async () => { server = await startReplayServer(); });
after(() => server.close());

const ok = { json: { ok: true } };
const client = (over = {}) => new HttpClient(fastHttp(over));
async function failure(p: Promise<unknown>): Promise<SourceError> {
  try { await p; } catch (err) { assert.ok(err instanceof SourceError, String(err)); return err; }
  assert.fail('expected a SourceError');
}
async function code(p: Promise<unknown>): Promise<string> {
  try { await p; } catch (err) { assert.ok(err instanceof SourceError, String(err)); return err.code; }
  return 'resolved';
}

test('retries a 429 and waits for Retry-After', async () => {
  server.script('/h/429', [faults.rateLimited(1), ok]);
  const t0 = Date.now();
  assert.deepEqual(await client().getJson(`${server.url}/h/429`), { ok: true });
  assert.ok(Date.now() - t0 >= 950, 'waited for Retry-After: 1');
  assert.equal(server.count('/h/429'), 2);
});

test('retries 500s with backoff, then gives up with http-status', async () => {
  server.script('/h/500', [faults.status(500), faults.status(503), ok]);
  assert.deepEqual(await client().getJson(`${server.url}/h/500`), { ok: true });
  server.script('/h/500-always', faults.status(500));
  const err = await failure(client({ retries: 2 }).getJson(`${server.url}/h/500-always`));
  assert.equal(err.code, 'http-status');
  assert.equal(err.upstreamStatus, 500);
  assert.equal(server.count('/h/500-always'), 3);
});

test('a 404 is not retried', async () => {
  server.script('/h/404', faults.status(404));
  const err = await failure(client().get(`${server.url}/h/404`));
  assert.equal(err.reason, 'http-404');
  assert.equal(server.count('/h/404'), 1);
});

test('a slow answer times out, is retried, and becomes a timeout error', async () => {
  server.script('/h/slow', [{ ...ok, delayMs: 1000 }, ok]);
  assert.deepEqual(await client({ timeoutMs: 100 }).getJson(`${server.url}/h/slow`), { ok: true });
  server.script('/h/slower', { ...ok, delayMs: 1000 });
  assert.equal(await code(client({ timeoutMs: 80, retries: 1 }).getJson(`${server.url}/h/slower`)), 'timeout');
});

test('an HTML challenge page is reported as such and not retried', async () => {
  server.script('/h/challenge', faults.challenge());
  const err = await failure(client().getJson(`${server.url}/h/challenge`));
  assert.equal(err.code, 'challenge-page');
  assert.match(err.message, /challenge page instead of JSON/);
  assert.equal(server.count('/h/challenge'), 1);
  server.script('/h/challenge403', faults.challenge(403));
  assert.equal(await code(client().getJson(`${server.url}/h/challenge403`)), 'challenge-page');
  server.script('/h/text', { body: 'hello', headers: { 'content-type': 'text/plain' } });
  assert.equal(await code(client().getJson(`${server.url}/h/text`)), 'not-json');
});

test('truncated JSON is retried, then reported as truncated-json', async () => {
  const value = { Shaders: 3, Results: ['a', 'b', 'c'] };
  server.script('/h/trunc', [faults.truncatedJson(value), { json: value }]);
  assert.deepEqual(await client().getJson(`${server.url}/h/trunc`), value);
  server.script('/h/trunc-always', faults.truncatedJson(value));
  assert.equal(await code(client({ retries: 1 }).getJson(`${server.url}/h/trunc-always`)), 'truncated-json');
});

test('gigantic bodies are aborted, streamed or declared', async () => {
  server.script('/h/huge', faults.gigantic(64 * 1024 * 1024));
  const t0 = Date.now();
  assert.equal(await code(client({ maxBodyBytes: 256 * 1024 }).get(`${server.url}/h/huge`)), 'body-too-large');
  assert.ok(Date.now() - t0 < 1500, 'aborted early, not after 64 MiB');
  server.script('/h/huge-declared', faults.gigantic(64 * 1024 * 1024, true));
  assert.equal(await code(client({ maxBodyBytes: 256 * 1024 }).get(`${server.url}/h/huge-declared`)), 'body-too-large');
});

test('connection resets are retried as network errors', async () => {
  server.script('/h/reset', [faults.reset(), ok]);
  assert.deepEqual(await client().getJson(`${server.url}/h/reset`), { ok: true });
  server.script('/h/reset-always', faults.reset());
  assert.equal(await code(client({ retries: 1 }).getJson(`${server.url}/h/reset-always`)), 'network');
});

test('request starts are spaced by minIntervalMs', async () => {
  server.script('/h/rate', ok);
  const starts: number[] = [];
  const c = client({ minIntervalMs: 60, fetch: (input: RequestInfo | URL, init?: RequestInit) => { starts.push(performance.now()); return fetch(input, init); } });
  await Promise.all([1, 2, 3, 4].map(() => c.getJson(`${server.url}/h/rate`)));
  assert.equal(starts.length, 4);
  // Slots are spaced from each actual start; the fetch call itself may lag its slot under load, so check the span.
  assert.ok(starts[3] - starts[0] >= 3 * 60 - 10, `span ${starts[3] - starts[0]} ms`);
});

test('the caller can abort', async () => {
  server.script('/h/abort', { ...ok, delayMs: 1000 });
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 50);
  assert.equal((await failure(client().getJson(`${server.url}/h/abort`, { signal: ac.signal }))).code, 'aborted');
});

test('helpers: Retry-After forms and key redaction', () => {
  assert.equal(parseRetryAfter('3'), 3000);
  assert.equal(parseRetryAfter(null), undefined);
  assert.ok((parseRetryAfter(new Date(Date.now() + 5000).toUTCString()) ?? 0) > 3000);
  assert.equal(redactUrl('https://x/api?key=SECRET&from=0'), 'https://x/api?key=***&from=0');
});
