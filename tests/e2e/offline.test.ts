/**
 * The guide without a network, in Chromium: visit the front page once, wait
 * until the service worker is active and has kept every file, then go offline
 * (the context offline, and the server closed, so nothing can come from the
 * network) and use the site: a case, a step page, the glossary and the
 * agreement page load with their styles; a search finds results; a tick
 * survives a reload; a page that is not kept shows /uden-net/. The server
 * counts what reaches it: nothing after going offline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readWorkerManifest } from '../../scripts/service-worker.mjs';
import { parsePage, selectOne } from '../build/dist';
import { toString as textOf } from 'hast-util-to-string';
import { useBrowser } from './browser';
import {
  type CountingServer,
  countingServer,
  expectNoProblems,
  watchedPage,
  workerContext,
  workerReady,
} from './offline-helpers';

const chromium = useBrowser();
const manifest = readWorkerManifest('dist') as { version: string; files: string[] };
const STEP = '/procesguide/foer/braendende-problem/';
const BOX = '#punkt-problem-praecis-enighed';
const caseId = manifest.files.find((u) => /^\/cases\/[^/]+\/$/.test(u) && u !== '/cases/sammenligning/');

let server: CountingServer;
let context: BrowserContext;
let page: Page;
let origin = '';
let requestsWhenOffline = 0;
let workerHeaders: { type: string | null; cache: string | null } = { type: null, cache: null };
const problems = { pageErrors: [] as string[], consoleErrors: [] as string[], cspViolations: [] as string[] };

beforeAll(async () => {
  server = await countingServer('dist');
  origin = server.url;
  context = await workerContext(chromium.browser);
  const watched = await watchedPage(context);
  page = watched.page;
  Object.assign(problems, watched.problems);
  await page.goto(`${origin}/`);
  const ready = await workerReady(page);
  // Every kept file is in one cache named after this build's version.
  expect(ready.caches).toEqual([`pg-${manifest.version}`]);
  expect(ready.entries).toBe(manifest.files.length);
  expect(new URL(ready.script).pathname).toBe('/sw.js');
  // The worker itself: JavaScript, and never from a cache, so the browser sees a new version at once.
  const sw = await fetch(`${origin}/sw.js`);
  workerHeaders = { type: sw.headers.get('content-type'), cache: sw.headers.get('cache-control') };
  await context.setOffline(true);
  await server.close();
  requestsWhenOffline = server.requests.length;
});

afterAll(async () => {
  await context?.close();
});

const h1Of = (path: string) => textOf(selectOne('h1', parsePage(path), path)).trim();

/** Opens a page without a network and checks it is the built page, styled. */
async function openOffline(path: string) {
  const response = await page.goto(origin + path);
  expect(response?.status(), path).toBe(200);
  expect((await page.locator('h1').first().textContent())?.trim(), path).toBe(h1Of(path));
  // The site's stylesheet and font face came from the cache too.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), path).toContain('IBM Plex Sans');
  expect(await page.evaluate(() => document.fonts.check('1em "IBM Plex Sans"')), path).toBe(true);
}

describe('after one visit, without a network', () => {
  it('a case, a step page, the glossary and the agreement page load', async () => {
    expect(caseId, 'ingen case i listen').toBeDefined();
    for (const path of [caseId!, STEP, '/ordliste/', '/procesguide/aftale/']) await openOffline(path);
    expectNoProblems(problems);
  });

  it('a search finds results', async () => {
    await page.goto(`${origin}/soeg/?q=${encodeURIComponent('partnerskabsaftale')}`);
    await page.waitForFunction(() => {
      const s = document.querySelector('pg-search')?.getAttribute('data-state');
      return s === 'done' || s === 'error';
    });
    expect(await page.locator('pg-search').getAttribute('data-state')).toBe('done');
    expect(Number(await page.locator('[data-search-status]').getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    expectNoProblems(problems);
  });

  it('a tick survives a reload', async () => {
    await page.goto(origin + STEP);
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    expect(await page.isChecked(BOX)).toBe(false);
    await page.check(BOX);
    await page.reload();
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    expect(await page.isChecked(BOX)).toBe(true);
    expectNoProblems(problems);
  });

  it('a page that is not kept shows the page about using the guide without a network', async () => {
    const response = await page.goto(`${origin}/findes-ikke-endnu/`);
    expect(response?.status()).toBe(200);
    expect((await page.locator('h1').textContent())?.trim()).toBe(h1Of('/uden-net/'));
    // What it lists can be opened.
    const first = await page.locator('main ul a').first().getAttribute('href');
    await openOffline(first!);
  });

  it('the worker was served as JavaScript with Cache-Control: no-cache', () => {
    expect(workerHeaders).toEqual({ type: 'text/javascript; charset=utf-8', cache: 'no-cache' });
  });

  it('nothing reached the server after going offline', () => {
    expect(server.requests.slice(requestsWhenOffline)).toEqual([]);
    // Before: the front page, then every kept file once (the worker's install).
    expect(server.requests.length).toBeGreaterThanOrEqual(manifest.files.length);
  });
});
