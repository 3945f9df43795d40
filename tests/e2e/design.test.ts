/**
 * Reading comfort and the site's frame, measured in Chromium on
 * every built page:
 *   - the rendered first line of every long paragraph holds at most 75 characters at 1280 px;
 *   - the page's h1 starts within 220 px of the top on a 390 × 844 phone;
 *   - axe's best-practice rules (landmarks unique and labelled, one h1 …) are clean;
 *   - the phone menu and the glossary popover open, close with Escape and give focus back.
 * Prints a table of the figures per page, so the report can quote them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from './axe';
import { allPagePaths, baseUrl, openPage, useBrowser } from './browser';
import { STRINGS as GLOSSARY } from '../../src/client/glossary/strings';

const MAX_CHARS_PER_LINE = 75;
const MAX_H1_TOP_PHONE = 220;
/** A paragraph this long wraps at 1280 px on any sane measure, so its first line shows the measure. */
const LONG_PARAGRAPH = 160;

const pages = allPagePaths();
const figures = new Map<string, { chars?: number; h1Top?: number }>();

const chromium = useBrowser();
afterAll(() => {
  const rows = [...figures].map(
    ([path, f]) =>
      `${path.padEnd(48)} ${String(f.chars ?? '–').padStart(4)} tegn  h1 ${String(f.h1Top ?? '–').padStart(4)} px`,
  );
  console.log(`\nTegn pr. linje (1280 px, længste første linje) og h1's top (390 × 844):\n${rows.join('\n')}\n`);
});

