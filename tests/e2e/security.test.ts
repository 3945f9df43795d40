/**
 * Security as the browser sees it, against the built site served by
 * scripts/serve.mjs with the production headers:
 *   - every page and every file it loads arrive with the security headers and
 *     the right cache policy (HTTP, not <meta>);
 *   - the CSP is really enforced (an injected inline script or style is
 *     blocked and reported), so "0 violations" elsewhere is not vacuous;
 *   - framing is refused;
 *   - the search and checklist flows run with 0 securitypolicyviolation events,
 *     no console errors and no request to another origin.
 * Pages are discovered from dist/, so new pages are covered without a list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS } from '../../deploy/security-headers.mjs';
import { allPagePaths, baseUrl, launch, openPage } from './browser';

const pages = allPagePaths();
const html = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');
const checklistPages = pages.filter((p) => /<input\b[^>]*type="checkbox"/i.test(html(p)));
const hasSearch = pages.includes('/soeg/');

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

function expectSecurityHeaders(headers: Headers, where: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers.get(name), `${name} på ${where}`).toBe(value);
  }
}

describe('HTTP headers', () => {
  it('every page: all security headers sent over HTTP, HTML revalidated', async () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const res = await fetch(baseUrl() + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expectSecurityHeaders(res.headers, path);
      expect(res.headers.get('cache-control'), path).toBe(CACHE_REVALIDATE);
      // The policy travels as a header; a <meta> copy alone would hide worker failures.
      await res.arrayBuffer();
    }
    console.log(`HTTP-headere kontrolleret på ${pages.length} sider`);
  });

  it('the files the pages load: security headers, long cache only under /_astro/', async () => {
    const assets = new Set<string>();
    for (const path of pages) {
      for (const m of html(path).matchAll(/<(?:link|script)\b[^>]*\s(?:href|src)="(\/_astro\/[^"]+)"/g)) assets.add(m[1]!);
    }
    expect(assets.size).toBeGreaterThan(0);
    for (const asset of assets) {
      const res = await fetch(baseUrl() + asset);
      expect(res.status, asset).toBe(200);
      expectSecurityHeaders(res.headers, asset);
      expect(res.headers.get('cache-control'), asset).toBe(CACHE_IMMUTABLE);
      await res.arrayBuffer();
    }
  });

  it('a missing page: 404 with the security headers and no long cache, even under /_astro/', async () => {
    for (const path of ['/findes-ikke/', '/_astro/findes-ikke.js']) {
      const res = await fetch(baseUrl() + path);
      expect(res.status).toBe(404);
      expectSecurityHeaders(res.headers, path);
      expect(res.headers.get('cache-control')).toBe(CACHE_REVALIDATE);
      await res.arrayBuffer();
    }
  });

  it('no response sets a cookie', async () => {
    for (const path of ['/', ...pages.slice(0, 5)]) {
      const res = await fetch(baseUrl() + path);
      expect(res.headers.get('set-cookie')).toBeNull();
      await res.arrayBuffer();
    }
  });
});

describe('the CSP is enforced in the browser', () => {
  it('an injected inline script and inline style are blocked and reported (the violation check works)', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl()}/`);
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.head.append(s);
      const st = document.createElement('style');
      st.textContent = 'body { outline: 5px solid red; }';
      document.head.append(st);
      await new Promise((r) => setTimeout(r, 100));
      return { script: w.__inlineRan === true, style: getComputedStyle(document.body).outlineWidth === '5px' };
    });
    expect(ran).toEqual({ script: false, style: false });
    await expect.poll(() => problems.cspViolations.length).toBeGreaterThanOrEqual(2);
    expect(problems.cspViolations.join(' ')).toMatch(/script-src/);
    expect(problems.cspViolations.join(' ')).toMatch(/style-src/);
    await page.close();
  });

  it('a page cannot be framed, not even by the site itself', async () => {
    const { page } = await openPage(context);
    await page.goto(`${baseUrl()}/`);
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.title = 'test';
      document.body.append(f);
    }, `${baseUrl()}/cases/`);
    await page.waitForTimeout(500);
    const child = page.frames().find((f) => f !== page.mainFrame());
    // A refused frame is left empty or on Chrome's error page, never the site.
    const title = child ? await child.title().catch(() => '') : '';
    expect(title).not.toMatch(/Partnerskabsguiden/);
    await page.close();
  });
});

describe('flows with scripts: 0 CSP violations', () => {
  it.runIf(hasSearch)('search from the header form: results load Pagefind (worker, WebAssembly, index) without a violation', async () => {
    const { page, problems } = await openPage(context);
    const pagefind: string[] = [];
    page.on('requestfinished', (r) => {
      if (r.url().includes('/pagefind/')) pagefind.push(new URL(r.url()).pathname);
    });
    await page.goto(`${baseUrl()}/`);
    // Nothing from Pagefind on a page that is not the search page.
    expect(pagefind).toEqual([]);
    await page.locator('form[role="search"] input[name="q"]').first().fill('partnerskab');
    await page.locator('form[role="search"] input[name="q"]').first().press('Enter');
    await page.waitForURL('**/soeg/?q=partnerskab');
    await expect.poll(() => pagefind.some((p) => p.endsWith('.pf_fragment')), { timeout: 15_000 }).toBe(true);
    await page.waitForLoadState('networkidle');
    // A second query in the same page (warm): still nothing blocked.
    const input = page.locator('main input[type="search"], main input[name="q"]').first();
    if (await input.count()) {
      await input.fill('hjemløse');
      await input.press('Enter');
      await page.waitForLoadState('networkidle');
    }
    console.log(`Søgning: ${pagefind.length} Pagefind-filer hentet (${[...new Set(pagefind.map((p) => p.split('/').slice(0, 3).join('/')))].join(', ')})`);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await page.close();
  });

  it.runIf(checklistPages.length > 0)('checklists: tick, reload, untick on every checklist page without a violation', async () => {
    const ctx = await browser.newContext();
    for (const path of checklistPages) {
      const { page, problems } = await openPage(ctx);
      await page.goto(baseUrl() + path);
      await page.waitForLoadState('networkidle');
      const boxes = page.locator('main input[type="checkbox"]:visible');
      const n = Math.min(await boxes.count(), 3);
      expect(n, `${path}: ingen synlige afkrydsningsfelter`).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) await boxes.nth(i).check();
      await page.reload();
      await page.waitForLoadState('networkidle');
      for (let i = 0; i < n; i++) await boxes.nth(i).uncheck();
      expect(problems.cspViolations, path).toEqual([]);
      expect(problems.consoleErrors, path).toEqual([]);
      expect(problems.pageErrors, path).toEqual([]);
      expect(problems.foreignRequests, path).toEqual([]);
      await page.close();
    }
    console.log(`Tjeklister: ${checklistPages.length} sider afprøvet (${checklistPages.join(', ')})`);
    await ctx.close();
  });

  it('reports which flows exist at test time', () => {
    console.log(`Sikkerhed: ${pages.length} sider; søgeside ${hasSearch ? 'fundet' : 'findes endnu ikke'}; ${checklistPages.length} sider med tjeklister`);
    expect(pages.length).toBeGreaterThan(0);
  });
});
