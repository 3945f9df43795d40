/**
 * The comparison page on a 390 × 844 phone: the picked cases go field by field, each field named once,
 * the short values (partners, partner types, themes) run on as one line of words instead of a list, every
 * value is on screen with nothing overflowing and no word broken inside; the overview of all cases can be
 * sorted on the phone too, with the keyboard and by touch, and the new order is announced.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, useBrowser } from './browser';
import { runAxe } from './axe';

const PATH = '/cases/sammenligning/';
const PHONE = { width: 390, height: 844 };
// The three with the longest values: many partners, long effects, a long funding sentence.
const PICKED = ['fuldkorn', 'noeglehullet', 'groen-skibsfart'];

const chromium = useBrowser();

async function phonePage(js: boolean, hasTouch = false): Promise<Page> {
  const context = await chromium.browser.newContext({ viewport: PHONE, hasTouch, isMobile: hasTouch });
  if (!js)
    await context.route(
      (url) => url.pathname.endsWith('.js') && !url.pathname.startsWith('/pagefind/'),
      (route) => route.abort(),
    );
  return context.newPage();
}

/** Every visible value of the comparison, measured in the page. */
const measureValues = (page: Page) =>
  page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0;
    const values = Array.from(document.querySelectorAll('.compare__row dd')).filter(visible);
    const broken: string[] = [];
    const outside: string[] = [];
    for (const dd of values) {
      const box = dd.getBoundingClientRect();
      if (box.left < 0 || box.right > innerWidth || dd.scrollWidth > dd.clientWidth + 1 || box.height < 1)
        outside.push(dd.textContent!.trim().slice(0, 40));
      const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        // A word is letters between spaces, hyphens and slashes (where a line may properly break).
        for (const m of node.data.matchAll(/[^\s/-]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set(
            Array.from(range.getClientRects())
              .filter((r) => r.width > 0)
              .map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) broken.push(m[0]);
        }
      }
    }
    return { count: values.length, broken, outside, pageWidth: document.documentElement.scrollWidth };
  });

describe.each([
  { js: false, label: 'without JavaScript' },
  { js: true, label: 'with JavaScript' },
])('the comparison at 390 × 844 $label', ({ js }) => {
  it('shows every value, short values on one line, each field named once, nothing overflowing', async () => {
    const page = await phonePage(js);
    await page.goto(baseUrl() + PATH);
    for (const id of PICKED) await page.check(`#vaelg-${id}`);
    const m = await measureValues(page);
    expect(m.count).toBe(PICKED.length * 9);
    expect(m.pageWidth).toBeLessThanOrEqual(PHONE.width);
    expect(m.outside, 'værdier uden for skærmen').toEqual([]);
    expect(m.broken, 'ord brudt midt i').toEqual([]);
    // Each field is named once above its values: the label a row carries is for screen readers.
    const fields = await page.locator('.compare__field:visible').allTextContents();
    expect(fields.map((f) => f.trim())).toEqual([
      'Partnere',
      'Partnertyper',
      'Periode',
      'Finansiering',
      'Organisering',
      'Effekter',
      'Behov',
      'Forudsætninger for succes',
      'Temaer',
    ]);
    const field = await page.locator('.compare__field[data-row="partnere"]').boundingBox();
    const rows = await page
      .locator('.compare__row[data-row="partnere"]:visible')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(rows).toHaveLength(PICKED.length);
    for (const top of rows) expect(top).toBeGreaterThan(field!.y);
    // Short values run on: the first two partners of a case share a line.
    const tops = await page
      .locator(`#sammenlign-${PICKED[0]} .compare__row[data-row="partnere"] li`)
      .evaluateAll((els) => els.slice(0, 2).map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops[0]).toBe(tops[1]);
    expect((await runAxe(page)).violations).toEqual([]);
    await page.context().close();
  });
});

const order = (page: Page) =>
  page
    .locator('table.compare-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.querySelector('td[data-label="Startår"]')!.textContent!.trim()));

describe('sorting the overview at 390 × 844', () => {
  it('offers the sort buttons on the phone; keyboard and touch sort; the new order is announced', async () => {
    const page = await phonePage(true, true);
    await page.goto(baseUrl() + PATH);
    const button = page.getByRole('button', { name: 'Startår', exact: true });
    await expect.poll(() => button.isVisible()).toBe(true);
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // Keyboard: focus and Enter sorts ascending (years known first, "ikke oplyst" last).
    await button.focus();
    await page.keyboard.press('Enter');
    const years = (await order(page)).filter((y) => /^\d+$/.test(y)).map(Number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(await page.locator('th:has(button:text-is("Startår"))').getAttribute('aria-sort')).toBe('ascending');
    const sortStatus = () => page.locator('[data-sort-status]').textContent();
    await expect.poll(sortStatus).toBe('Sorteret efter Startår, stigende.');
    // Touch: a tap turns the order round.
    await button.tap();
    const down = (await order(page)).filter((y) => /^\d+$/.test(y)).map(Number);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await expect.poll(sortStatus).toBe('Sorteret efter Startår, faldende.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect((await runAxe(page)).violations).toEqual([]);
    await page.context().close();
  });
});
