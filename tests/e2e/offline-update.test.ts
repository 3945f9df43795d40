/**
 * A new version of the site, in Chromium: a copy of dist/ is served, the
 * reader's browser keeps it, then the copy changes (a page's text) and its
 * worker is written again (scripts/service-worker.mjs), as a deploy would.
 * The open page shows the notice »Genindlæs for at få den nyeste udgave«,
 * nothing reloads by itself (the page's state and the reader's typing stay),
 * and the button brings the new version, with the old cache removed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkerManifest, writeServiceWorker } from '../../scripts/service-worker.mjs';
import { NEW_VERSION, RELOAD } from '../../src/client/offline/strings';
import { runAxe } from './axe';
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
const PAGE = '/om/';
const CHANGED = 'Om sitet, ny udgave';

let dir = '';
let server: CountingServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pg-offline-update-'));
  cpSync('dist', dir, { recursive: true });
  server = await countingServer(dir);
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a new version', () => {
  it('shows the notice, reloads nothing by itself, and the button brings the new version', async () => {
    const context = await workerContext(chromium.browser);
    const { page, problems } = await watchedPage(context);
    const oldVersion = readWorkerManifest(dir).version;
    await page.goto(server.url + PAGE);
    expect((await workerReady(page)).caches).toEqual([`pg-${oldVersion}`]);
    // The first install offers nothing: the page is the newest.
    expect(await page.locator('pg-offline-notice').count()).toBe(0);

    // A deploy: one page changes, and the worker is written again with a new version.
    const file = join(dir, PAGE.slice(1), 'index.html');
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<h1>Om sitet</h1>');
    writeFileSync(file, html.replace('<h1>Om sitet</h1>', `<h1>${CHANGED}</h1>`));
    const newVersion = writeServiceWorker(dir).manifest.version;
    expect(newVersion).not.toBe(oldVersion);

    // The reader is busy on the page: some state of the page and something typed.
    await page.evaluate(() => Object.assign(window, { __pgStillHere: true }));
    await page.fill('#site-search-q', 'noget jeg skriver');
    // The browser looks for a new worker on navigations; here it is asked to look now.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const notice = page.locator('pg-offline-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    await expect.poll(() => notice.locator('p').textContent()).toBe(NEW_VERSION);
    const button = notice.getByRole('button', { name: RELOAD });
    expect(await button.count()).toBe(1);

    // The new version is kept and waits; the page is the same page, as the reader left it.
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting?.state ?? null;
    });
    expect(waiting).toBe('installed');
    expect(await page.evaluate(() => (window as unknown as { __pgStillHere?: boolean }).__pgStillHere)).toBe(true);
    expect(await page.inputValue('#site-search-q')).toBe('noget jeg skriver');
    expect(await page.locator('h1').textContent()).toBe('Om sitet');
    // The notice is reachable by keyboard and axe finds nothing with it shown.
    expect((await runAxe(page)).violations).toEqual([]);
    await button.focus();
    expect(await page.evaluate(() => document.activeElement?.closest('pg-offline-notice') !== null)).toBe(true);

    // The reader asks: the new version takes over, the page reloads once, the old cache is gone.
    const loaded = page.waitForEvent('load');
    await button.click();
    await loaded;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await page.locator('h1').textContent()).toBe(CHANGED);
    expect(await page.evaluate(() => '__pgStillHere' in window)).toBe(false);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`pg-${newVersion}`]);
    expect(await page.locator('pg-offline-notice').count()).toBe(0);
    expectNoProblems(problems);
    await context.close();
  });
});
