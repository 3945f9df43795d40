/**
 * The printed page: the site's name, the page's address, the day its content is from and the day it is
 * printed, both as Danish long dates (»2. december 2026«). The content's day is the »Senest opdateret«
 * line where the page has one (else the print line says it); the day of printing is the reader's today
 * (the page's clock is set to a day that is neither the build day nor the content's). Without JavaScript
 * the page states only the content's day, since the HTML cannot know when it is printed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, useBrowser } from './browser';

const chromium = useBrowser();
const CASE = '/cases/hjemloesestrategien/';
const DANISH_DAY = /^\d{1,2}\. [a-zæøå]+ \d{4}$/;

/** What paper shows: the print line, and the »Senest opdateret« day if the page has one. */
async function onPaper(page: Page) {
  const stamp = page.locator('.print-stamp');
  const screenHidden = !(await stamp.isVisible());
  await page.emulateMedia({ media: 'print' });
  const updated = page.locator('.updated time');
  return {
    line: ((await stamp.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    onlyOnPaper: screenHidden && (await stamp.isVisible()),
    updated:
      (await updated.count()) && (await updated.isVisible()) ? ((await updated.textContent()) ?? '').trim() : null,
  };
}

describe('the printed page', () => {
  it('with JavaScript: the content’s day above, the day of printing in the line', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2031-03-07T10:00:00'));
    await page.goto(baseUrl() + CASE);
    // Filled in once the page has loaded.
    await expect.poll(() => page.locator('.print-stamp').textContent()).toContain('Udskrevet');
    const { line, onlyOnPaper, updated } = await onPaper(page);
    expect(onlyOnPaper, 'kun på papir').toBe(true);
    expect(updated).toMatch(DANISH_DAY);
    expect(line).toMatch(/^Partnerskabsguiden, https?:\/\/[^ ]+\/cases\/hjemloesestrategien\/\. /);
    expect(line).toMatch(/ Udskrevet 7\. marts 2031\.$/);
    // A tab left open: the day is the one it goes to the printer.
    await page.clock.setFixedTime(new Date('2031-03-09T10:00:00'));
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.print-stamp').textContent()).toMatch(/ Udskrevet 9\. marts 2031\.$/);
    await context.close();
  });

  it('a page without a content file says in the line which day it is from', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2031-03-07T10:00:00'));
    await page.goto(`${baseUrl()}/cases/sammenligning/`);
    await expect.poll(() => page.locator('.print-stamp').textContent()).toContain('Udskrevet');
    const { line, updated } = await onPaper(page);
    expect(updated).toBeNull();
    expect(line).toMatch(/\. Indholdet er fra \d{1,2}\. [a-zæøå]+ \d{4}\. Udskrevet 7\. marts 2031\.$/);
    await context.close();
  });

  it('without JavaScript: only the day the content is from, never a day of printing it cannot know', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl() + CASE);
    const { line, updated } = await onPaper(page);
    expect(updated).toMatch(DANISH_DAY);
    expect(line).not.toContain('Udskrevet');
    await context.close();
  });
});
