/**
 * The whole built site in Chromium: axe on every page, no console errors, no
 * foreign requests, no CSP violations, no horizontal scroll at 320 px, keyboard
 * reach of every link, and the theme filter with and without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { allPagePaths, baseUrl, openPage, useBrowser } from './browser';
import { runAxe } from './axe';
import { tabThrough } from './keyboard';
import { readdirSync } from 'node:fs';

const pages = allPagePaths();
/** How many cases the collection holds: counted from the content, never written down. */
const CASES = readdirSync('src/content/cases').filter((f) => f.endsWith('.mdx')).length;
const numbers = Array.from({ length: CASES }, (_, i) => String(i + 1));

const chromium = useBrowser();

describe('every page', () => {
  it.each(pages)(
    '%s: axe finds no violations; no console errors, CSP violations or foreign requests; ' +
      'no horizontal scroll at 320 px',
    async (path) => {
      const { page, problems } = await openPage(chromium.context);
      await page.setViewportSize({ width: 320, height: 720 });
      const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const axe = await runAxe(page);
      expect(axe.violations).toEqual([]);
      expect(axe.passes).toBeGreaterThan(10);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'vandret scroll ved 320 px').toBeLessThanOrEqual(0);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      const cookies = await chromium.context.cookies();
      expect(cookies).toEqual([]);
      await page.close();
    },
  );
});

describe('keyboard', () => {
  it.each(['/', '/cases/', '/cases/hjemloesestrategien/'])(
    '%s: Tab reaches every link and control, skip link first, focus visible',
    async (path) => {
      const { page } = await openPage(chromium.context);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(baseUrl() + path);
      await tabThrough(page);
      await page.close();
    },
  );

  it('the skip link moves focus to the main content', async () => {
    const { page } = await openPage(chromium.context);
    await page.goto(`${baseUrl()}/cases/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('indhold');
    await page.close();
  });
});

describe('theme filter on the case index', () => {
  it('with JavaScript: filters cards at once, keeps the choice in the URL, back restores all', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.goto(`${baseUrl()}/cases/`);
    const visibleCards = () => page.locator('#case-list > li:visible').count();
    expect(await visibleCards()).toBe(CASES);
    const button = page.locator('pg-theme-filter button[data-theme="miljoe"]');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    const shown = await visibleCards();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(CASES);
    for (const themesAttr of await page
      .locator('#case-list > li:visible')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.themes))) {
      expect(themesAttr).toContain('miljoe');
    }
    expect(new URL(page.url()).searchParams.get('tema')).toBe('miljoe');
    await expect
      .poll(() => page.locator('pg-theme-filter [role="status"]').textContent())
      .toContain(`Viser ${shown} af ${CASES}`);
    await page.reload();
    await expect.poll(() => visibleCards()).toBe(shown);
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('tema'));
    expect(await visibleCards()).toBe(CASES);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('without JavaScript: theme links lead to a theme page listing only that theme’s cases', async () => {
    const noJs = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${baseUrl()}/cases/`);
    expect(await page.locator('#case-list > li:visible').count()).toBe(CASES);
    await page.locator('pg-theme-filter a[data-theme="sundhed"]').click();
    await page.waitForURL('**/temaer/sundhed/');
    const cards = page.locator('.card-grid > li');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const t of await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.themes)))
      expect(t).toContain('sundhed');
    await noJs.close();
  });
});

describe('comparison table', () => {
  it('sorts by a column with aria-sort, and back', async () => {
    const { page } = await openPage(chromium.context);
    await page.goto(`${baseUrl()}/cases/sammenligning/`);
    // The case name is the (sticky) first column; Nr. is the first data cell.
    const firstCol = () => page.locator('table.compare-table tbody tr td:nth-of-type(1)').allTextContents();
    expect(await firstCol()).toEqual(numbers);
    const nr = page.locator('table.compare-table thead th').nth(1);
    await nr.locator('button').click();
    await expect.poll(() => nr.getAttribute('aria-sort')).toBe('ascending');
    await nr.locator('button').click();
    await expect.poll(() => nr.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => firstCol()).toEqual([...numbers].reverse());
    await page.close();
  });
});
