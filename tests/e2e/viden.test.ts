/**
 * Viden, the glossary and the site's own pages in Chromium: the keyboard alone
 * reaches every link and control with visible focus, glossary links land on
 * their entry, and the 404 page (not in the every-page sweep, which walks
 * index.html files) is axe clean and leads on.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from './axe';
import { baseUrl, openPage, useBrowser } from './browser';
import { tabThrough } from './keyboard';

const chromium = useBrowser();

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
    await page.goto(`${baseUrl()}/viden/ops-specialiserede-socialomraade/`);
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
    const response = await page.goto(`${baseUrl()}/findes-ikke/`);
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
