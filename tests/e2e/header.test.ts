/**
 * The header and the search page's form in Chromium: each search is one control (field and button flush,
 * the same height, a focus ring), and on a 320 px phone »Søg« and »Menu« keep their word on one line, on
 * the row of the site's name.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, useBrowser } from './browser';

/** The tap target on a phone, as for every button (design.test.ts). */
const MIN_TARGET = 44;

const chromium = useBrowser();

describe.each([
  { where: 'the header search', path: '/', form: '.site-search' },
  { where: 'the search page’s form', path: '/soeg/', form: '.search-form' },
])('$where: one control', ({ path, form }) => {
  it('field and button sit flush at the same height, and keyboard focus on the field shows a ring', async () => {
    const { page } = await openPage(chromium.context);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl()}${path}`);
    const field = await page.locator(`${form} input`).boundingBox();
    const button = await page.locator(`${form} button`).boundingBox();
    expect(field && button).toBeTruthy();
    expect(Math.abs(field!.height - button!.height)).toBeLessThan(0.5);
    expect(Math.abs(field!.y - button!.y)).toBeLessThan(0.5);
    expect(Math.abs(field!.x + field!.width - button!.x)).toBeLessThan(0.5);
    expect(field!.height).toBeGreaterThanOrEqual(MIN_TARGET);
    await page.locator(`${form} input`).focus();
    const ring = await page.locator(`${form} input`).evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: s.outlineWidth };
    });
    expect(ring).toEqual({ style: 'solid', width: '3px' });
    await page.close();
  });
});

describe('the header at 320 × 640', () => {
  it('»Søg« and »Menu« each keep their word on one line, on the row of the site’s name', async () => {
    const { page } = await openPage(chromium.context);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${baseUrl()}/`);
    const brand = (await page.locator('.site-header__brand').boundingBox())!;
    for (const name of ['Søg', 'Menu']) {
      const control = page.locator('.site-header__tools').getByText(name, { exact: true });
      const m = await control.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
        return { lines, height: el.getBoundingClientRect().height, top: el.getBoundingClientRect().top };
      });
      expect(m.lines, name).toBe(1);
      expect(m.height, name).toBeLessThan(MIN_TARGET + 1);
      expect(m.top, `${name} på navnets række`).toBeLessThan(brand.y + brand.height);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});
