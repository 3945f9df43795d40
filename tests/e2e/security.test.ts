/**
 * Security as the browser sees it, against the built site served by
 * scripts/serve.mjs with the production headers:
 *   - the CSP is really enforced (an injected inline script or style is
 *     blocked and reported), so "0 violations" elsewhere is not vacuous;
 *   - framing is refused;
 *   - the search and checklist flows run with 0 securitypolicyviolation events,
 *     no console errors, no request to another origin and no cookie.
 * That the served headers equal the deploy configuration is proven once, in
 * tests/build/deploy.test.ts (serve.mjs reads the same module). Pages are
 * discovered from dist/, so new pages are covered without a list.
 */
import { describe, expect, it } from 'vitest';
import { allPagePaths, baseUrl, openPage, useBrowser } from './browser';
import { parsePage, selectAll } from '../build/dist';

const pages = allPagePaths();
const checklistPages = pages.filter((p) => selectAll('main input[type="checkbox"]', parsePage(p)).length > 0);
const chromium = useBrowser();

describe('the CSP is enforced in the browser', () => {
  it('an injected inline script and inline style are blocked and reported (the violation check works)', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.goto(`${baseUrl()}/`);
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.head.append(s);
      const st = document.createElement('style');
      st.textContent = 'body { outline: 5px solid red; }';
      document.head.append(st);
      await new Promise((r) => requestAnimationFrame(r)); // a style that applies does so by the next frame
      return { script: w.__inlineRan === true, style: getComputedStyle(document.body).outlineWidth === '5px' };
    });
    expect(ran).toEqual({ script: false, style: false });
    await expect.poll(() => problems.cspViolations.length).toBeGreaterThanOrEqual(2);
    expect(problems.cspViolations.join(' ')).toMatch(/script-src/);
    expect(problems.cspViolations.join(' ')).toMatch(/style-src/);
    await page.close();
  });

  it('a page cannot be framed, not even by the site itself', async () => {
    const { page } = await openPage(chromium.context);
    await page.goto(`${baseUrl()}/`);
    // Waits for the frame's load event, which fires for a refused frame too
    // (on Chrome's error page), instead of a fixed pause.
    await page.evaluate(
      (src) =>
        new Promise<void>((resolve) => {
          const f = document.createElement('iframe');
          f.title = 'test';
          f.addEventListener('load', () => resolve(), { once: true });
          f.src = src;
          document.body.append(f);
        }),
      `${baseUrl()}/cases/`,
    );
    const child = page.frames().find((f) => f !== page.mainFrame());
    expect(child, 'iframen blev ikke oprettet').toBeDefined();
    // A refused frame is on Chrome's error page, never the site.
    expect(child!.url()).not.toBe(`${baseUrl()}/cases/`);
    expect(await child!.title().catch(() => '')).not.toMatch(/Partnerskabsguiden/);
    await page.close();
  });
});

describe('flows with scripts: 0 CSP violations', () => {
  it(
    'search from the header form: results load Pagefind (worker, WebAssembly, index) ' + 'without a violation',
    async () => {
      expect(pages, 'søgesiden /soeg/ mangler i dist/').toContain('/soeg/');
      const { page, problems } = await openPage(chromium.context);
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
      expect(await input.count(), 'søgefeltet på søgesiden').toBe(1);
      await input.fill('hjemløse');
      await input.press('Enter');
      await page.waitForLoadState('networkidle');
      console.log(
        `Søgning: ${pagefind.length} Pagefind-filer hentet ` +
          `(${[...new Set(pagefind.map((p) => p.split('/').slice(0, 3).join('/')))].join(', ')})`,
      );
      expect(problems.cspViolations).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await page.close();
    },
  );

  it('finds the checklist pages', () => {
    expect(checklistPages.length, 'ingen sider med tjeklister i dist/').toBeGreaterThan(0);
  });

  // One test per page: the guide has a page per step, and each tick, reload and untick runs in its own time limit.
  it.each(checklistPages)('checklist on %s: tick, reload, untick without a violation or a cookie', async (path) => {
    const ctx = await chromium.browser.newContext();
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
    // Progress is kept in the browser's storage, never in a cookie.
    expect(await ctx.cookies()).toEqual([]);
    await ctx.close();
  });
});
