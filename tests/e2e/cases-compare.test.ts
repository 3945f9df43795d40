/**
 * Pick-and-compare on /cases/sammenligning/ in Chromium, with and without
 * JavaScript: the picked summaries and only those, the choice in the URL, the
 * theme carried from the case list, the table's sticky header and scroll hint,
 * no page-wide sideways scroll on a 320 px phone, and axe in every state.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { baseUrl, openPage, useBrowser } from './browser';
import { runAxe } from './axe';

const cases = readdirSync('src/content/cases')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    id: f.replace(/\.mdx$/, ''),
    ...(load(readFileSync(`src/content/cases/${f}`, 'utf8').split(/^---$/m)[1]!) as {
      number: number;
      themes: string[];
    }),
  }))
  .sort((a, b) => a.number - b.number);
const ids = cases.map((c) => c.id);
const PATH = '/cases/sammenligning/';

const chromium = useBrowser();

const visibleSummaries = (page: Page) =>
  page
    .locator('.compare__summary')
    .evaluateAll((els) =>
      els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.id.replace('sammenlign-', '')),
    );

/**
 * "Without JavaScript" = none of the site's scripts run: they are refused at the network. (A context with
 * javaScriptEnabled: false would also stop axe, which needs timers in the page.)
 */
async function newContext(js: boolean, viewport: { width: number; height: number }) {
  const context = await chromium.browser.newContext({ viewport });
  if (!js)
    await context.route(
      (url) => url.pathname.endsWith('.js') && !url.pathname.startsWith('/pagefind/'),
      (route) => route.abort(),
    );
  return context;
}

async function expectAxeClean(page: Page, state: string) {
  const axe = await runAxe(page);
  expect(axe.violations, state).toEqual([]);
}

describe.each([
  { js: false, label: 'without JavaScript' },
  { js: true, label: 'with JavaScript' },
])('picking cases $label', ({ js }) => {
  it('shows exactly the picked two, then three, summaries; nothing before a pick', async () => {
    const context = await newContext(js, { width: 1280, height: 900 });
    const page = await context.newPage();
    await page.goto(baseUrl() + PATH);
    expect(await visibleSummaries(page)).toEqual([]);
    await expect.poll(() => page.locator('.compare__message--none').isVisible()).toBe(true);
    await expectAxeClean(page, 'ingen valgt');

    const [a, b, c] = [ids[0]!, ids[4]!, ids[7]!];
    await page.check(`#vaelg-${a}`);
    await expect.poll(() => page.locator('.compare__message--one').isVisible()).toBe(true);
    await page.check(`#vaelg-${b}`);
    await expect.poll(() => visibleSummaries(page)).toEqual([a, b]);
    await expect.poll(() => page.locator('.compare__message:visible').count()).toBe(0);
    await expectAxeClean(page, 'to valgt');
    // Side by side on a desktop: the two summaries share a row.
    const [boxA, boxB] = await Promise.all([
      page.locator(`#sammenlign-${a}`).boundingBox(),
      page.locator(`#sammenlign-${b}`).boundingBox(),
    ]);
    expect(boxA!.y).toBe(boxB!.y);
    expect(boxB!.x).toBeGreaterThan(boxA!.x);

    await page.check(`#vaelg-${c}`);
    await expect.poll(() => visibleSummaries(page)).toEqual([a, b, c]);
    await expectAxeClean(page, 'tre valgt');
    if (js) {
      expect(new URL(page.url()).searchParams.get('vis')).toBe([a, b, c].join(','));
      await expect.poll(() => page.locator('[data-compare-status]').textContent()).toContain('Sammenligner 3 cases');
    } else {
      expect(new URL(page.url()).search).toBe('');
      expect(await page.evaluate(() => customElements.get('pg-compare'))).toBeUndefined();
    }
    await context.close();
  });

  it('stacks the picked summaries on a 320 px phone without sideways page scroll', async () => {
    const context = await newContext(js, { width: 320, height: 720 });
    const page = await context.newPage();
    await page.goto(baseUrl() + PATH);
    await page.check(`#vaelg-${ids[1]}`);
    await page.check(`#vaelg-${ids[2]}`);
    const [boxA, boxB] = await Promise.all([
      page.locator(`#sammenlign-${ids[1]}`).boundingBox(),
      page.locator(`#sammenlign-${ids[2]}`).boundingBox(),
    ]);
    expect(boxB!.y).toBeGreaterThan(boxA!.y + boxA!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The table scrolls inside its own region, and says so.
    const region = page.locator('.sortable-table__scroll');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.locator('.compare-table__hint').isVisible()).toBe(true);
    await expectAxeClean(page, '320 px, to valgt');
    await context.close();
  });
});