/** Characters on the rendered first line of each long paragraph in <main> (the longest one). */
function longestFirstLine(page: Page, minLength: number): Promise<number> {
  return page.evaluate((min) => {
    let longest = 0;
    for (const p of Array.from(document.querySelectorAll('main p'))) {
      const text = p.textContent ?? '';
      if (text.replace(/\s+/g, ' ').trim().length < min || p.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let firstTop: number | null = null;
      let count = 0;
      let done = false;
      for (let node = walker.nextNode(); node && !done; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        for (let i = 0; i < value.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue; // collapsed whitespace
          if (firstTop === null) firstTop = rect.top;
          else if (rect.top > firstTop + rect.height / 2) {
            done = true;
            break;
          }
          count++;
        }
      }
      longest = Math.max(longest, count);
    }
    return longest;
  }, minLength);
}

describe('reading measure and phone header, every page', () => {
  it.each(pages)(
    '%s: long paragraphs ≤ 75 characters a line at 1280 px; h1 within 220 px at 390 × 844',
    async (path) => {
      const { page } = await openPage(chromium.context);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(baseUrl() + path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const chars = await longestFirstLine(page, LONG_PARAGRAPH);
      await page.setViewportSize({ width: 390, height: 844 });
      const h1Top = await page.locator('h1').evaluate((h) => Math.round(h.getBoundingClientRect().top));
      figures.set(path, { chars: chars || undefined, h1Top });
      expect(chars, 'tegn på første linje af det længste afsnit').toBeLessThanOrEqual(MAX_CHARS_PER_LINE);
      expect(h1Top, 'h1 for langt nede på en telefon').toBeLessThanOrEqual(MAX_H1_TOP_PHONE);
      await page.close();
    },
  );
});

describe('axe best practice, every page', () => {
  it.each(pages)('%s: axe best-practice rules clean', async (path) => {
    const { page } = await openPage(chromium.context);
    await page.goto(baseUrl() + path, { waitUntil: 'load' });
    const { violations, passes } = await runAxe(page, ['best-practice']);
    expect(violations).toEqual([]);
    expect(passes).toBeGreaterThan(3);
    await page.close();
  });
});

describe('keyboard: phone menu and glossary popover', () => {
  it('the phone menu opens from its button, Escape closes it and focus is back on the button', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/viden/`);
    const nav = page.locator('nav#hovedmenu');
    expect(await nav.isVisible()).toBe(false);
    const button = page.locator('.site-header__menu-button');
    // Open looks open: the button is filled while the menu shows, and its arrow turns.
    const look = () =>
      button.evaluate((b) => {
        const icon = b.querySelector('.site-header__menu-icon');
        return { fill: getComputedStyle(b).backgroundColor, arrow: icon ? getComputedStyle(icon).transform : null };
      });
    await button.focus();
    const closedLook = await look();
    await page.keyboard.press('Enter');
    await expect.poll(() => nav.isVisible()).toBe(true);
    const openLook = await look();
    expect(openLook.fill).not.toBe(closedLook.fill);
    expect(closedLook.arrow).not.toBeNull();
    expect(openLook.arrow).not.toBe(closedLook.arrow);
    await expect.poll(() => button.getAttribute('aria-expanded')).not.toBe('false');
    // The menu's links are reached with Tab from the button.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('nav')?.id)).toBe('hovedmenu');
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('site-header__menu-button')))
      .toBe(true);
    expect(problems.cspViolations).toEqual([]);
    await page.close();
  });

  it('without JavaScript the phone menu still opens (native popover); on a wide screen the nav is shown', async () => {
    const noJs = await chromium.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await noJs.newPage();
    await page.goto(`${baseUrl()}/cases/`);
    await page.locator('.site-header__menu-button').click();
    await expect.poll(() => page.locator('nav#hovedmenu a[href="/temaer/"]').isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('nav#hovedmenu a[href="/temaer/"]').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.site-header input[name="q"]').isVisible()).toBe(true);
    await noJs.close();
  });

  it('a term opens its definition in place; Escape closes it and focus returns to the term', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.goto(`${baseUrl()}/cases/hjemloesestrategien/`);
    const term = page.locator('main button.term').first();
    await expect.poll(() => term.count()).toBe(1);
    const id = await term.getAttribute('data-term');
    const name = (await term.textContent())?.trim();
    expect(name).toBeTruthy();
    await term.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('#term-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    expect(await popover.getByRole('link', { name: GLOSSARY.more }).getAttribute('href')).toBe(`/ordliste/#${id}`);
    expect((await popover.textContent())?.length).toBeGreaterThan(40);
    // Focus is on »Luk«.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(GLOSSARY.close);
    expect(await page.evaluate(() => document.getElementById('term-popover')?.contains(document.activeElement))).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.isVisible()).toBe(false);
    await expect.poll(() => term.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.term)).toBe(id);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('the popover loads only when a term is wanted; if it cannot, the term leads to its glossary entry', async () => {
    const { page } = await openPage(chromium.context);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.route('**/_astro/popover.*.js', (route) => route.abort());
    await page.goto(`${baseUrl()}/cases/hjemloesestrategien/`);
    const term = page.locator('main button.term').first();
    await expect.poll(() => term.count()).toBe(1);
    const id = await term.getAttribute('data-term');
    expect(requested.filter((p) => p.includes('/popover.') || p.includes('forklaringer'))).toEqual([]);
    await term.click();
    await page.waitForURL(`**/ordliste/#${id}`);
    await page.close();
  });

  it('without JavaScript a term stays a plain link to its glossary entry', async () => {
    const noJs = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${baseUrl()}/cases/hjemloesestrategien/`);
    expect(await page.locator('main button.term').count()).toBe(0);
    expect(await page.locator('main a.term').first().getAttribute('href')).toMatch(/^\/ordliste\/#[a-z0-9-]+$/);
    await noJs.close();
  });
});

describe('focus', () => {
  it('keyboard focus shows a 3 px outline; a mouse click leaves none on the element it focuses', async () => {
    const { page } = await openPage(chromium.context);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl()}/`);
    const outline = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.activeElement as Element);
        return { style: s.outlineStyle, width: s.outlineWidth };
      });
    await page.keyboard.press('Tab');
    await expect.poll(() => outline()).toEqual({ style: 'solid', width: '3px' });
    await page.locator('main a.start__button').evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await page.locator('main a.start__button').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('start__button');
    expect((await outline()).style).toBe('none');
    await page.close();
  });
});

