/**
 * Search (Pagefind, Danish) in Chromium against the built site, under the CSP
 * the test server sends: queries that must find given pages, stemming,
 * metadata, filters, URL state, the header form with and without JavaScript,
 * hostile and huge input, axe with results shown, keyboard use, and that no
 * page but the search page fetches anything from /pagefind/ before a search.
 * Expectations about pages that do not exist yet (notes, guide, glossary) are
 * skipped until those pages are built.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allPagePaths, baseUrl, openPage, type PageProblems, useBrowser } from './browser';
import { runAxe } from './axe';

const pageHtml = (path: string) => readFileSync(join('dist', decodeURIComponent(path.split('#')[0]!), 'index.html'), 'utf8');
/** The MDX body (without frontmatter) of a content entry. */
const mdxBody = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

const chromium = useBrowser();

function expectClean(problems: PageProblems) {
  expect(problems.cspViolations, 'CSP-brud').toEqual([]);
  expect(problems.consoleErrors, 'konsolfejl').toEqual([]);
  expect(problems.pageErrors, 'sidefejl').toEqual([]);
  expect(problems.foreignRequests, 'kald til andre domæner').toEqual([]);
}

/** Waits for the search to settle (done, idle or error) after an action that started one. */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const s = document.querySelector('pg-search')?.getAttribute('data-state');
    return s === 'done' || s === 'idle' || s === 'error';
  });
  return page.locator('pg-search').getAttribute('data-state');
}

const resultCount = async (page: Page) => Number(await page.locator('[data-search-status]').getAttribute('data-count'));
const resultHrefs = (page: Page) => page.locator('[data-search-results] > li > h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

async function searchFor(query: string, extra = '') {
  const { page, problems } = await openPage(chromium.context);
  await page.goto(`${baseUrl()}/soeg/?q=${encodeURIComponent(query)}${extra}`);
  expect(await settled(page)).toBe('done');
  return { page, problems };
}

describe('the index', () => {
  it('is Danish and holds every page that marks its content for indexing', () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['da']);
    const marked = allPagePaths().filter((p) => /data-pagefind-body/.test(pageHtml(p)));
    expect(marked.length).toBeGreaterThan(10);
    expect(entry.languages.da.page_count).toBe(marked.length);
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
    expect(top.some((h) => expected.includes(h)), `top 3: ${top.join(', ')}`).toBe(true);
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
      expect((await resultHrefs(page)).slice(0, 3), query).toContain(path);
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
    const marks = (await page.locator('[data-search-results] mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks.some((m) => m.startsWith('hjemløshed'))).toBe(true);
    await page.close();
  });
});

describe('results', () => {
  it('show title, type, an excerpt with highlights, and section links that exist on the page', async () => {
    const { page, problems } = await searchFor('partnerskabsaftale');
    const first = page.locator('[data-search-results] > li').first();
    expect((await first.locator('h3 a').textContent())?.trim().length).toBeGreaterThan(3);
    expect(await first.locator('.search-result__type').textContent()).toMatch(/^(Case|Case-samling|Procesguide|Viden|Ordliste|Side)\b/);
    expect(await first.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
    const sections = await page.locator('.search-result__sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
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
    expect(await page.locator('[data-search-status]').textContent()).toBe('Ingen resultater for »xqzwvyk«.');
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
    await page.waitForTimeout(300);
    const shown = await page.locator('[data-search-results] > li').count();
    expect(shown).toBeLessThan(10);
    expect(fragments.length).toBe(shown);
    await page.locator('[data-search-more]').waitFor({ state: 'hidden' });
    for (let i = 0; i < 10 && (await page.locator('[data-search-results] > li').count()) < 10; i++) {
      await page.locator('[data-search-results] > li').last().scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
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
      await page.locator('[data-search-results] > li').last().scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
    }
    expect(await page.locator('[data-search-results] > li').count()).toBe(10);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, 10);
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('[data-search-results] > li')).indexOf(document.activeElement!.closest('[data-search-results] > li')!))).toBe(10);
    // Scrolling on fills this page of results up to twenty.
    for (let i = 0; i < 10 && !(await more.isVisible()) && (await page.locator('[data-search-results] > li').count()) < total; i++) {
      await page.locator('[data-search-results] > li').last().scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
    }
    expect(await page.locator('[data-search-results] > li').count()).toBe(Math.min(20, total));
    await page.close();
  });
});

