// The gallery in headless Chromium (Debian's, through playwright-core): the grid shows thumbnails,
// a live WebGL2 preview draws non-blank pixels, the run page draws a chart. Screenshots are saved
// under $SHADERTRAIN_TEST_ARTIFACTS (default test-results/).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve, type RunningServer } from '../packages/functions/src/handlers/node.ts';
import { seedCatalog, type Seeded } from './api-fixtures.ts';
import { openStores, type Stores } from './api-stores.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const artifacts = process.env.SHADERTRAIN_TEST_ARTIFACTS ?? 'test-results';
// SwiftShader gives WebGL2 without a GPU.
const FLAGS = ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

let stores: Stores;
let seeded: Seeded;
let server: RunningServer;
let browser: Browser;
let page: Page;
const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium)`;

before(async () => {
  if (skip) return;
  mkdirSync(artifacts, { recursive: true });
  stores = await openStores({ db: 'pglite', blobs: 'file' });
  seeded = await seedCatalog(stores.database.db, stores.blobs, { count: 12 });
  server = await serve({ port: 0, database: stores.database, blobs: stores.blobs });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  // No external requests: anything not on our server fails the test.
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) throw new Error(`external request ${r.url()}`); });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await stores?.close();
});

test('the grid shows thumbnails', { skip, timeout: 60_000 }, async () => {
  const external: string[] = [];
  page.on('requestfailed', (r) => external.push(r.url()));
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => [...document.querySelectorAll('.card img')].every((i) => (i as HTMLImageElement).complete));
  const loaded = await page.$$eval('.card img', (imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length);
  assert.ok(loaded >= 9, `${loaded} thumbnails loaded`);
  assert.equal(await page.locator('.card').count(), 12);
  await page.screenshot({ path: join(artifacts, 'gallery-grid.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 800 });
  await page.screenshot({ path: join(artifacts, 'gallery-grid-phone.png') });
  await page.setViewportSize({ width: 1100, height: 900 });
  assert.deepEqual(external, []);
});

const nonBlank = (p: Page, selector: string) =>
  p.evaluate((sel) => {
    const canvas = document.querySelector(sel) as HTMLCanvasElement;
    const gl = canvas.getContext('webgl2')!;
    const px = new Uint8Array(canvas.width * canvas.height * 4);
    gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, px);
    const colors = new Set<number>();
    let lit = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i]! + px[i + 1]! + px[i + 2]! > 30) lit++;
      if (colors.size < 1000) colors.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
    }
    return { lit: lit / (px.length / 4), colors: colors.size, frames: Number(canvas.dataset.frames ?? 0), error: canvas.dataset.error ?? null };
  }, selector);

test('the program page runs a live WebGL2 preview that draws non-blank pixels', { skip, timeout: 60_000 }, async () => {
  await page.goto(`${server.url}/programs/${seeded.programIds[2]}`);
  await page.waitForFunction(() => {
    const c = document.querySelector('#preview') as HTMLCanvasElement;
    return Number(c.dataset.frames ?? 0) >= 3 || c.dataset.error;
  }, undefined, { timeout: 30_000 });
  const r = await nonBlank(page, '#preview');
  assert.equal(r.error, null);
  assert.ok(r.lit > 0.5 && r.colors > 20, JSON.stringify(r));
  assert.match(await page.textContent('#source') ?? '', /void mainImage/);
  await page.screenshot({ path: join(artifacts, 'gallery-program.png'), fullPage: true });
});

test('hovering a grid card runs its preview', { skip, timeout: 60_000 }, async () => {
  await page.goto(`${server.url}/`);
  const card = page.locator('.card').first();
  await card.hover();
  await page.waitForFunction(() => Number((document.querySelector('.card canvas.live') as HTMLCanvasElement).dataset.frames ?? 0) >= 2, undefined, { timeout: 30_000 });
  const r = await nonBlank(page, '.card canvas.live');
  assert.ok(r.lit > 0.5, JSON.stringify(r));
  await page.screenshot({ path: join(artifacts, 'gallery-hover.png') });
});

test('the run page draws loss and evaluation charts; the leaderboard links downloads', { skip, timeout: 60_000 }, async () => {
  await page.goto(`${server.url}/runs/${seeded.runId}`);
  await page.waitForSelector('#loss-chart[data-ready] canvas');
  await page.waitForSelector('#eval-chart[data-ready] canvas');
  const drawn = await page.$eval('#loss-chart canvas', (c) => {
    const ctx = (c as HTMLCanvasElement).getContext('2d')!;
    const d = ctx.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data;
    let ink = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) ink++;
    return ink;
  });
  assert.ok(drawn > 500, `chart pixels ${drawn}`);
  await page.screenshot({ path: join(artifacts, 'gallery-run.png'), fullPage: true });
  await page.goto(`${server.url}/checkpoints?dataset=fashion-mnist&protocol=linear`);
  const links = await page.$$eval('a.download', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  assert.deepEqual(links, seeded.checkpointIds.slice().reverse().map((id) => `/api/v1/checkpoints/${id}/download`));
  assert.match(await page.textContent('.leaderboard') ?? '', /42\.0%/); // random init beside the probe
  await page.screenshot({ path: join(artifacts, 'gallery-checkpoints.png'), fullPage: true });
});
