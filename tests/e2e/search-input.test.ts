/**
 * Search in Chromium, second part (the first is search.test.ts): the header
 * form with and without JavaScript, hostile and huge input, query
 * understanding, the filters on a phone, axe with results shown, keyboard
 * use, and that no page but the search page fetches anything from /pagefind/
 * before a search.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPagePaths, baseUrl, openPage, useBrowser } from './browser';
import { runAxe } from './axe';
import { expectClean, pageHtml, resultCount, resultHrefs, searchFor as searchIn, settled } from './search-page';
import { idle } from './waits';

const chromium = useBrowser();
const searchFor = (query: string, extra = '') => searchIn(chromium.context, query, extra);

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
        markup: document.querySelectorAll(
          'pg-search script, pg-search img, pg-search iframe, [data-search-results] mark mark',
        ).length,
        status: document.querySelector('[data-search-status]')?.textContent ?? '',
        value: (document.querySelector('#soeg-q') as HTMLInputElement).value,
      }));
      // Booleans and lengths only: a failure must not print 5,000 characters.
      expect(injected.pwned, how).toBeUndefined();
      expect(injected.markup, how).toBe(0);
      expect(Array.from(injected.value).length, how).toBeLessThanOrEqual(200);
      expect(Array.from(new URL(page.url()).searchParams.get('q') ?? '').length, how).toBeLessThanOrEqual(200);
      if (Array.from(query.trim()).length > 200)
        expect(await page.locator('[data-search-note]').isVisible(), how).toBe(true);
      // What was searched for is shown as text, verbatim.
      if (query.includes('<script>'))
        expect(injected.status.includes('»<script>window.__pwned = 1</script>«'), injected.status).toBe(true);
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
      const [status, filters, results] = [
        '[data-search-status]',
        'details[data-search-filters]',
        '[data-search-results]',
      ].map((s) => document.querySelector(s)!);
      return [
        status!.compareDocumentPosition(filters!) & Node.DOCUMENT_POSITION_FOLLOWING,
        filters!.compareDocumentPosition(results!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ].every(Boolean);
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
    await idle(page);
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