describe('filters', () => {
  it('each filter value narrows the results to pages that carry it, with the count it showed', async () => {
    const { page, problems } = await searchFor('partnerskab');
    const total = await resultCount(page);
    const groups = await page.locator('[data-search-fieldsets] fieldset').count();
    expect(groups).toBe(3); // type, tema and fase
    // Ids first: which boxes are visible changes as the counts change.
    const ids = await page.locator('[data-search-fieldsets] li:visible input[type="checkbox"]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(3);
    let narrowed = 0;
    for (const id of ids) {
      const box = page.locator(`#${id}`);
      const name = await box.getAttribute('name');
      const value = await box.getAttribute('value');
      const shown = Number((await page.locator(`label[for="${id}"] .search-filters__count`).textContent())?.replace(/\D/g, ''));
      await box.check();
      expect(await settled(page)).toBe('done');
      const count = await resultCount(page);
      expect(count, `${name}=${value}`).toBe(shown);
      expect(count).toBeLessThanOrEqual(total);
      if (count < total) narrowed++;
      expect(new URL(page.url()).searchParams.getAll(name!)).toEqual([value]);
      if (name === 'type') {
        for (const t of await page.locator('.search-result__type').allTextContents()) expect(t.startsWith(value!)).toBe(true);
      }
      await box.uncheck();
      expect(await settled(page)).toBe('done');
      expect(await resultCount(page)).toBe(total);
    }
    expect(narrowed, 'ingen filterværdi indsnævrede resultaterne').toBeGreaterThan(2);
    expectClean(problems);
    await page.close();
  });

  it('values of one filter add up (or); different filters combine (and)', async () => {
    const { page } = await searchFor('partnerskab', '&tema=miljoe');
    const miljoe = await resultCount(page);
    await page.locator('input[name="tema"][value="sundhed"]').check();
    await settled(page);
    const both = await resultCount(page);
    expect(both).toBeGreaterThan(miljoe);
    await page.locator('input[name="type"][value="Case"]').check();
    await settled(page);
    const cases = await resultCount(page);
    expect(cases).toBeLessThanOrEqual(both);
    expect(new URL(page.url()).search).toBe('?q=partnerskab&type=Case&tema=miljoe&tema=sundhed');
    for (const t of await page.locator('.search-result__type').allTextContents()) expect(t).toMatch(/^Case\b/);
    await page.close();
  });

  it('filters alone (no query) list the pages that carry them', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.goto(`${baseUrl()}/soeg/?tema=miljoe&type=Case`);
    expect(await settled(page)).toBe('done');
    const hrefs = await resultHrefs(page);
    expect(hrefs).toEqual(expect.arrayContaining(['/cases/groenne-indkoeb/', '/cases/groen-skibsfart/']));
    expect(hrefs.every((h) => h.startsWith('/cases/'))).toBe(true);
    expectClean(problems);
    await page.close();
  });

  it('fase narrows to the guide phase', async () => {
    const { page } = await searchFor('partnerskab', '&fase=foer');
    const hrefs = await resultHrefs(page);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('/procesguide/foer/'))).toBe(true);
    await page.close();
  });

  it('an unknown filter value in the URL is dropped, not turned into zero results', async () => {
    const { page } = await searchFor('fuldkorn', '&tema=findes-ikke&type=%3Cscript%3E');
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('?q=fuldkorn');
    await page.close();
  });
});

describe('URL state', () => {
  it('query and filters survive reload, back and forward', async () => {
    const { page, problems } = await searchFor('partnerskab');
    const all = await resultCount(page);
    await page.locator('input[name="type"][value="Case"]').check();
    await settled(page);
    const cases = await resultCount(page);
    expect(cases).toBeLessThan(all);
    expect(page.url()).toMatch(/\/soeg\/\?q=partnerskab&type=Case$/);

    await page.reload();
    expect(await settled(page)).toBe('done');
    expect(await page.locator('input[name="type"][value="Case"]').isChecked()).toBe(true);
    expect(await page.locator('#soeg-q').inputValue()).toBe('partnerskab');
    expect(await resultCount(page)).toBe(cases);

    // A new query keeps the filters and is a step of its own in the history.
    await page.locator('#soeg-q').fill('fuldkorn');
    await page.locator('#soeg-q').press('Enter');
    await settled(page);
    expect(page.url()).toMatch(/\?q=fuldkorn&type=Case$/);

    await page.goBack();
    await page.waitForURL(/\?q=partnerskab&type=Case$/);
    expect(await settled(page)).toBe('done');
    expect(await page.locator('#soeg-q').inputValue()).toBe('partnerskab');
    expect(await resultCount(page)).toBe(cases);

    await page.goBack();
    await page.waitForURL(/\?q=partnerskab$/);
    expect(await settled(page)).toBe('done');
    expect(await page.locator('input[name="type"][value="Case"]').isChecked()).toBe(false);
    expect(await resultCount(page)).toBe(all);

    await page.goForward();
    await page.waitForURL(/\?q=partnerskab&type=Case$/);
    expect(await settled(page)).toBe('done');
    expect(await page.locator('input[name="type"][value="Case"]').isChecked()).toBe(true);
    expect(await resultCount(page)).toBe(cases);
    expectClean(problems);
    await page.close();
  });
});