describe('the choice in the URL (JavaScript)', () => {
  it('restores ?vis= on load, keeps it on reload and through back/forward', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    const picked = [ids[2]!, ids[5]!];
    await page.goto(`${baseUrl()}${PATH}?vis=${picked.join(',')}`);
    await expect.poll(() => visibleSummaries(page)).toEqual(picked);
    expect(await page.isChecked(`#vaelg-${picked[0]}`)).toBe(true);
    await page.uncheck(`#vaelg-${picked[0]}`);
    expect(new URL(page.url()).searchParams.get('vis')).toBe(picked[1]);
    await page.reload();
    await expect.poll(() => visibleSummaries(page)).toEqual([picked[1]]);
    await page.goto(`${baseUrl()}/cases/`);
    await page.goBack();
    await expect.poll(() => visibleSummaries(page)).toEqual([picked[1]]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });
});

describe('theme carried from the case list', () => {
  it('the comparison link carries ?tema= and the page applies it to the choices and the table', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/cases/`);
    await page.locator('pg-theme-filter button[data-theme="sundhed"]').click();
    await page.locator('a[data-keep-tema]').click();
    await page.waitForURL((u) => u.pathname === PATH && u.searchParams.get('tema') === 'sundhed');
    const inTheme = cases.filter((c) => c.themes.includes('sundhed')).map((c) => c.id);
    expect(inTheme.length).toBeGreaterThan(0);
    const offered = await page
      .locator('input.compare__pick')
      .evaluateAll((els) =>
        els.filter((e) => !(e as HTMLInputElement).hidden).map((e) => (e as HTMLInputElement).value),
      );
    expect(offered).toEqual(inTheme);
    expect(await page.locator('table.compare-table tbody tr:visible').count()).toBe(inTheme.length);
    await expect.poll(() => page.locator('.compare__theme').textContent()).toContain('sundhed');
    await expectAxeClean(page, 'tema sundhed');
    await page.locator('.compare__theme a').click();
    await expect.poll(() => page.locator('table.compare-table tbody tr:visible').count()).toBe(cases.length);
    expect(new URL(page.url()).searchParams.has('tema')).toBe(false);
    await context.close();
  });
});

describe('the full table', () => {
  it('keeps its header row and name column in view while it scrolls', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(baseUrl() + PATH);
    const region = page.locator('.sortable-table__scroll');
    await region.scrollIntoViewIfNeeded();
    await region.evaluate((el) => el.scrollTo(400, 600));
    const regionBox = (await region.boundingBox())!;
    const header = (await page.locator('table.compare-table thead th').nth(3).boundingBox())!;
    expect(Math.abs(header.y - regionBox.y)).toBeLessThan(3);
    const nameCell = (await page.locator('table.compare-table tbody th').nth(2).boundingBox())!;
    expect(Math.abs(nameCell.x - regionBox.x)).toBeLessThan(3);
    await expectAxeClean(page, 'tabel rullet');
    await context.close();
  });

  it.each([390, 1280, 1920])(
    'shows the sideways-scroll hint at %i px exactly when the table is wider than its region',
    async (width) => {
      const context = await chromium.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(baseUrl() + PATH);
      const region = page.locator('.sortable-table__scroll');
      const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(await page.locator('.compare-table__hint').isVisible()).toBe(scrolls);
      expect(await region.getAttribute('aria-describedby')).toBe('tabel-hint');
      await context.close();
    },
  );
});
