/**
 * Screen-reader journeys: what a screen-reader user hears on the real pages,
 * from a virtual screen reader's spoken phrase log (./screen-reader.ts). The
 * journeys are the site's main jobs: a guide step with its navigation and
 * checklist, the tjekliste bar, search, the case filter and a glossary term.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, useBrowser } from './browser';
import { serveScreenReader, startScreenReader } from './screen-reader';
import { idle } from './waits';

const STEP = '/procesguide/foer/braendende-problem/';

const chromium = useBrowser();
let context: BrowserContext;

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  context = await chromium.browser.newContext({ viewport });
  await serveScreenReader(context);
  const page = await context.newPage();
  await page.goto(baseUrl() + path, { waitUntil: 'load' });
  return page;
}

/** Live announcements in the log ("polite: …" / "assertive: …"). */
const announcements = (log: string[]) => log.filter((p) => /^(polite|assertive):/.test(p));

/**
 * Chromium's own accessibility node for a name (what JAWS, NVDA and VoiceOver read): the
 * virtual reader does not model native <details>/<summary>, the browser does.
 */
async function axNode(page: Page, name: RegExp): Promise<{ role: string; expanded?: boolean }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      role?: { value: string };
      name?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  const node = nodes.find(
    (n) =>
      name.test(String(n.name?.value ?? '')) && n.role?.value !== 'StaticText' && n.role?.value !== 'InlineTextBox',
  );
  if (!node) throw new Error(`Ingen tilgængelighedsnode med navnet ${name}`);
  const expanded = node.properties?.find((p) => p.name === 'expanded')?.value.value;
  return { role: String(node.role?.value), expanded: typeof expanded === 'boolean' ? expanded : undefined };
}

describe('a guide step', () => {
  it('the step title is the first heading; the step navigation is named and marks the current step', async () => {
    const page = await open(STEP);
    const reader = await startScreenReader(page);
    expect(await reader.perform('moveToNextHeading')).toBe('heading, Find det fælles, brændende problem, level 1');
    await page.close();
    await context.close();

    const phone = await open(STEP, { width: 390, height: 844 });
    const sr = await startScreenReader(phone);
    const read = await sr.readUntil(/^navigation, Før partnerskabet/);
    // (The virtual reader puts a space between the link and the hidden text; Chromium does not.)
    expect(read.at(-1)).toMatch(/^navigation, Før partnerskabet ?: trin i fasen$/);
    // On a phone the list is behind a native disclosure that says where you are; Chromium's accessibility
    // tree (what real screen readers get) exposes it as a button with its expanded state.
    const summary = phone.locator('.step-nav__summary');
    expect(await axNode(phone, /^Trin 1 af \d+/)).toMatchObject({ expanded: false });
    await summary.click();
    await expect.poll(() => axNode(phone, /^Trin 1 af \d+/)).toMatchObject({ expanded: true });
    const inList = await sr.readUntil(/current step/);
    expect(inList.at(-1)).toMatch(/^link, .*Find det fælles, brændende problem.*current step/);
    await phone.close();
    await context.close();
  });

  it('ticking an item announces the progress once, politely; a note field says which item it belongs to', async () => {
    const page = await open(STEP);
    await page
      .locator('pg-tjekliste-bar[data-ready], pg-tjekliste-bar[data-ready]')
      .first()
      .waitFor({ state: 'attached' });
    const inStep = await page
      .locator('#punkt-problem-praecis-enighed')
      .evaluate((box) => box.closest('fieldset')?.querySelectorAll('input[type="checkbox"]').length ?? 0);
    const reader = await startScreenReader(page);
    await reader.clear();
    await page.locator('#punkt-problem-praecis-enighed').check();
    await expect.poll(async () => announcements(await reader.log()).length).toBeGreaterThan(0);
    await idle(page);
    const spoken = announcements(await reader.log());
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatch(new RegExp(`^polite: .*1 af ${inStep}`));

    await page.locator('li:has([data-item="problem-praecis-enighed"]) [data-note-toggle]').click();
    // The first opening waits for the note editor's file (tjekliste/on-demand/notes.ts).
    await page.locator('#note-felt-problem-praecis-enighed').waitFor({ state: 'visible' });
    await page.locator('#note-felt-problem-praecis-enighed').focus();
    const log = await reader.log();
    expect(log.some((p) => p.startsWith('textbox, Note til: Partnerne er enige om præcis'))).toBe(true);
    await page.close();
    await context.close();
  });
});

