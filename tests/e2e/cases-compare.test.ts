/**
 * Pick-and-compare on /cases/sammenligning/ in Chromium, with and without
 * JavaScript: the picked summaries and only those, "Vis sammenligning (n)"
 * that moves focus to them, field by field on a phone, the choice in the URL,
 * the theme carried from a list ticking its cases, no page-wide sideways scroll
 * on a 320 px phone, and axe in every state. And the case pages' layout at
 * 390 and 1280 px: nothing in main scrolls by itself, no table cell on a phone
 * narrower than 60 px, the facts near the top.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { baseUrl, openPage, useBrowser } from './browser';
import { runAxe } from './axe';

const cases = readdirSync('src/content/cases')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    id: f.replace(/\.mdx$/, ''),
    ...(load(readFileSync(`src/content/cases/${f}`, 'utf8').split(/^---$/m)[1]!) as {
      number: number;
      themes: string[];
    }),
  }))
  .sort((a, b) => a.number - b.number);
const ids = cases.map((c) => c.id);
const PATH = '/cases/sammenligning/';

const chromium = useBrowser();

const visibleSummaries = (page: Page) =>
  page
    .locator('.compare__summary')
    .evaluateAll((els) =>
      els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.id.replace('sammenlign-', '')),
    );

/**
 * "Without JavaScript" = none of the site's scripts run: they are refused at the network. (A context with
 * javaScriptEnabled: false would also stop axe, which needs timers in the page.)
 */
async function newContext(js: boolean, viewport: { width: number; height: number }) {
  const context = await chromium.browser.newContext({ viewport });
  if (!js)
    await context.route(
      (url) => url.pathname.endsWith('.js') && !url.pathname.startsWith('/pagefind/'),
      (route) => route.abort(),
    );
  return context;
}

async function expectAxeClean(page: Page, state: string) {
  const axe = await runAxe(page);
  expect(axe.violations, state).toEqual([]);
}