describe('the header form', () => {
  it('without JavaScript: lands on /soeg/?q=… with the form, a note that search needs JavaScript, and ways in', async () => {
    const noJs = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    const pagefind: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/') && pagefind.push(r.url()));
    await page.goto(`${baseUrl()}/cases/`);
    await page.locator('.site-header input[name="q"]').fill('grøn skibsfart');
    await page.locator('.site-header input[name="q"]').press('Enter');
    await page.waitForURL('**/soeg/?q=gr%C3%B8n+skibsfart');
    expect(await page.locator('main form[role="search"] input[name="q"]').isVisible()).toBe(true);
    const note = page.locator('[data-search-nojs]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Søgningen kræver JavaScript');
    const links = await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/temaer/', '/cases/', '/procesguide/', '/viden/', '/ordliste/']);
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    expect(pagefind).toEqual([]);
    await noJs.close();
  });

  it('with JavaScript: the search page runs the query at once', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.goto(`${baseUrl()}/cases/fuldkorn/`);
    await page.locator('.site-header input[name="q"]').fill('hjemløse');
    await page.locator('.site-header input[name="q"]').press('Enter');
    await page.waitForURL('**/soeg/?q=hjeml%C3%B8se');
    expect(await settled(page)).toBe('done');
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(false);
    expect((await resultHrefs(page))[0]).toBe('/cases/hjemloesestrategien/');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ resultater? for »hjemløse«\.$/);
    expectClean(problems);
    await page.close();
  });
});

describe('hostile and huge input', () => {
  const inputs: [string, string][] = [
    ['a quote', '"'],
    ['quotes and an apostrophe', `"partnerskab" 'aftale`],
    ['a script tag', '<script>window.__pwned = 1</script>'],
    ['an attribute breakout', '"><img src=x onerror="window.__pwned=1">'],
    ['emoji', '🤝🏽 partnerskab 👩‍👩‍👧'],
    ['control characters and entities', 'a\u0000b\u202e &amp; &lt;mark&gt; %00 %'],
    ['5,000 characters', 'partnerskab '.repeat(417).slice(0, 5000)],
    ['5,000 emoji', '😀'.repeat(5000)],
  ];

  it.each(inputs)('%s: no error, no markup, query capped at 200 characters', async (_, query) => {
    // In the URL as well as typed, unless the URL would be longer than servers accept (8 KB).
    const ways = encodeURIComponent(query).length < 8000 ? (['url', 'typed'] as const) : (['typed'] as const);
    for (const how of ways) {
      const { page, problems } = await openPage(chromium.context);
      if (how === 'url') {
        await page.goto(`${baseUrl()}/soeg/?q=${encodeURIComponent(query)}`);
      } else {
        await page.goto(`${baseUrl()}/soeg/`);
        // Set like a paste that ignores maxlength, then submit.
        await page.locator('#soeg-q').evaluate((el, v) => ((el as HTMLInputElement).value = v), query);
        await page.locator('#soeg-q').press('Enter');
      }
      expect(['done', 'idle']).toContain(await settled(page));
      const injected = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        markup: document.querySelectorAll('pg-search script, pg-search img, pg-search iframe, [data-search-results] mark mark').length,
        status: document.querySelector('[data-search-status]')?.textContent ?? '',
        value: (document.querySelector('#soeg-q') as HTMLInputElement).value,
      }));
      // Booleans and lengths only: a failure must not print 5,000 characters.
      expect(injected.pwned, how).toBeUndefined();
      expect(injected.markup, how).toBe(0);
      expect(Array.from(injected.value).length, how).toBeLessThanOrEqual(200);
      expect(Array.from(new URL(page.url()).searchParams.get('q') ?? '').length, how).toBeLessThanOrEqual(200);
      if (Array.from(query.trim()).length > 200) expect(await page.locator('[data-search-note]').isVisible(), how).toBe(true);
      // What was searched for is shown as text, verbatim.
      if (query.includes('<script>')) expect(injected.status.includes('»<script>window.__pwned = 1</script>«'), injected.status).toBe(true);
      expectClean(problems);
      await page.close();
    }
  });
});