describe('the tjekliste bar', () => {
  it('"Flere valg" is exposed as collapsed, then expanded; creating a tjekliste announces the result', async () => {
    const page = await open(STEP);
    await page.locator('pg-tjekliste-bar[data-ready]').waitFor({ state: 'attached' });
    const reader = await startScreenReader(page);
    const read = await reader.readUntil(/Flere valg/);
    expect(read.at(-1)).toContain('Flere valg');
    // The virtual reader does not model <summary>; Chromium's accessibility tree does (as real screen readers see it).
    expect(await axNode(page, /^Flere valg$/)).toMatchObject({ expanded: false });
    await page.locator('[data-more] > summary').click();
    await expect.poll(() => axNode(page, /^Flere valg$/)).toMatchObject({ expanded: true });
    await reader.clear();
    await page.locator('[data-action="new"]').click();
    await page.locator('#tjekliste-navn').fill('Sundhedspartnerskab');
    await page.locator('[data-name-form] button[type="submit"]').click();
    await expect
      .poll(async () => announcements(await reader.log()).join(' | '))
      .toMatch(/Tjeklisten »Sundhedspartnerskab« er oprettet og valgt\./);
    await page.close();
    await context.close();
  });
});

describe('search', () => {
  it('the number of results is announced after a query and after a filter change', async () => {
    const page = await open('/soeg/?q=partnerskab');
    const reader = await startScreenReader(page);
    await expect
      .poll(async () => announcements(await reader.log()).join(' | '), { timeout: 15_000 })
      .toMatch(/\d+ resultat/);
    await reader.clear();
    const filters = page.locator('[data-search-filters]');
    if (!(await filters.evaluate((el) => (el as HTMLDetailsElement).open))) await filters.locator('summary').click();
    await filters.locator('input[type="checkbox"]').first().check();
    await expect
      .poll(async () => announcements(await reader.log()).join(' | '), { timeout: 15_000 })
      .toMatch(/\d+ resultat/);
    await page.close();
    await context.close();
  });

  it('a corrected query is announced before the results ("Viser resultater for …")', async () => {
    const page = await open('/soeg/?q=forudsaetninger');
    const reader = await startScreenReader(page);
    // The announcement names the corrected word and what was typed, and the correction line stands before the results.
    await expect
      .poll(async () => announcements(await reader.log()).join(' | '), { timeout: 15_000 })
      .toMatch(/resultat\w* for »forudsætninger« \(du skrev »forudsaetninger«\)/);
    const order = await page.evaluate(() => {
      const correction = document.querySelector('[data-search-correction]');
      const results = document.querySelector('[data-search-results]');
      return (
        !!correction && !!results && !!(correction.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    });
    expect(order).toBe(true);
    await page.close();
    await context.close();
  });
});

describe('cases', () => {
  it('the theme filter announces how many cases are shown', async () => {
    const page = await open('/cases/');
    const reader = await startScreenReader(page);
    await reader.clear();
    await page.locator('pg-theme-filter button[data-theme="sundhed"]').click();
    await expect.poll(async () => announcements(await reader.log()).join(' | ')).toMatch(/Viser \d+ af \d+ cases/);
    await page.close();
    await context.close();
  });
});

describe('a glossary term', () => {
  it('is a button with a name; opening it reads the definition; Escape returns to the term', async () => {
    const page = await open('/viden/ops-specialiserede-socialomraade/');
    const term = page.locator('button.term, .term[aria-haspopup], a.term').first();
    await term.waitFor();
    const reader = await startScreenReader(page);
    const read = await reader.readUntil(/^button, /, 400);
    const name = read.at(-1)!;
    expect(name.length).toBeGreaterThan('button, '.length);
    await term.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('[popover]:popover-open');
    await popover.waitFor();
    expect((await popover.textContent())?.trim().length).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('term'))).toBe(true);
    await page.close();
    await context.close();
  });
});
