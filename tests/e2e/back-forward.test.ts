/**
 * Back and forward with the browser's back/forward cache on, as in a user's
 * browser: a page restored from the cache missed what was saved on other
 * pages meanwhile, and must show it (the bar, the step navigation, the
 * overviews' counts), never the counts from before. Chromium hands a restored
 * page the storage events it missed; the islands follow them as they follow
 * another tab (checked by turning the step page's listener off: the first
 * test then fails).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ backForwardCache: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Records whether the page was last shown from the back/forward cache. */
async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.addEventListener('pageshow', (e) => {
      document.documentElement.dataset.restored = String(e.persisted);
    });
  });
  return context.newPage();
}

const restored = (page: Page) => page.evaluate(() => document.documentElement.dataset.restored);

describe('a page restored from the back/forward cache shows what was saved meanwhile', () => {
  it('step page: the bar and the step navigation count the tick made on the next step', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/procesguide/foer/braendende-problem/`);
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    const overall = (await page.textContent('[data-overall]'))!;
    expect(overall).toMatch(/^0 af \d+ klaret$/);
    await page.click('a.step-pager__link[rel="next"]');
    await page.waitForURL('**/procesguide/foer/rette-partnere/');
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    await page.locator('pg-tjekliste input[type="checkbox"]').first().check();
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => restored(page), { message: 'siden kom ikke fra back/forward-cachen' }).toBe('true');
    await expect.poll(() => page.textContent('[data-overall]')).toBe(overall.replace(/^0 /, '1 '));
    const nextStep = page.locator(
      '.step-nav__link[href="/procesguide/foer/rette-partnere/"] + .step-nav__progress [data-progress-items]',
    );
    await expect.poll(() => nextStep.first().textContent()).toMatch(/^1 af \d+$/);
    // Said politely, in words that fit a page left with the back button.
    await expect.poll(() => page.textContent('[data-notices]')).toContain('ændret på en anden side');
    await page.context().close();
  });

  it('phase overview: the count of a step ticked after leaving it is current on return', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/procesguide/foer/`);
    await page.waitForSelector('pg-guide-progress[data-ready]');
    const target = page.locator('[data-progress-items]').first();
    expect(await target.textContent()).toMatch(/^0 af \d+$/);
    await page.goto(`${baseUrl()}/procesguide/foer/braendende-problem/`);
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    await page.locator('pg-tjekliste input[type="checkbox"]').first().check();
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => restored(page), { message: 'siden kom ikke fra back/forward-cachen' }).toBe('true');
    await expect.poll(() => target.textContent()).toMatch(/^1 af \d+$/);
    await page.context().close();
  });
});

describe('without the back/forward cache (as after a while in Chrome), Back shows what was saved meanwhile', () => {
  let plain: Browser;
  beforeAll(async () => {
    plain = await launch();
  });
  afterAll(async () => {
    await plain?.close();
  });

  it('a step page shows the tick and note changed on another page, not the form fields from before', async () => {
    const context = await plain.newContext();
    const page = await context.newPage();
    const item = 'problem-kan-ikke-loeses-alene';
    const box = `#punkt-${item}`;
    const note = `#note-felt-${item}`;
    const toggle = `li:has([data-item="${item}"]) [data-note-toggle]`;
    await page.goto(`${baseUrl()}/procesguide/foer/braendende-problem/`);
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    await page.check(box);
    await page.click(toggle);
    await expect.poll(() => page.getAttribute(toggle, 'aria-expanded')).toBe('true');
    await page.fill(note, 'Før');
    await page.locator(note).blur();
    // The same item on the whole checklist's page: untick it and rewrite the note.
    await page.goto(`${baseUrl()}/procesguide/tjekliste/`);
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    await page.uncheck(box);
    await page.click(toggle);
    await expect.poll(() => page.getAttribute(toggle, 'aria-expanded')).toBe('true');
    await page.fill(note, 'Efter');
    await page.locator(note).blur();
    await page.goBack();
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    await page.waitForLoadState('load');
    expect(await restored(page)).toBeUndefined();
    await expect.poll(() => page.isChecked(box)).toBe(false);
    // The note's field is made when it is opened; until then the print line carries the saved note.
    await expect.poll(() => page.textContent(`li:has([data-item="${item}"]) [data-note-print]`)).toBe('Efter');
    await page.click(toggle);
    await expect.poll(() => page.inputValue(note)).toBe('Efter');
    expect(await page.textContent('[data-step-progress]')).toMatch(/^0 af/);
    await context.close();
  });
});
