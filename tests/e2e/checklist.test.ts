/**
 * The interactive checklists in Chromium: ticks survive a reload, a second tab
 * follows, tjeklister can be created, renamed, switched and deleted behind the
 * tjekliste bar's "Flere valg", and JavaScript off still lets the user read and tick.
 * The backup is in checklist-export.test.ts, keyboard and axe in checklist-axe.test.ts,
 * storage faults in checklist-faults.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { baseUrl, useBrowser } from './browser';
import { barPages, firstBox, secondBox } from './checklist-pages';
import { PAGE, clean, fresh as freshContext, openMore, ready } from './checklist-steps';
import { PANEL } from '../../src/client/tjekliste/on-demand/strings';

const chromium = useBrowser();
const fresh = (options: BrowserContextOptions = {}) =>
  freshContext(chromium.browser, { acceptDownloads: true, ...options });

describe('ticks and progress', () => {
  it('a tick survives a reload and shows in the step, phase and overall progress', async () => {
    const { context, page, problems } = await fresh();
    await ready(page);
    // The step »Find det fælles, brændende problem«: the fieldset that holds the first box.
    const step = `fieldset:has(${firstBox})`;
    const inStep = await page.locator(`${step} input[type="checkbox"]`).count();
    // Each phase's items, from the outline the exports use (the page reads them from its own checkboxes).
    const inPhase = await page.evaluate(async () => {
      const outline = (await (await fetch('/procesguide/oversigt.json')).json()) as {
        phases: { id: string; steps: { items: unknown[] }[] }[];
      };
      return Object.fromEntries(outline.phases.map((p) => [p.id, p.steps.flatMap((s) => s.items).length]));
    });
    const all = Object.values(inPhase).reduce((a, b) => a + b, 0);
    await page.check(firstBox);
    await expect
      .poll(() => page.textContent('[data-live]'))
      .toBe(`Trinnet: 1 af ${inStep}. Før: 1 af ${inPhase.foer}. I alt: 1 af ${all}.`);
    await page.reload();
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    expect(await page.isChecked(firstBox)).toBe(true);
    expect(await page.textContent(`${step} [data-step-progress]`)).toBe(`1 af ${inStep} punkter klaret i dette trin`);
    expect(await page.textContent('[data-phase-progress="foer"]')).toBe(`Før: 1 af ${inPhase.foer} punkter klaret`);
    expect(await page.textContent('[data-phase-progress="under"]')).toBe(`Under: 0 af ${inPhase.under} punkter klaret`);
    expect(await page.textContent('[data-phase-progress="efter"]')).toBe(`Efter: 0 af ${inPhase.efter} punkter klaret`);
    const live = await page.getAttribute('[data-live]', 'role');
    expect(live).toBe('status');
    clean(problems);
    await context.close();
  });

  it('a second page in the same context follows the change', async () => {
    const { context, page } = await fresh();
    await ready(page);
    const other = await context.newPage();
    await ready(other, PAGE);
    await page.check(secondBox);
    await expect.poll(() => other.isChecked(secondBox)).toBe(true);
    await expect
      .poll(() => other.textContent('[data-notices]'))
      .toContain('Dine gemte tjeklister blev ændret på en anden side eller i et andet vindue.');
    expect(await other.textContent('[data-overall]')).toMatch(/^1 af \d+ klaret$/);
    await context.close();
  });

  it('a note is saved, shown as text (never HTML) and printed', async () => {
    const { context, page, problems } = await fresh();
    await ready(page);
    const toggle = page.locator(`li:has([data-item="problem-kan-ikke-loeses-alene"]) [data-note-toggle]`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    // The first opening waits for the note editor's file (tjekliste/on-demand/notes.ts).
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await page.fill('#note-felt-problem-kan-ikke-loeses-alene', hostile);
    await page.locator('#note-felt-problem-kan-ikke-loeses-alene').blur();
    await page.reload();
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    // The field is made when the note is opened; the button says there is one to show.
    await expect.poll(() => toggle.textContent()).toBe('Vis note');
    await toggle.click();
    expect(await page.inputValue('#note-felt-problem-kan-ikke-loeses-alene')).toBe(hostile);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.locator('li:has([data-item="problem-kan-ikke-loeses-alene"]) .checklist__note-print').isVisible(),
    ).toBe(true);
    expect(await page.locator('.tjekliste-bar__box').isVisible()).toBe(false);
    expect(await page.textContent('[data-print-name]')).toMatch(
      /^Tjekliste: Mit partnerskab · 0 af \d+ punkter klaret · \d+\. \w+ \d{4}$/,
    );
    clean(problems);
    await context.close();
  });
});

describe('tjeklister', () => {
  it('create, rename, switch and delete (with confirmation), each with its own ticks', async () => {
    const { context, page, problems } = await fresh();
    await ready(page);
    await page.check(firstBox);
    await openMore(page);
    await page.click('[data-action="new"]');
    await expect.poll(() => page.textContent('[data-name-label]')).toBe('Navn på den nye tjekliste');
    await page.fill('#tjekliste-navn', 'Sundhedspartnerskab Lolland');
    await page.press('#tjekliste-navn', 'Enter');
    await expect
      .poll(() => page.textContent('[data-live]'))
      .toBe('Tjeklisten »Sundhedspartnerskab Lolland« er oprettet og valgt.');
    expect(await page.locator('#tjekliste-valg option:checked').textContent()).toBe('Sundhedspartnerskab Lolland');
    expect(await page.isChecked(firstBox)).toBe(false);
    await page.check(secondBox);
    await expect.poll(() => page.textContent('[data-name]')).toBe('Sundhedspartnerskab Lolland');
    await page.click('[data-action="rename"]');
    await page.fill('#tjekliste-navn', 'Sundhedspartnerskab Lolland-Falster');
    await page.click('[data-name-form] button[type="submit"]');
    await expect
      .poll(() => page.textContent('[data-live]'))
      .toBe('Tjeklisten hedder nu »Sundhedspartnerskab Lolland-Falster«.');
    expect(await page.locator('#tjekliste-valg option').allTextContents()).toEqual([
      'Mit partnerskab',
      'Sundhedspartnerskab Lolland-Falster',
    ]);
    await page.selectOption('#tjekliste-valg', { label: 'Mit partnerskab' });
    await expect.poll(() => page.textContent('[data-live]')).toBe('Tjeklisten »Mit partnerskab« er valgt.');
    expect(await page.isChecked(firstBox)).toBe(true);
    expect(await page.isChecked(secondBox)).toBe(false);
    // Delete asks first; "Fortryd" keeps everything.
    await page.click('[data-action="delete"]');
    await expect.poll(() => page.textContent('[data-confirm-text]')).toBe(PANEL.askDelete('Mit partnerskab'));
    await expect.poll(() => page.textContent('[data-action="confirm-delete"]')).toBe('Ja, slet tjeklisten');
    await page.click('[data-action="cancel-delete"]');
    await expect.poll(() => page.locator('#tjekliste-valg option').count()).toBe(2);
    await page.click('[data-action="delete"]');
    await page.click('[data-action="confirm-delete"]');
    await expect
      .poll(() => page.textContent('[data-live]'))
      .toBe('Tjeklisten »Mit partnerskab« er slettet. Nu vises tjeklisten »Sundhedspartnerskab Lolland-Falster«.');
    expect(await page.locator('#tjekliste-valg option').allTextContents()).toEqual([
      'Sundhedspartnerskab Lolland-Falster',
    ]);
    expect(await page.isChecked(secondBox)).toBe(true);
    await page.reload();
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    await openMore(page);
    expect(await page.locator('#tjekliste-valg option').allTextContents()).toEqual([
      'Sundhedspartnerskab Lolland-Falster',
    ]);
    clean(problems);
    await context.close();
  });

  it('a hostile tjekliste name is shown as text', async () => {
    const { context, page } = await fresh();
    await ready(page);
    await openMore(page);
    await page.click('[data-action="rename"]');
    await page.fill('#tjekliste-navn', '<b id="injected">fed</b>\u202Egnp.exe');
    await page.press('#tjekliste-navn', 'Enter');
    await expect.poll(() => page.locator('#injected').count()).toBe(0);
    await expect.poll(() => page.textContent('[data-name]')).toBe('<b id="injected">fed</b>gnp.exe');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('every item and text is visible and the checkboxes can be ticked; the bar says nothing is saved', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const paths = barPages();
    // The whole tjekliste and a step page of each phase: a page lost by the helper would go untested.
    expect(paths).toHaveLength(4);
    for (const path of paths) {
      await page.goto(baseUrl() + path);
      const boxes = page.locator('input[data-item]');
      const n = await boxes.count();
      expect(n, path).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) expect(await boxes.nth(i).isVisible()).toBe(true);
      expect(await page.locator('pg-tjekliste-bar .noscript-note').textContent()).toContain('gemmes ikke');
      expect(await page.locator('.tjekliste-bar__status').isVisible()).toBe(false);
      expect(
        await page
          .locator('[data-action]')
          .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
      ).toBe(0);
    }
    await page.goto(baseUrl() + PAGE);
    await page.check(firstBox);
    await expect.poll(() => page.isChecked(firstBox)).toBe(true);
    await context.close();
  });
});
