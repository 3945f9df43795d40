/**
 * Viden, the glossary and the site's own pages in Chromium: the keyboard alone
 * reaches every link and control with visible focus, glossary links land on
 * their entry, and the 404 page (not in the every-page sweep, which walks
 * index.html files) is axe clean and leads on.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from './axe';
import { baseUrl, openPage, useBrowser } from './browser';

const chromium = useBrowser();

/** Tabs through the page; every focusable element is reached once, each with visible focus. */
async function tabThrough(page: Page): Promise<void> {
  const expected = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]'))
      .filter((el) => !el.closest('[hidden]') && getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length > 0)
      .length,
  );
  const reached = new Set<number>();
  let first = '';
  for (let i = 0; i < expected + 5; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        key: Array.from(document.querySelectorAll('*')).indexOf(el),
        text: el.textContent?.trim() ?? '',
        visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
    if (!info) continue;
    if (!first) first = info.text;
    expect(info.visible, `fokus er ikke synlig på "${info.text}"`).toBe(true);
    reached.add(info.key);
  }
  expect(first).toBe('Gå til sidens indhold');
  expect(reached.size).toBe(expected);
}

describe('keyboard', () => {
  it.each(['/viden/', '/viden/ops-specialiserede-socialomraade/', '/ordliste/', '/om/', '/tilgaengelighed/'])(
    '%s: Tab reaches every link and control, skip link first, focus visible',
    async (path) => {
      const { page, problems } = await openPage(chromium.context);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(baseUrl() + path);
      await tabThrough(page);
      expect(problems.consoleErrors).toEqual([]);
      await page.close();
    },
  );
});

describe('glossary links', () => {
  it('a term in a note opens its definition, which leads on to its entry on /ordliste/', async () => {
    const { page } = await openPage(chromium.context);
    await page.goto(baseUrl() + '/viden/ops-specialiserede-socialomraade/');
    const term = page.locator('.prose button.term[data-term="ops"]');
    await expect.poll(() => term.count()).toBe(1);
    await term.click();
    await page.locator('#term-popover a[href="/ordliste/#ops"]').click();
    await page.waitForURL('**/ordliste/#ops');
    expect(await page.locator('#ops h2').textContent()).toBe('OPS');
    await page.close();
  });
});

describe('404', () => {
  it('an unknown address gets the 404 page: axe clean, search form, the three parts and the themes', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.setViewportSize({ width: 320, height: 720 });
    const response = await page.goto(baseUrl() + '/findes-ikke/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Siden findes ikke');
    expect((await runAxe(page)).violations).toEqual([]);
    for (const href of ['/cases/', '/procesguide/', '/viden/', '/temaer/sundhed/']) {
      expect(await page.locator(`main a[href="${href}"]`).count(), href).toBeGreaterThan(0);
    }
    await page.fill('main input[name="q"]', 'hjemløse');
    await page.press('main input[name="q"]', 'Enter');
    await page.waitForURL('**/soeg/?q=*');
    expect(problems.cspViolations).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await page.close();
  });
});
