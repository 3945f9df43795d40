/**
 * The interactive checklists in Chromium: ticks survive a reload, a second tab
 * follows, forløb can be created, renamed, switched and deleted behind the
 * forløb bar's "Flere valg", the backup round-trips, JavaScript off still
 * lets the user read and tick, keyboard only completes a phase, and axe finds nothing with
 * the disclosure, the name form, the delete confirmation and a note open.
 * Storage faults are in checklist-faults.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { runAxe } from './axe';
import { allPagePaths, baseUrl, useBrowser } from './browser';
import { KEY, PAGE, clean, fresh as freshContext, openMore, ready } from './forloeb';
import { PANEL } from '../../src/client/tjekliste/on-demand/strings';

/** Built guide pages that carry the forløb bar: the whole checklist and the first such page of each phase. */
/** The whole tjekliste and one step page per phase: pages with the bar and a checklist. */
function barPages(): string[] {
  const withChecklist = allPagePaths().filter((p) => {
    if (!p.startsWith('/procesguide/')) return false;
    const html = readFileSync(`dist${p}index.html`, 'utf8');
    return html.includes('data-forloeb') && html.includes('<pg-tjekliste>');
  });
  const firstPerPhase = ['foer', 'under', 'efter']
    .map((f) => withChecklist.find((p) => p.startsWith(`/procesguide/${f}/`)))
    .filter((p): p is string => !!p);
  return [...new Set([PAGE, ...firstPerPhase])];
}

const chromium = useBrowser();
const fresh = (options: BrowserContextOptions = {}) =>
  freshContext(chromium.browser, { acceptDownloads: true, ...options });

const axe = async (page: Page) => (await runAxe(page)).violations;

const firstBox = '#punkt-problem-praecis-enighed';
const secondBox = '#punkt-problem-kan-ikke-loeses-alene';

describe('ticks and progress', () => {
  it('a tick survives a reload and shows in the step, phase and overall progress', async () => {
    const { context, page, problems } = await fresh();
    await ready(page);
    const inStep = await page.locator('fieldset[data-step="braendende-problem"] input[type="checkbox"]').count();
    await page.check(firstBox);
    await expect
      .poll(() => page.textContent('[data-live]'))
      .toMatch(new RegExp(`Trinnet: 1 af ${inStep}\\. Før: 1 af \\d+\\. I alt: 1 af \\d+\\.`));
    await page.reload();
    await page.waitForSelector('[data-forloeb][data-ready]');
    expect(await page.isChecked(firstBox)).toBe(true);
    expect(await page.textContent('fieldset[data-step="braendende-problem"] [data-step-progress]')).toBe(
      `1 af ${inStep} punkter klaret i dette trin`,
    );
    expect(await page.textContent('[data-phase-progress="foer"]')).toMatch(/^Før: 1 af \d+ punkter klaret$/);
    expect(await page.textContent('[data-phase-progress="efter"]')).toMatch(/^Efter: 0 af \d+ punkter klaret$/);
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
    const toggle = page.locator(`[data-item-row="problem-kan-ikke-loeses-alene"] [data-note-toggle]`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    // The first opening waits for the note editor's file (tjekliste/on-demand/notes.ts).
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await page.fill('#note-felt-problem-kan-ikke-loeses-alene', hostile);
    await page.locator('#note-felt-problem-kan-ikke-loeses-alene').blur();
    await page.reload();
    await page.waitForSelector('[data-forloeb][data-ready]');
    // The field is made when the note is opened; the button says there is one to show.
    await expect.poll(() => toggle.textContent()).toBe('Vis note');
    await toggle.click();
    expect(await page.inputValue('#note-felt-problem-kan-ikke-loeses-alene')).toBe(hostile);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.locator('[data-item-row="problem-kan-ikke-loeses-alene"] .checklist__note-print').isVisible(),
    ).toBe(true);
    expect(await page.locator('.forloeb-bar__box').isVisible()).toBe(false);
    expect(await page.textContent('[data-print-name]')).toMatch(
      /^Tjekliste: Mit partnerskab · 0 af \d+ punkter klaret · \d+\. \w+ \d{4}$/,
    );
    clean(problems);
    await context.close();
  });
});

