/**
 * Search (Pagefind, Danish) in Chromium against the built site, under the CSP
 * the test server sends: the index, queries that must find given pages,
 * metadata and stemming. The other search files: search-results (the results
 * list), search-filters (filters and URL state), search-input (the header
 * form, hostile input, when Pagefind loads), search-understanding (query
 * understanding) and search-a11y (accessibility).
 * Expectations about pages that do not exist yet (notes, guide, glossary) are
 * skipped until those pages are built.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPagePaths, useBrowser } from './browser';
import { expectClean, mdxBody, pageHtml, resultHrefs, searchFor as searchIn } from './search-page';
import { scrollForMore } from './waits';

const chromium = useBrowser();
const searchFor = (query: string, extra = '') => searchIn(chromium.context, query, extra);

describe('the index', () => {
  it('is Danish and holds every page that marks its content for indexing', () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['da']);
    const marked = allPagePaths().filter((p) => /data-pagefind-body/.test(pageHtml(p)));
    expect(marked.length).toBeGreaterThan(10);
    // Each glossary term is a result of its own too (scripts/pagefind.mjs), besides the pages.
    const terms = [...readFileSync('src/content/ordliste/ordliste.yaml', 'utf8').matchAll(/^[a-z0-9-]+:$/gm)].length;
    expect(terms).toBeGreaterThan(10);
    expect(entry.languages.da.page_count).toBe(marked.length + terms);
    // Not indexed: the search page itself and the 404 page.
    expect(pageHtml('/soeg/')).not.toMatch(/data-pagefind-body/);
  });
});

describe('queries find the right pages (top 3)', () => {
  const cases: [string, string[]][] = [
    ['hjemløse', ['/cases/hjemloesestrategien/']],
    ['fuldkorn', ['/cases/fuldkorn/']],
    ['skibsfart', ['/cases/groen-skibsfart/']],
    ['nøglehul', ['/cases/noeglehullet/']],
    ['patientsikkerhed', ['/cases/patientsikker-kommune/']],
    ['grønne indkøb', ['/cases/groenne-indkoeb/']],
    // Lead authority (case facts box): either of the authority's cases.
    ['Fødevarestyrelsen', ['/cases/fuldkorn/', '/cases/noeglehullet/']],
  ];
  it.each(cases)('"%s" → %j', async (query, expected) => {
    const { page, problems } = await searchFor(query);
    const top = (await resultHrefs(page)).slice(0, 3);
    expect(
      top.some((h) => expected.includes(h)),
      `top 3: ${top.join(', ')}`,
    ).toBe(true);
    expectClean(problems);
    await page.close();
  });

  const later: [string, string, string][] = [
    ['VIVE', '/viden/partnerskaber-5-10-aar/', 'the VIVE 2023 note'],
    ['Broen til bedre sundhed', '/viden/broen-til-bedre-sundhed/', 'the KORA 2014 note'],
  ];
  it.each(later)('"%s" → %s (%s)', async (query, path) => {
    const { page } = await searchFor(query);
    expect((await resultHrefs(page)).slice(0, 3)).toContain(path);
    await page.close();
  });

  it('metadata only in the case facts box is searchable (partnership name, organisation)', async () => {
    // Words the case text itself never uses: only the facts box can make the page findable by them.
    const probes: [string, string, string][] = [
      ['uddannelsesverdenen', '/cases/videnskredsloeb/', 'src/content/cases/videnskredsloeb.mdx'],
      ['faciliteret', '/cases/hjemloesestrategien/', 'src/content/cases/hjemloesestrategien.mdx'],
    ];
    const factsOnly = probes.filter(([query, , file]) => !mdxBody(file).toLowerCase().includes(query));
    expect(factsOnly.length, 'alle prøveord står nu også i teksten: vælg nye').toBeGreaterThan(0);
    for (const [query, path] of factsOnly) {
      const { page } = await searchFor(query);
      // Found at all is the point: other pages may rank above it on the same stem (a step whose
      // checklist says »facilitere«), which the indexed checklist items now make findable too.
      expect(await resultHrefs(page), query).toContain(path);
      await page.close();
    }
  });
});

describe('Danish stemming', () => {
  it('"partnerskabsaftaler" finds pages that only say "partnerskabsaftale"', async () => {
    const { page, problems } = await searchFor('partnerskabsaftaler');
    const hrefs = await resultHrefs(page);
    expect(hrefs.length).toBeGreaterThan(0);
    const onlySingular = hrefs.filter((h) => {
      const text = pageHtml(h).toLowerCase();
      return !text.includes('partnerskabsaftaler') && text.includes('partnerskabsaftale');
    });
    expect(onlySingular.length, `ingen side uden "partnerskabsaftaler" blandt ${hrefs.join(', ')}`).toBeGreaterThan(0);
    // The excerpt highlights the inflected form that is on the page.
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks.some((m) => /^partnerskabsaftale/i.test(m) && !/^partnerskabsaftaler/i.test(m))).toBe(true);
    expectClean(problems);
    await page.close();
  });

  it('"hjemløse" also finds "hjemløshed" (same stem)', async () => {
    const { page } = await searchFor('hjemløse');
    // The stem match need not be among the first few: load the first ten results as a reader scrolls.
    for (let i = 0; i < 3; i++) await scrollForMore(page);
    const marks = (await page.locator('[data-search-results] mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks.some((m) => m.startsWith('hjemløshed'))).toBe(true);
    await page.close();
  });
});