describe.each([
  { js: false, label: 'without JavaScript' },
  { js: true, label: 'with JavaScript' },
])('picking cases $label', ({ js }) => {
  it('shows exactly the picked two, then three, summaries; nothing before a pick', async () => {
    const context = await newContext(js, { width: 1280, height: 900 });
    const page = await context.newPage();
    await page.goto(baseUrl() + PATH);
    expect(await visibleSummaries(page)).toEqual([]);
    await expect.poll(() => page.locator('.compare__message--none').isVisible()).toBe(true);
    await expectAxeClean(page, 'ingen valgt');

    const [a, b, c] = [ids[0]!, ids[4]!, ids[7]!];
    expect(await page.locator('.compare__show a').isVisible()).toBe(false);
    await page.check(`#vaelg-${a}`);
    await expect.poll(() => page.locator('.compare__message--one').isVisible()).toBe(true);
    await page.check(`#vaelg-${b}`);
    // "Vis sammenligning (2)" is on screen after the tick, and moves focus to the comparison.
    const show = page.locator('.compare__show a');
    expect(await show.isVisible()).toBe(true);
    expect(await show.evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    // The count: a CSS counter without JavaScript (generated content, which only the screen shows), text with it.
    if (js) expect(await page.getByRole('link', { name: 'Vis sammenligning (2)', exact: true }).isVisible()).toBe(true);
    else
      expect(
        await show.locator('.compare__count').evaluate((el) => getComputedStyle(el, '::before').content),
      ).toContain('counter(picked)');
    await show.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('side-om-side');
    await expect.poll(() => visibleSummaries(page)).toEqual([a, b]);
    await expect.poll(() => page.locator('.compare__message:visible').count()).toBe(0);
    await expectAxeClean(page, 'to valgt');
    // Side by side on a desktop: the two summaries share a row.
    const [boxA, boxB] = await Promise.all([
      page.locator(`#sammenlign-${a}`).boundingBox(),
      page.locator(`#sammenlign-${b}`).boundingBox(),
    ]);
    expect(boxA!.y).toBe(boxB!.y);
    expect(boxB!.x).toBeGreaterThan(boxA!.x);

    await page.check(`#vaelg-${c}`);
    await expect.poll(() => visibleSummaries(page)).toEqual([a, b, c]);
    await expectAxeClean(page, 'tre valgt');
    if (js) {
      expect(new URL(page.url()).searchParams.get('vis')).toBe([a, b, c].join(','));
      await expect.poll(() => page.locator('[data-compare-status]').textContent()).toContain('Sammenligner 3 cases');
    } else {
      expect(new URL(page.url()).search).toBe('');
      expect(await page.evaluate(() => customElements.get('pg-compare'))).toBeUndefined();
    }
    await context.close();
  });

  it('goes field by field on a 320 px phone, without sideways page scroll', async () => {
    const context = await newContext(js, { width: 320, height: 720 });
    const page = await context.newPage();
    await page.goto(baseUrl() + PATH);
    await page.check(`#vaelg-${ids[1]}`);
    await page.check(`#vaelg-${ids[2]}`);
    // Each field's rows for the two cases stand together, in the order of the fields.
    const rows = await page.locator('.compare__row:visible').evaluateAll((els) =>
      els
        .map((e) => ({
          field: (e as HTMLElement).dataset.row!,
          who: e.querySelector('.compare__who')!.textContent!.trim(),
          y: e.getBoundingClientRect().top,
        }))
        .sort((a, b) => a.y - b.y),
    );
    expect(rows.length).toBeGreaterThan(4);
    expect(rows[0]!.field).toBe(rows[1]!.field);
    expect(rows[0]!.who).not.toBe(rows[1]!.who);
    expect(rows[2]!.field).not.toBe(rows[0]!.field);
    expect(rows[2]!.field).toBe(rows[3]!.field);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAxeClean(page, '320 px, to valgt');
    await context.close();
  });
});

describe('the choice in the URL (JavaScript)', () => {
  it('restores ?vis= on load, keeps it on reload and through back/forward', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    const picked = [ids[2]!, ids[5]!];
    await page.goto(`${baseUrl()}${PATH}?vis=${picked.join(',')}`);
    await expect.poll(() => visibleSummaries(page)).toEqual(picked);
    expect(await page.isChecked(`#vaelg-${picked[0]}`)).toBe(true);
    await page.uncheck(`#vaelg-${picked[0]}`);
    expect(new URL(page.url()).searchParams.get('vis')).toBe(picked[1]);
    await page.reload();
    await expect.poll(() => visibleSummaries(page)).toEqual([picked[1]]);
    await page.goto(`${baseUrl()}/cases/`);
    await page.goBack();
    await expect.poll(() => visibleSummaries(page)).toEqual([picked[1]]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });
});

describe('theme carried from the case list', () => {
  it('the comparison link carries ?tema=; the page narrows the choices and the overview and ticks them', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/cases/`);
    await page.locator('pg-theme-filter button[data-theme="sundhed"]').click();
    await page.locator('a[data-keep-tema]').click();
    await page.waitForURL((u) => u.pathname === PATH && u.searchParams.get('tema') === 'sundhed');
    const inTheme = cases.filter((c) => c.themes.includes('sundhed')).map((c) => c.id);
    expect(inTheme.length).toBeGreaterThan(0);
    const offered = await page
      .locator('input.compare__pick')
      .evaluateAll((els) =>
        els.filter((e) => !(e as HTMLInputElement).hidden).map((e) => (e as HTMLInputElement).value),
      );
    expect(offered).toEqual(inTheme);
    expect(await page.locator('table.compare-table tbody tr:visible').count()).toBe(inTheme.length);
    await expect.poll(() => page.locator('.compare__theme').textContent()).toContain('sundhed');
    // The theme's cases are ticked (at most four) and in the URL, so the comparison shows at once.
    const ticked = inTheme.slice(0, 4);
    await expect.poll(() => visibleSummaries(page)).toEqual(ticked);
    expect(new URL(page.url()).searchParams.get('vis')).toBe(ticked.join(','));
    await expectAxeClean(page, 'tema sundhed');
    await page.locator('.compare__theme a').click();
    await expect.poll(() => page.locator('table.compare-table tbody tr:visible').count()).toBe(cases.length);
    expect(new URL(page.url()).searchParams.has('tema')).toBe(false);
    await context.close();
  });

  it('the theme page’s link pre-ticks the theme’s cases', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/temaer/sundhed/`);
    await page.locator('a[href="/cases/sammenligning/?tema=sundhed"]').click();
    const inTheme = cases.filter((c) => c.themes.includes('sundhed')).map((c) => c.id);
    await expect.poll(() => visibleSummaries(page)).toEqual(inTheme.slice(0, 4));
    await context.close();
  });
});