describe('forløb', () => {
  it('create, rename, switch and delete (with confirmation), each with its own ticks', async () => {
    const { context, page, problems } = await fresh();
    await ready(page);
    await page.check(firstBox);
    await openMore(page);
    await page.click('[data-action="new"]');
    await expect.poll(() => page.textContent('[data-name-label]')).toBe('Navn på den nye tjekliste');
    await page.fill('#forloeb-navn', 'Sundhedspartnerskab Lolland');
    await page.press('#forloeb-navn', 'Enter');
    await expect
      .poll(() => page.textContent('[data-live]'))
      .toBe('Tjeklisten »Sundhedspartnerskab Lolland« er oprettet og valgt.');
    expect(await page.locator('#forloeb-valg option:checked').textContent()).toBe('Sundhedspartnerskab Lolland');
    expect(await page.isChecked(firstBox)).toBe(false);
    await page.check(secondBox);
    await expect.poll(() => page.textContent('[data-name]')).toBe('Sundhedspartnerskab Lolland');
    await page.click('[data-action="rename"]');
    await page.fill('#forloeb-navn', 'Sundhedspartnerskab Lolland-Falster');
    await page.click('[data-name-form] button[type="submit"]');
    await expect
      .poll(() => page.textContent('[data-live]'))
      .toBe('Tjeklisten hedder nu »Sundhedspartnerskab Lolland-Falster«.');
    expect(await page.locator('#forloeb-valg option').allTextContents()).toEqual([
      'Mit partnerskab',
      'Sundhedspartnerskab Lolland-Falster',
    ]);
    await page.selectOption('#forloeb-valg', { label: 'Mit partnerskab' });
    await expect.poll(() => page.textContent('[data-live]')).toBe('Tjeklisten »Mit partnerskab« er valgt.');
    expect(await page.isChecked(firstBox)).toBe(true);
    expect(await page.isChecked(secondBox)).toBe(false);
    // Delete asks first; "Fortryd" keeps everything.
    await page.click('[data-action="delete"]');
    await expect.poll(() => page.textContent('[data-confirm-text]')).toBe(PANEL.askDelete('Mit partnerskab'));
    await expect.poll(() => page.textContent('[data-action="confirm-delete"]')).toBe('Ja, slet tjeklisten');
    await page.click('[data-action="cancel-delete"]');
    await expect.poll(() => page.locator('#forloeb-valg option').count()).toBe(2);
    await page.click('[data-action="delete"]');
    await page.click('[data-action="confirm-delete"]');
    await expect
      .poll(() => page.textContent('[data-live]'))
      .toBe('Tjeklisten »Mit partnerskab« er slettet. Nu vises tjeklisten »Sundhedspartnerskab Lolland-Falster«.');
    expect(await page.locator('#forloeb-valg option').allTextContents()).toEqual([
      'Sundhedspartnerskab Lolland-Falster',
    ]);
    expect(await page.isChecked(secondBox)).toBe(true);
    await page.reload();
    await page.waitForSelector('[data-forloeb][data-ready]');
    await openMore(page);
    expect(await page.locator('#forloeb-valg option').allTextContents()).toEqual([
      'Sundhedspartnerskab Lolland-Falster',
    ]);
    clean(problems);
    await context.close();
  });

  it('a hostile forløb name is shown as text', async () => {
    const { context, page } = await fresh();
    await ready(page);
    await openMore(page);
    await page.click('[data-action="rename"]');
    await page.fill('#forloeb-navn', '<b id="injected">fed</b>\u202Egnp.exe');
    await page.press('#forloeb-navn', 'Enter');
    await expect.poll(() => page.locator('#injected').count()).toBe(0);
    await expect.poll(() => page.textContent('[data-name]')).toBe('<b id="injected">fed</b>gnp.exe');
    await context.close();
  });
});

