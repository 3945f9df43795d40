/**
 * Search accessibility in Chromium: axe with results and filters shown on a
 * desktop and at 320 px, the results count in a polite live region, and the
 * search used by keyboard only with focus always visible.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from './axe';
import { baseUrl, openPage, useBrowser } from './browser';
import { expectClean, resultCount, settled } from './search-page';

const chromium = useBrowser();

describe('accessibility', () => {
  it('axe finds nothing on the search page with results and filters shown (desktop and 320 px)', async () => {
    for (const width of [1280, 320]) {
      const { page, problems } = await openPage(chromium.context);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${baseUrl()}/soeg/?q=partnerskabsaftale&type=Case`);
      expect(await settled(page)).toBe('done');
      expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-search-filters]').isVisible()).toBe(true);
      expect((await runAxe(page)).violations).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `vandret scroll ved ${width} px`).toBeLessThanOrEqual(0);
      expectClean(problems);
      await page.close();
    }
  });

  it('the results count is announced in a polite live region that exists before the search', async () => {
    const { page } = await openPage(chromium.context);
    await page.goto(`${baseUrl()}/soeg/`);
    const status = page.locator('[role="status"][data-search-status]');
    expect(await status.count()).toBe(1);
    expect(await status.isVisible()).toBe(true);
    await page.locator('#soeg-q').fill('fuldkorn');
    await page.locator('#soeg-q').press('Enter');
    await settled(page);
    expect(await status.textContent()).toMatch(/^\d+ resultater? for »fuldkorn«\.$/);
    await page.close();
  });

  it('keyboard only: type, search, tick a filter with Space, reach the results; focus always visible', async () => {
    const { page } = await openPage(chromium.context);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl()}/soeg/`);
    await page.locator('#soeg-q').focus();
    await page.keyboard.type('partnerskab');
    await page.keyboard.press('Enter');
    await settled(page);
    const total = await resultCount(page);
    const focusInfo = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          tag: el.tagName,
          type: (el as HTMLInputElement).type,
          name: (el as HTMLInputElement).name,
          inResults: !!el.closest('[data-search-results]'),
          visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
        };
      });
    // Tab: past the submit button to the first filter checkbox.
    let info = await focusInfo();
    for (let i = 0; i < 5 && !(info.tag === 'INPUT' && info.type === 'checkbox'); i++) {
      await page.keyboard.press('Tab');
      info = await focusInfo();
      expect(info.visible, `${info.tag} uden synligt fokus`).toBe(true);
    }
    expect(info.type).toBe('checkbox');
    await page.keyboard.press('Space');
    await settled(page);
    expect(await resultCount(page)).toBeLessThanOrEqual(total);
    expect(new URL(page.url()).searchParams.has(info.name)).toBe(true);
    // Focus stays on the checkbox after the results change.
    expect((await focusInfo()).type).toBe('checkbox');
    for (let i = 0; i < 40 && !info.inResults; i++) {
      await page.keyboard.press('Tab');
      info = await focusInfo();
      expect(info.visible, `${info.tag} uden synligt fokus`).toBe(true);
    }
    expect(info.inResults).toBe(true);
    expect(info.tag).toBe('A');
    await page.close();
  });
});