describe('the overview of all cases', () => {
  it('sorts on a wide screen and becomes one summary list per case on a phone', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(baseUrl() + PATH);
    const rows = page.locator('table.compare-table tbody tr');
    expect(await rows.count()).toBe(cases.length);
    // Each case's values stand under its name, each after its label.
    const first = await rows.first().evaluate((tr) => ({
      display: getComputedStyle(tr).display,
      labels: Array.from(tr.querySelectorAll('td'), (td) => getComputedStyle(td, '::before').content),
    }));
    expect(first.display).toBe('block');
    expect(first.labels).toEqual(['"Nr."', '"Startår"', '"Statslig partner"', '"Partnertyper"']);
    await expectAxeClean(page, 'oversigt 390 px');
    await context.close();
  });
});

/** Measured in the page: regions in main with a vertical scroll of their own, and the narrowest table cell. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main')!;
    const scrolling = Array.from(main.querySelectorAll<HTMLElement>('*'))
      .filter((el) => /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    const cells = Array.from(main.querySelectorAll('td, th'))
      .map((c) => c.getBoundingClientRect().width)
      .filter((w) => w > 0);
    return {
      scrolling,
      narrowest: cells.length ? Math.min(...cells) : Number.POSITIVE_INFINITY,
      pageWidth: document.documentElement.scrollWidth,
    };
  });

describe.each([390, 1280])('layout at %i px', (width) => {
  it.each([PATH, '/cases/behov-og-forudsaetninger/', `/cases/${ids[4]}/`, '/procesguide/aftale/'])(
    '%s: nothing in main scrolls by itself; no sideways page scroll; cells wide enough',
    async (path) => {
      const context = await chromium.browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 } });
      const page = await context.newPage();
      await page.goto(baseUrl() + path);
      if (path === PATH) for (const id of ids.slice(0, 3)) await page.check(`#vaelg-${id}`);
      const m = await measure(page);
      expect(m.scrolling, 'egne rullefelter i main').toEqual([]);
      expect(m.pageWidth).toBeLessThanOrEqual(width);
      if (width < 600) expect(m.narrowest, 'smalleste tabelcelle').toBeGreaterThanOrEqual(60);
      await context.close();
    },
  );

  it('a case page has its facts near the top: beside the story when wide, under the lead on a phone', async () => {
    const context = await chromium.browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/cases/${ids[4]}/`);
    const facts = (await page.locator('#fakta').boundingBox())!;
    const lead = (await page.locator('p.lead').boundingBox())!;
    const story = (await page.locator('.case__story').boundingBox())!;
    if (width < 600) {
      expect(facts.y).toBeGreaterThan(lead.y + lead.height - 1);
      expect(facts.y).toBeLessThan(story.y);
    } else {
      expect(facts.x).toBeGreaterThan(story.x + story.width - 1);
      expect(facts.y).toBeLessThan(800);
    }
    await expectAxeClean(page, `case-side ${width} px`);
    await context.close();
  });
});