describe('query understanding', () => {
  it('a word typed without æøå is corrected, said above the results, and the undo link searches as typed', async () => {
    const { page, problems } = await searchFor('forudsaetninger');
    const line = page.locator('[data-search-correction]');
    expect(await line.isVisible()).toBe(true);
    expect(await line.textContent()).toBe('Viser resultater for »forudsætninger«. Søg i stedet efter »forudsaetninger«.');
    expect((await resultHrefs(page)).slice(0, 3)).toContain('/samling/forudsaetninger/');
    // The line comes before the results in reading order.
    expect(await page.evaluate(() => !!(document.querySelector('[data-search-correction]')!.compareDocumentPosition(document.querySelector('[data-search-results]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
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

  it('a misspelling does not fall back to a shorter, unrelated word', async () => {
    // Without correction Pagefind matched "hjem" for "hjemloese" (the longest indexed word it starts with).
    const { page } = await searchFor('hjemloese');
    expect((await resultHrefs(page))[0]).toBe('/cases/hjemloesestrategien/');
    expect(await page.locator('[data-search-correction]').textContent()).toContain('»hjemløse«');
    await page.close();
  });
});

describe('filters on a phone', () => {
  it('sit behind one closed »Filtrér« disclosure after the result count, and work from there', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${baseUrl()}/soeg/?q=partnerskab`);
    expect(await settled(page)).toBe('done');
    const details = page.locator('details[data-search-filters]');
    const summary = details.locator('summary');
    expect(await summary.textContent()).toBe('Filtrér');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await page.locator('input[name="type"]').first().isVisible()).toBe(false);
    // After the count, before the results, in reading order and on screen.
    const order = await page.evaluate(() => {
      const [status, filters, results] = ['[data-search-status]', 'details[data-search-filters]', '[data-search-results]'].map((s) => document.querySelector(s)!);
      return [status!.compareDocumentPosition(filters!) & Node.DOCUMENT_POSITION_FOLLOWING, filters!.compareDocumentPosition(results!) & Node.DOCUMENT_POSITION_FOLLOWING].every(Boolean);
    });
    expect(order).toBe(true);
    const all = await resultCount(page);
    await summary.focus();
    await page.keyboard.press('Enter');
    const box = page.locator('input[name="type"][value="Case"]');
    expect(await box.isVisible()).toBe(true);
    await box.check();
    await settled(page);
    expect(await resultCount(page)).toBeLessThan(all);
    // A reload with a filter chosen opens the disclosure, so the choice is visible.
    await page.reload();
    expect(await settled(page)).toBe('done');
    expect(await details.getAttribute('open')).not.toBeNull();
    expectClean(problems);
    await page.close();
  });

  it('on a wide screen the filters are open beside the results, without a summary to click', async () => {
    const { page } = await openPage(chromium.context);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl()}/soeg/?q=partnerskab`);
    expect(await settled(page)).toBe('done');
    expect(await page.locator('details[data-search-filters] summary').isVisible()).toBe(false);
    expect(await page.locator('input[name="type"]').first().isVisible()).toBe(true);
    await page.close();
  });
});

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
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
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
        return { tag: el.tagName, type: (el as HTMLInputElement).type, name: (el as HTMLInputElement).name, inResults: !!el.closest('[data-search-results]'), visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none' };
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

describe('Pagefind loads only when someone searches', () => {
  const paths = ['/', '/cases/', '/cases/hjemloesestrategien/', '/soeg/'];
  it.each(paths)('%s requests nothing from /pagefind/ on load; a search does', async (path) => {
    const { page, problems } = await openPage(chromium.context);
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(new URL(r.url()).pathname);
    });
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    // Focus and type in the header field: still nothing.
    await page.locator('.site-header input[name="q"]').fill('fuldkorn');
    await page.waitForTimeout(300);
    expect(pagefind).toEqual([]);
    await page.locator('.site-header input[name="q"]').press('Enter');
    await page.waitForURL('**/soeg/?q=fuldkorn');
    expect(await settled(page)).toBe('done');
    expect(pagefind).toContain('/pagefind/pagefind.js');
    expect(pagefind.some((p) => p.endsWith('.pf_fragment'))).toBe(true);
    expectClean(problems);
    await page.close();
  });

  it('no page but the search page refers to pagefind in its HTML or its scripts', () => {
    for (const p of allPagePaths().filter((x) => x !== '/soeg/')) {
      const html = pageHtml(p);
      expect(html, p).not.toMatch(/pagefind\.js|pagefind-ui/);
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
        expect(readFileSync(join('dist', src!), 'utf8'), `${p}: ${src}`).not.toContain('pagefind');
      }
    }
    // The search page's own script reaches Pagefind by a run-time URL (dynamic import), not a static import.
    const [, src] = pageHtml('/soeg/').match(/<script[^>]*\ssrc="([^"]+)"/) ?? [];
    const js = readFileSync(join('dist', src!), 'utf8');
    expect(js).not.toMatch(/^import[^;]*pagefind/m);
    expect(readdirSync('dist/pagefind')).toContain('pagefind.js');
  });
});
