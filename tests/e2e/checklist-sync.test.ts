/**
 * Two tabs and one store, the UI side, in Chromium: (3) two pages ticking at the same
 * moment lose nothing and agree with storage; (4) a note being typed when its
 * tjekliste is deleted in another tab keeps its text, says so and is never saved
 * into another tjekliste; (5) a value this page cannot read is never written over
 * and the user is told to reload. Plus the `pg-checklist-change` event other
 * islands listen to.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './browser';
import { KEY, PAGE, clean, openMore, ready } from './checklist-steps';
import { idle } from './waits';

const chromium = useBrowser();

const storedEnvelope = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
/** [tjekliste name, its note on "problem-kan-ikke-loeses-alene"] for every stored tjekliste. */
const storedNotes = async (page: Page) =>
  Object.values(
    (await storedEnvelope(page)).forloeb as Record<string, { name: string; items: Record<string, { note?: string }> }>,
  ).map((f) => [f.name, f.items['problem-kan-ikke-loeses-alene']?.note]);

/** Clicks a checkbox at an agreed moment, so two pages click within the same millisecond or two. */
const clickAt = (page: Page, id: string, at: number) =>
  page.evaluate(
    ({ id, at }) =>
      new Promise<void>((resolve) =>
        setTimeout(
          () => {
            document.getElementById(id)!.click();
            resolve();
          },
          Math.max(0, at - Date.now()),
        ),
      ),
    { id, at },
  );