describe('export and import', () => {
  it('backup and text file; "Åbn sikkerhedskopi" restores the same state in a new browser', async () => {
    const { context, page, problems } = await fresh();
    await ready(page);
    await openMore(page);
    await page.click('[data-action="rename"]');
    await page.fill('#forloeb-navn', 'Sundhedspartnerskab Lolland');
    await page.press('#forloeb-navn', 'Enter');
    await page.check(firstBox);
    await page.click('[data-item-row="problem-kan-ikke-loeses-alene"] [data-note-toggle]');
    await page.fill('#note-felt-problem-kan-ikke-loeses-alene', 'Drøftes på styregruppemødet');
    await page.locator('#note-felt-problem-kan-ikke-loeses-alene').blur();

    const [md] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="markdown"]')]);
    expect(md.suggestedFilename()).toBe('sundhedspartnerskab-lolland.md');
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(mdText).toContain('# Sundhedspartnerskab Lolland');
    expect(mdText).toContain('- [x] Partnerne er enige om præcis, hvilket problem partnerskabet skal arbejde med.');
    expect(mdText).toContain('  > Drøftes på styregruppemødet');

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="backup"]')]);
    const jsonPath = join(mkdtempSync(join(tmpdir(), 'pg-export-')), json.suggestedFilename());
    await json.saveAs(jsonPath);
    const saved = JSON.parse(readFileSync(jsonPath, 'utf8'));
    clean(problems);
    await context.close();

    const second = await fresh();
    await ready(second.page);
    await openMore(second.page);
    await second.page.setInputFiles('#forloeb-import', jsonPath);
    await expect
      .poll(() => second.page.textContent('[data-message]'))
      .toBe('Tjeklisten »Sundhedspartnerskab Lolland« er åbnet fra sikkerhedskopien og vist her.');
    expect(await second.page.isChecked(firstBox)).toBe(true);
    await second.page.click('[data-item-row="problem-kan-ikke-loeses-alene"] [data-note-toggle]');
    expect(await second.page.inputValue('#note-felt-problem-kan-ikke-loeses-alene')).toBe(
      'Drøftes på styregruppemødet',
    );
    const stored = await second.page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
    expect(stored.forloeb[stored.activeId].items).toEqual(saved.forloeb.items);
    clean(second.problems);
    await second.context.close();
  });

  const badFiles: [string, string, RegExp][] = [
    ['not JSON', '{ nope', /ikke en sikkerhedskopi, eller den er beskadiget/],
    ['wrong shape', '{"hello":"world"}', /ikke en sikkerhedskopi af en tjekliste/],
    [
      'unknown version',
      '{"format":"partnerskabsguiden/forloeb","version":9,"forloeb":{"name":"x","items":{}}}',
      /nyere udgave/,
    ],
    [
      'hostile id',
      '{"format":"partnerskabsguiden/forloeb","version":1,"forloeb":{"name":"x","items":{"<img src=x ' +
        'onerror=alert(1)>":{"done":true}}}}',
      /navn, siden ikke kender/,
    ],
  ];
  it.each(badFiles)('an invalid file (%s) gets a Danish message and changes nothing', async (_, content, message) => {
    const { context, page, problems } = await fresh();
    await ready(page);
    await page.check(firstBox);
    const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
    await openMore(page);
    await page.setInputFiles('#forloeb-import', {
      name: 'forloeb.json',
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    await expect.poll(() => page.textContent('[data-message]')).toMatch(message);
    expect(await page.textContent('[data-message]')).toContain('Intet er ændret.');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
    expect(await page.locator('#forloeb-valg option').count()).toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    clean(problems);
    await context.close();
  });

  it('an oversized file is refused by its size', async () => {
    const { context, page } = await fresh();
    await ready(page);
    await openMore(page);
    await page.setInputFiles('#forloeb-import', {
      name: 'stor.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(1024 * 1024 + 10, 0x20),
    });
    await expect.poll(() => page.textContent('[data-message]')).toMatch(/for stor/);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('every item and text is visible and the checkboxes can be ticked; the bar says nothing is saved', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const paths = barPages();
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      await page.goto(baseUrl() + path);
      const boxes = page.locator('input[data-item]');
      const n = await boxes.count();
      expect(n, path).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) expect(await boxes.nth(i).isVisible()).toBe(true);
      expect(await page.locator('[data-forloeb] .noscript-note').textContent()).toContain('gemmes ikke');
      expect(await page.locator('.forloeb-bar__status').isVisible()).toBe(false);
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

describe('keyboard and axe', () => {
  it('keyboard only: Tab and Space tick every item of the Efter phase; focus is always visible', async () => {
    const { context, page, problems } = await fresh();
    await ready(page);
    const ids = await page
      .locator('fieldset[data-phase="efter"] input[data-item]')
      .evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(0);
    const ticked = new Set<string>();
    for (let i = 0; i < 600 && ticked.size < ids.length; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        return {
          id: el.id,
          type: (el as HTMLInputElement).type,
          outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
        };
      });
      if (focus?.type === 'checkbox' && ids.includes(focus.id) && !ticked.has(focus.id)) {
        expect(focus.outline, `synligt fokus på ${focus.id}`).toBe(true);
        await page.keyboard.press('Space');
        ticked.add(focus.id);
      }
    }
    expect(ticked.size).toBe(ids.length);
    expect(await page.textContent('[data-phase-progress="efter"]')).toBe(
      `Efter: ${ids.length} af ${ids.length} punkter klaret`,
    );
    clean(problems);
    await context.close();
  });

  it.each(['/procesguide/foer/', '/procesguide/under/', '/procesguide/efter/'])(
    '%s (a phase page with the bar): axe finds nothing with "Flere valg", the name form and the confirmation',
    async (path) => {
      const { context, page, problems } = await fresh();
      await ready(page, path);
      expect(await axe(page)).toEqual([]);
      await openMore(page);
      await page.click('[data-action="new"]');
      expect(await axe(page)).toEqual([]);
      await page.click('[data-action="delete"]');
      expect(await axe(page)).toEqual([]);
      clean(problems);
      await context.close();
    },
  );

  it.each(barPages())(
    '%s: axe finds nothing with "Flere valg", the name form, the delete confirmation and a note open',
    async (path) => {
      const { context, page, problems } = await fresh();
      await ready(page, path);
      expect(await axe(page)).toEqual([]);
      await openMore(page);
      expect(await axe(page)).toEqual([]);
      await page.click('[data-action="new"]');
      const note = page.locator('.checklist__note-toggle').first();
      expect(await note.count(), `${path}: intet notefelt at åbne`).toBe(1);
      await note.click();
      await expect
        .poll(() => note.getAttribute('aria-expanded'), { message: `${path}: noten åbnede ikke` })
        .toBe('true');
      expect(await axe(page)).toEqual([]);
      await page.click('[data-action="delete"]');
      expect(await axe(page)).toEqual([]);
      clean(problems);
      await context.close();
    },
  );
});
