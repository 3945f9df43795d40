/**
 * Query understanding in Chromium: words typed without æøå are corrected
 * (and the correction can be undone), unknown words and compounds are said
 * above the results, and »hvad er X« brings the glossary entry first.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { expectClean, resultCount, resultHrefs, searchFor as searchIn, settled } from './search-page';

const chromium = useBrowser();
const searchFor = (query: string, extra = '') => searchIn(chromium.context, query, extra);

describe('query understanding', () => {
  it('a word without æøå is corrected, said above the results, and the undo link searches as typed', async () => {
    const { page, problems } = await searchFor('forudsaetninger');
    const line = page.locator('[data-search-correction]');
    expect(await line.isVisible()).toBe(true);
    expect(await line.textContent()).toBe(
      'Viser resultater for »forudsætninger«. Søg i stedet efter »forudsaetninger«.',
    );
    expect((await resultHrefs(page)).slice(0, 3)).toContain('/samling/forudsaetninger/');
    // The line comes before the results in reading order.
    expect(
      await page.evaluate(
        () =>
          !!(
            document
              .querySelector('[data-search-correction]')!
              .compareDocumentPosition(document.querySelector('[data-search-results]')!) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
      ),
    ).toBe(true);
    const undo = line.locator('a');
    expect(await undo.getAttribute('href')).toBe('/soeg/?q=forudsaetninger&praecis=1');
    await undo.click();
    await page.waitForURL(/\?q=forudsaetninger&praecis=1$/);
    expect(await settled(page)).toBe('done');
    expect(await line.isVisible()).toBe(false);
    expect(await page.locator('#soeg-q').inputValue()).toBe('forudsaetninger');
    // Back: the corrected search again.
    await page.goBack();
    await page.waitForURL(/\?q=forudsaetninger$/);
    expect(await settled(page)).toBe('done');
    expect(await line.isVisible()).toBe(true);
    expectClean(problems);
    await page.close();
  });

  it('a word the index has is never corrected; a question keeps its content words', async () => {
    for (const q of ['partnerskab', 'hjemløse', 'hvad koster et partnerskab']) {
      const { page } = await searchFor(q);
      expect(await page.locator('[data-search-correction]').isVisible(), q).toBe(false);
      expect(await resultCount(page), q).toBeGreaterThan(0);
      await page.close();
    }
  });

  it('a query no page names a word of goes to the empty results, not to »bl.a.«', async () => {
    const { page, problems } = await searchFor('xyzzy blah');
    expect(await resultCount(page)).toBe(0);
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      'Ingen resultater: ingen sider nævner »xyzzy« eller »blah«.',
    );
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    expectClean(problems);
    await page.close();
  });

  it('an unknown compound is split into the words on the site, and the page says so', async () => {
    const { page } = await searchFor('kontraktskabelon');
    const line = page.locator('[data-search-correction]');
    expect(await line.textContent()).toBe(
      'Ingen sider nævner »kontraktskabelon«. Viser resultater for »kontrakt skabelon«.',
    );
    expect(await resultCount(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('a correctly spelled Danish word the site does not use is never corrected into another word', async () => {
    const { page } = await searchFor('partnerskab stoppe');
    const line = page.locator('[data-search-correction]');
    expect(await line.textContent()).toBe('Ingen sider nævner »stoppe«. Viser resultater for »partnerskab«.');
    await page.close();
  });

  it('»hvad er X« brings the glossary entry for X first', async () => {
    const { page } = await searchFor('hvad er en driftsoverenskomst?');
    expect((await resultHrefs(page))[0]).toBe('/ordliste/#driftsoverenskomst');
    await page.close();
  });

  it('a misspelling does not fall back to a shorter, unrelated word', async () => {
    // Without correction Pagefind matched "hjem" for "hjemloese" (the longest indexed word it starts with).
    const { page } = await searchFor('hjemloese');
    expect((await resultHrefs(page))[0]).toBe('/cases/hjemloesestrategien/');
    expect(await page.locator('[data-search-correction]').textContent()).toContain('»hjemløse«');
    await page.close();
  });
});
