/**
 * The tjekliste bar's "Del": a share link round-trips into a new tjekliste in a
 * fresh browser, "Luk" changes nothing, tampered and oversized links are
 * refused, axe finds nothing in the dialog, and the link's length (logged).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { runAxe } from './axe';
import { baseUrl, useBrowser } from './browser';
import { firstBox, makeTjekliste, noteField, stored } from './checklist-pages';
import { KEY, PAGE, clean, fresh as freshContext, openMore, ready } from './checklist-steps';
import publishedIds from '../../src/content/tjekliste/udgivne-id.json';

const chromium = useBrowser();
const fresh = (options: BrowserContextOptions = {}) => freshContext(chromium.browser, options);

describe('Del med en kollega', () => {
  async function shareLink(page: Page): Promise<string> {
    await page.click('[data-action="share"]');
    await page.waitForSelector('[data-share-out]:not([hidden])');
    return page.inputValue('#tjekliste-link');
  }

  /** A share link made in one browser (then closed), and a second, fresh browser with the checklist open. */
  async function linkIntoSecondBrowser() {
    const a = await fresh();
    await ready(a.page);
    await makeTjekliste(a.page, 'Fælles projekt', 'En note');
    const link = await shareLink(a.page);
    await a.context.close();
    const b = await fresh();
    await ready(b.page);
    return { link, b };
  }

  it('round-trips into a new tjekliste in a fresh browser, overwrites nothing, leaves the address clean', async () => {
    const a = await fresh();
    await ready(a.page);
    await makeTjekliste(a.page, 'Sundhedspartnerskab Lolland', 'Drøftes på <i>mødet</i>');
    const link = await shareLink(a.page);
    expect(link.startsWith(`${baseUrl()}${PAGE}#del=`)).toBe(true);
    expect(await a.page.textContent('label[for="tjekliste-link"]')).toBe('Link til tjeklisten');
    expect(await a.page.textContent('[data-message]')).toMatch(/Alle, der får linket, kan se afkrydsninger og noter/);
    clean(a.problems);
    await a.context.close();

    const b = await fresh();
    await ready(b.page);
    await b.page.check('#punkt-problem-kan-ikke-loeses-alene');
    const own = JSON.parse((await stored(b.page))!);
    await b.page.goto(`${baseUrl()}/`);
    await b.page.goto(link);
    await b.page.waitForSelector('dialog[data-share-dialog][open]');
    // A read-only preview: name, when, counts, and the items with their ticks and notes.
    expect(await b.page.textContent('[data-share-summary]')).toMatch(
      /^Delt \d{1,2}\. [a-zæøå]+ \d{4} kl\. \d\d\.\d\d\. 1 af \d+ punkter klaret, 1 note\.$/,
    );
    expect(await b.page.textContent('#tjekliste-delt-titel')).toBe('Delt tjekliste: »Sundhedspartnerskab Lolland«');
    const preview = await b.page.locator('[data-share-items]').textContent();
    expect(preview).toContain('Note: Drøftes på <i>mødet</i>');
    expect(preview).toMatch(/Klaret: /);
    expect(await b.page.textContent('[data-action="share-accept"]')).toBe('Gem som ny tjekliste');
    expect(await b.page.textContent('[data-action="share-merge"]')).toBe('Flet ind i »Mit partnerskab«');
    expect(await stored(b.page)).toBe(JSON.stringify(own));
    expect(await runAxe(b.page).then((r) => r.violations)).toEqual([]);
    await b.page.click('[data-action="share-accept"]');
    await expect.poll(() => b.page.textContent('[data-name]')).toBe('Sundhedspartnerskab Lolland');
    expect(new URL(b.page.url()).hash).toBe('');
    expect(await b.page.isChecked(firstBox)).toBe(true);
    await b.page.click('li:has([data-item="problem-kan-ikke-loeses-alene"]) [data-note-toggle]');
    expect(await b.page.inputValue(noteField)).toBe('Drøftes på <i>mødet</i>');
    expect(await b.page.locator('i').filter({ hasText: 'mødet' }).count()).toBe(0);
    const after = JSON.parse((await stored(b.page))!);
    expect(Object.keys(after.forloeb)).toHaveLength(2);
    expect(after.forloeb[own.activeId]).toEqual(own.forloeb[own.activeId]);
    expect(await b.page.textContent('[data-live]')).toBe(
      '»Sundhedspartnerskab Lolland« er gemt som en ny tjekliste og valgt.',
    );
    clean(b.problems);
    await b.context.close();
  });

  it('"Luk" changes nothing and removes the fragment', async () => {
    const { link, b } = await linkIntoSecondBrowser();
    await b.page.check('#punkt-problem-kan-ikke-loeses-alene');
    const before = await stored(b.page);
    await b.page.goto(`${baseUrl()}/`);
    await b.page.goto(link);
    await b.page.waitForSelector('dialog[data-share-dialog][open]');
    await b.page.click('[data-action="share-reject"]');
    await expect.poll(() => b.page.locator('dialog[data-share-dialog][open]').count()).toBe(0);
    expect(new URL(b.page.url()).hash).toBe('');
    expect(await stored(b.page)).toBe(before);
    expect(await b.page.isChecked(firstBox)).toBe(false);
    clean(b.problems);
    await b.context.close();
  });

  it.each([
    ['tampered', (link: string) => link.slice(0, link.length - 12), /beskadiget eller ufuldstændigt/],
    [
      'oversized',
      (link: string) => `${link.split('#')[0]}#del=${'A'.repeat(7000)}`,
      /for langt \(7\.000 tegn\).*sikkerhedskopi/,
    ],
    [
      'not ours',
      (link: string) => `${link.split('#')[0]}#del=q1YqSSwqUbJSMlSqBQA`,
      /beskadiget|ikke en delt tjekliste/,
    ],
  ])('a %s link is refused with a clear Danish message and changes nothing', async (_, mangle, message) => {
    const { link, b } = await linkIntoSecondBrowser();
    const before = await stored(b.page);
    // Pasted into this very page's address bar: a hash change, not a new load.
    await b.page.goto(mangle(link));
    await b.page.waitForSelector('dialog[data-share-dialog][open]');
    expect(await b.page.textContent('[data-share-summary]')).toMatch(message);
    expect(await b.page.locator('[data-action="share-accept"]').isVisible()).toBe(false);
    expect(await runAxe(b.page).then((r) => r.violations)).toEqual([]);
    await b.page.click('[data-action="share-reject"]');
    await expect.poll(() => new URL(b.page.url()).hash).toBe('');
    expect(await stored(b.page)).toBe(before);
    clean(b.problems);
    await b.context.close();
  });

  it('measures the link for every item ticked and 10 notes of 200 characters (logged), under the limit', async () => {
    const { context, page } = await fresh();
    const ids = publishedIds as string[];
    const note = (i: number) =>
      `Note ${i}: aftalt på styregruppemødet, at kommunen og regionen hver udpeger en tovholder, og at vi ` +
      `følger op i næste kvartal med en kort status til direktionen. `.padEnd(200, 'x').slice(0, 200);
    const items = Object.fromEntries(ids.map((id, i) => [id, i < 10 ? { done: true, note: note(i) } : { done: true }]));
    await context.addInitScript(
      ([k, value]) => {
        if (!localStorage.getItem(k!)) localStorage.setItem(k!, value!);
      },
      [
        KEY,
        JSON.stringify({
          version: 1,
          activeId: 'f1',
          forloeb: {
            f1: {
              id: 'f1',
              name: 'Sundhedspartnerskab Lolland',
              created: '2026-01-01T00:00:00.000Z',
              updated: '2026-01-01T00:00:00.000Z',
              items,
            },
          },
        }),
      ],
    );
    await ready(page);
    await openMore(page);
    const link = await shareLink(page);
    console.log(
      `Delelink med ${ids.length} afkrydsede punkter og 10 noter à 200 tegn: ${link.length} tegn (heraf ` +
        `fragment ${link.split('#')[1]!.length})`,
    );
    expect(link.length).toBeLessThanOrEqual(6000);
    await context.close();
  });
});
