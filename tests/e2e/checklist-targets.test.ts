/**
 * The checklist's controls on a phone (390 px), measured: the tick (checkbox
 * and its label, one target) and the note button are at least 44 × 44 px, and
 * the note button's and the note's text are not smaller than the body text.
 * On a step page of each phase and on the whole tjekliste.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allPagePaths, baseUrl, openPage, useBrowser } from './browser';

const PHONE = { width: 390, height: 844 };
const TARGET = 44;
const STEP_PAGE = /^\/procesguide\/(foer|under|efter)\/[a-z0-9-]+\/$/;
const firstOfEachPhase = ['foer', 'under', 'efter'].map(
  (phase) => allPagePaths().find((p) => STEP_PAGE.test(p) && p.startsWith(`/procesguide/${phase}/`))!,
);

const chromium = useBrowser();

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every item's tick target (the label, which must hold its checkbox) and note button, in CSS px. */
function measure(page: Page) {
  return page.$$eval('.checklist__item', (rows) => {
    const rect = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return rows.map((row) => ({
      id: row.querySelector('[data-item]')?.getAttribute('data-item'),
      box: rect(row.querySelector('input[type="checkbox"]')),
      label: rect(row.querySelector('label.checklist__label')),
      note: rect(row.querySelector('[data-note-toggle]')),
      noteFont: parseFloat(getComputedStyle(row.querySelector('[data-note-toggle]')!).fontSize),
    }));
  });
}

const size = (r: Rect) => ({ width: Math.round(r.right - r.left), height: Math.round(r.bottom - r.top) });
const contains = (outer: Rect, inner: Rect) =>
  inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;

describe('checklist targets on a phone', () => {
  const pagesToMeasure = [...firstOfEachPhase, '/procesguide/tjekliste/'];
  it.each(pagesToMeasure)('%s: tick and note button ≥ 44 × 44 px', async (path) => {
    const context = await chromium.browser.newContext({ viewport: PHONE });
    const { page } = await openPage(context);
    await page.goto(baseUrl() + path);
    await page.waitForSelector('pg-tjekliste:defined');
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const rows = await measure(page);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(contains(row.label, row.box), `${row.id}: afkrydsningsfeltet ligger i sin etiket`).toBe(true);
      expect(size(row.label).width, `${row.id}: flueben`).toBeGreaterThanOrEqual(TARGET);
      expect(size(row.label).height, `${row.id}: flueben`).toBeGreaterThanOrEqual(TARGET);
      expect(size(row.note).width, `${row.id}: note`).toBeGreaterThanOrEqual(TARGET);
      expect(size(row.note).height, `${row.id}: note`).toBeGreaterThanOrEqual(TARGET);
      expect(row.noteFont, `${row.id}: notens knap`).toBeGreaterThanOrEqual(body);
    }

    // A press anywhere on the label's edge ticks; the open note's text is body size.
    const first = page.locator('.checklist__item').first();
    const label = (await first.locator('label.checklist__label').boundingBox())!;
    await page.mouse.click(label.x + 2, label.y + label.height - 2);
    await expect.poll(() => first.locator('input[type="checkbox"]').isChecked()).toBe(true);
    await first.locator('[data-note-toggle]').click();
    const note = first.locator('textarea');
    await note.waitFor({ state: 'visible' });
    expect(await note.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(body);
    await context.close();
  });
});