/** Pages with every kind of button the site has (tools, forms, start links, the phone header). */
const BUTTON_PAGES = [
  '/',
  '/procesguide/foer/',
  '/procesguide/foer/rette-partnere/',
  '/procesguide/aftale/',
  '/procesguide/tjekliste/',
  '/cases/',
  '/cases/sammenligning/',
  '/soeg/?q=finansiering',
  '/404.html',
];
const MIN_TARGET = 44;
/** The site's primary blue (dkfds blue-800) on white text: the one primary button. */
const PRIMARY = { background: 'rgb(0, 77, 153)', color: 'rgb(255, 255, 255)' };

describe('one button language', () => {
  it.each(BUTTON_PAGES)(
    '%s at 390 px: every visible button and button-like link is at least 44 px high',
    async (path) => {
      const { page } = await openPage(chromium.context);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(baseUrl() + path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const small = await page.evaluate((min) => {
        // Inline controls in running text (a glossary term, a file format in a sentence) are exempt, as
        // WCAG 2.5.8 exempts inline targets; so are the sort controls that fill a table's header cell.
        const inline = '.term, .tjekliste-bar__link, .sort-button';
        return Array.from(document.querySelectorAll<HTMLElement>('button, .button, input[type="submit"]'))
          .filter((el) => !el.matches(inline) && el.getClientRects().length > 0)
          .filter((el) => getComputedStyle(el).visibility !== 'hidden')
          .map((el) => ({ text: el.textContent?.trim().slice(0, 40), height: el.getBoundingClientRect().height }))
          .filter((b) => b.height < min - 0.5);
      }, MIN_TARGET);
      expect(small).toEqual([]);
      await page.close();
    },
  );

  it('every primary button has the one primary style; no link or button imitates it without the class', async () => {
    const { page } = await openPage(chromium.context);
    await page.setViewportSize({ width: 1280, height: 900 });
    const seen = new Set<string>();
    for (const path of BUTTON_PAGES) {
      await page.goto(baseUrl() + path, { waitUntil: 'load' });
      const found = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('a, button')).flatMap((el) => {
          if (el.getClientRects().length === 0) return [];
          const s = getComputedStyle(el);
          return [{ primary: el.classList.contains('button-primary'), background: s.backgroundColor, color: s.color }];
        }),
      );
      for (const b of found.filter((f) => f.primary)) seen.add(`${b.background} / ${b.color}`);
      const imitations = found.filter((f) => !f.primary && f.background === 'rgb(0, 77, 153)');
      expect(imitations, `${path}: blå knap uden button-primary`).toEqual([]);
    }
    expect([...seen]).toEqual([`${PRIMARY.background} / ${PRIMARY.color}`]);
    await page.close();
  });
});

describe('two columns on wide screens', () => {
  it('a note: text in two-thirds, credits beside it at 1280 px; stacked, credits first, at 390 px', async () => {
    const { page } = await openPage(chromium.context);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl()}/viden/partnerskaber-5-10-aar/`);
    const box = async () => ({
      main: (await page.locator('main .pg-layout__main').boundingBox())!,
      aside: (await page.locator('main .pg-layout__aside').boundingBox())!,
    });
    const wide = await box();
    expect(wide.aside.x).toBeGreaterThan(wide.main.x + wide.main.width);
    expect(wide.main.width / wide.aside.width).toBeGreaterThan(1.7);
    await page.setViewportSize({ width: 390, height: 844 });
    const narrow = await box();
    expect(Math.abs(narrow.aside.x - narrow.main.x)).toBeLessThan(1);
    expect(narrow.aside.y).toBeLessThan(narrow.main.y);
    await page.close();
  });
});
