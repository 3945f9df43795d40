/**
 * Search results in Chromium: what a result shows, the message when there
 * are none, results fetched as the list is scrolled, and "Vis flere resultater".
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, useBrowser } from './browser';
import { expectClean, pageHtml, resultCount, searchFor as searchIn, settled } from './search-page';
import { idle, scrollForMore } from './waits';

const chromium = useBrowser();
const searchFor = (query: string, extra = '') => searchIn(chromium.context, query, extra);

describe('results', () => {
  it('show title, type, an excerpt with highlights, and section links that exist on the page', async () => {
    const { page, problems } = await searchFor('partnerskabsaftale');
    const first = page.locator('[data-search-results] > li').first();
    expect((await first.locator('h3 a').textContent())?.trim().length).toBeGreaterThan(3);
    expect(await first.locator('.search-result__type').textContent()).toMatch(
      /^(Case|Case-samling|Procesguide|Viden|Ordliste|Side)\b/,
    );
    expect(await first.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
    const sections = await page
      .locator('.search-result__sections a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(sections.length).toBeGreaterThan(0);
    for (const href of sections) {
      const [path, hash] = href.split('#');
      expect(hash, href).toBeTruthy();
      expect(pageHtml(path!), href).toContain(`id="${decodeURIComponent(hash!)}"`);
    }
    expectClean(problems);
    await page.close();
  });

  it('no results: a Danish message with ways on (themes and the three parts)', async () => {
    const { page, problems } = await searchFor('xqzwvyk');
    expect(await resultCount(page)).toBe(0);
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      'Ingen resultater: ingen sider nævner »xqzwvyk«.',
    );
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    const links = await empty.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/temaer/', '/procesguide/', '/cases/', '/viden/']));
    expectClean(problems);
    await page.close();
  });

  it('only results near the screen are fetched; the rest of the first ten as the list is scrolled', async () => {
    const { page } = await openPage(chromium.context);
    await page.setViewportSize({ width: 1280, height: 720 });
    const fragments: string[] = [];
    page.on('request', (r) => r.url().endsWith('.pf_fragment') && fragments.push(r.url()));
    await page.goto(`${baseUrl()}/soeg/?q=partnerskab`);
    expect(await settled(page)).toBe('done');
    // Every fragment fetched is shown, and the page has had its chance to fetch more.
    const unshown = async () => {
      await idle(page);
      return fragments.length - (await page.locator('[data-search-results] > li').count());
    };
    await expect.poll(unshown).toBe(0);
    const shown = await page.locator('[data-search-results] > li').count();
    expect(shown).toBeLessThan(10);
    expect(fragments.length).toBe(shown);
    await page.locator('[data-search-more]').waitFor({ state: 'hidden' });
    for (let i = 0; i < 10 && (await page.locator('[data-search-results] > li').count()) < 10; i++) {
      await scrollForMore(page);
    }
    expect(await page.locator('[data-search-results] > li').count()).toBe(10);
    expect(fragments.length).toBe(10);
    await page.close();
  });

  it('"Vis flere resultater" appends the next results and moves focus to the first new one', async () => {
    const { page } = await searchFor('partnerskab');
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(10);
    const more = page.locator('[data-search-more]');
    for (let i = 0; i < 10 && !(await more.isVisible()); i++) {
      await scrollForMore(page);
    }
    expect(await page.locator('[data-search-results] > li').count()).toBe(10);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, 10);
    expect(
      await page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-search-results] > li')).indexOf(
          document.activeElement!.closest('[data-search-results] > li')!,
        ),
      ),
    ).toBe(10);
    // Scrolling on fills this page of results up to twenty.
    for (
      let i = 0;
      i < 10 && !(await more.isVisible()) && (await page.locator('[data-search-results] > li').count()) < total;
      i++
    ) {
      await scrollForMore(page);
    }
    expect(await page.locator('[data-search-results] > li').count()).toBe(Math.min(20, total));
    await page.close();
  });
});