describe('two tabs at once', () => {
  it("storage cleared in another tab (e.g. the browser's site data): the page follows and starts afresh", async () => {
    const context = await chromium.browser.newContext();
    const a = await openPage(context);
    const b = await openPage(context);
    await ready(a.page, PAGE);
    await ready(b.page, PAGE);
    await a.page.locator('input[data-item]').first().check();
    await expect.poll(() => b.page.locator('input[data-item]:checked').count()).toBe(1);
    await b.page.evaluate(() => localStorage.clear());
    await expect.poll(() => a.page.locator('input[data-item]:checked').count()).toBe(0);
    expect(await a.page.textContent('[data-overall]')).toMatch(/^0 af \d+ klaret$/);
    clean(a.problems);
    clean(b.problems);
    await context.close();
  });

  it('(3) 20 rounds of simultaneous ticks in two pages: no tick lost, pages agree, events fire', async () => {
    const context = await chromium.browser.newContext();
    const a = await openPage(context);
    const b = await openPage(context);
    await ready(a.page, PAGE);
    await ready(b.page, PAGE);
    for (const p of [a.page, b.page]) {
      await p.evaluate(() => {
        const seen = { local: 0, external: 0 };
        (window as unknown as { __seen: typeof seen }).__seen = seen;
        document.addEventListener(
          'pg-checklist-change',
          (e) => seen[(e as CustomEvent<{ source: 'local' | 'external' }>).detail.source]++,
        );
      });
    }
    const ids = await a.page.locator('input[data-item]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThanOrEqual(40);
    const ticked: string[] = [];
    for (let round = 0; round < 20; round++) {
      const [idA, idB] = [ids[2 * round]!, ids[2 * round + 1]!];
      const at = Date.now() + 40;
      await Promise.all([clickAt(a.page, idA, at), clickAt(b.page, idB, at)]);
      ticked.push(idA, idB);
    }
    const itemIds = ticked.map((id) => id.replace(/^punkt-/, ''));
    await expect
      .poll(async () => {
        const env = await storedEnvelope(a.page);
        const items = env.forloeb[env.activeId].items;
        return itemIds.filter((id) => items[id]?.done).length;
      })
      .toBe(itemIds.length);
    for (const p of [a.page, b.page]) {
      await expect
        .poll(() => p.locator('input[data-item]:checked').evaluateAll((els) => els.map((e) => e.id).sort()))
        .toEqual([...ticked].sort());
    }
    const seenA = await a.page.evaluate(
      () => (window as unknown as { __seen: { local: number; external: number } }).__seen,
    );
    const seenB = await b.page.evaluate(
      () => (window as unknown as { __seen: { local: number; external: number } }).__seen,
    );
    expect(seenA.local).toBe(20);
    expect(seenB.local).toBe(20);
    expect(seenA.external).toBeGreaterThan(0);
    expect(seenB.external).toBeGreaterThan(0);
    clean(a.problems);
    clean(b.problems);
    await context.close();
  });

  it('(4) a note typed while its list is deleted elsewhere keeps its text, says so, lands nowhere', async () => {
    const context = await chromium.browser.newContext();
    const a = await openPage(context);
    const b = await openPage(context);
    const field = '#note-felt-problem-kan-ikke-loeses-alene';
    const toggle = 'li:has([data-item="problem-kan-ikke-loeses-alene"]) [data-note-toggle]';
    await ready(a.page);
    await a.page.click(toggle);
    await a.page.fill(field, 'Den gamle note');
    await a.page.locator(field).blur();
    await openMore(a.page);
    await a.page.click('[data-action="new"]');
    await a.page.fill('#tjekliste-navn', 'Arbejde');
    await a.page.press('#tjekliste-navn', 'Enter');
    await expect.poll(() => a.page.textContent('[data-name]')).toBe('Arbejde');
    await ready(b.page);
    expect(await b.page.textContent('[data-name]')).toBe('Arbejde');

    await a.page.locator(field).focus();
    await a.page.keyboard.type('Vigtig tekst');
    // The note's own save delay (300 ms) has run: it is stored in "Arbejde".
    await expect.poll(() => storedNotes(a.page)).toContainEqual(['Arbejde', 'Vigtig tekst']);
    await a.page.keyboard.type(' mere');

    await openMore(b.page);
    await b.page.click('[data-action="delete"]');
    await b.page.click('[data-action="confirm-delete"]');
    await expect.poll(() => b.page.textContent('[data-name]')).toBe('Mit partnerskab');

    const row = 'li:has([data-item="problem-kan-ikke-loeses-alene"])';
    await expect
      .poll(() => a.page.locator(`${row} [data-note-msg]`).textContent())
      .toMatch(/^Den gemte tjekliste, du skrev noten i, er slettet i et andet vindue\..*gemmes ikke/);
    expect(await a.page.inputValue(field)).toBe('Vigtig tekst mere');
    await a.page.keyboard.type(' og endnu mere');
    await a.page.locator(field).blur();
    await idle(a.page);
    expect(await a.page.inputValue(field)).toBe('Vigtig tekst mere og endnu mere');
    const env = await storedEnvelope(a.page);
    const notes = Object.values(
      env.forloeb as Record<string, { name: string; items: Record<string, { note?: string }> }>,
    ).map((f) => [f.name, f.items['problem-kan-ikke-loeses-alene']?.note]);
    expect(notes).toEqual([['Mit partnerskab', 'Den gamle note']]);
    expect(JSON.stringify(env)).not.toContain('endnu mere');
    clean(a.problems);
    clean(b.problems);
    await context.close();
  });

  it('(5) a value this page cannot read (newer, another tab) is never written over; it says reload', async () => {
    const context = await chromium.browser.newContext();
    const a = await openPage(context);
    const b = await openPage(context);
    await ready(a.page);
    await ready(b.page);
    const newer = JSON.stringify({
      version: 99,
      activeId: 'x',
      forloeb: { x: { id: 'x', name: 'Fra fremtiden', items: {} } },
    });
    await b.page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, newer]);
    await a.page.check('#punkt-problem-praecis-enighed');
    await expect.poll(() => a.page.textContent('[data-notices]')).toMatch(/Genindlæs siden/);
    expect(await a.page.isChecked('#punkt-problem-praecis-enighed')).toBe(true);
    expect(await a.page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
    expect(await a.page.getAttribute('[data-notice="unreadable"]', 'role')).toBe('alert');
    clean(a.problems);
    clean(b.problems);
    await context.close();
  });
});
