/**
 * Search input in Chromium: the header form with and without JavaScript,
 * hostile and huge input, and that no page but the search page fetches
 * anything from /pagefind/ before a search.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPagePaths, baseUrl, openPage, useBrowser } from './browser';
import { expectClean, pageHtml, resultHrefs, settled } from './search-page';
import { idle } from './waits';

const chromium = useBrowser();

describe('the header form', () => {
  const noJsTitle =
    'without JavaScript: lands on /soeg/?q=… with the form, a note that search needs JavaScript, and ways in';
  it(noJsTitle, async () => {
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
