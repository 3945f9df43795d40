/**
 * What users set themselves (WCAG 2.1 AA beyond axe): their own text spacing
 * (1.4.12), forced colours (Windows high contrast), 400 % zoom (1.4.10 reflow),
 * reduced motion, focus never hidden under sticky parts (2.4.11) and target
 * size (2.5.8) for the controls people tick and filter with. One page of each
 * type; the checks are computed styles and geometry, not screenshots, so a
 * failure names the element.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allPagePaths, baseUrl, useBrowser } from './browser';

const existing = new Set(allPagePaths());
/** One page per type; the first path of each group that exists in dist/. */
const PAGE_TYPES: string[][] = [
  ['/'],
  ['/cases/'],
  ['/cases/hjemloesestrategien/'],
  ['/cases/sammenligning/'],
  ['/temaer/sundhed/'],
  ['/procesguide/'],
  ['/procesguide/foer/'],
  ['/procesguide/foer/braendende-problem/'],
  ['/procesguide/tjekliste/'],
  ['/procesguide/aftale/'],
  ['/viden/'],
  ['/viden/broen-til-bedre-sundhed/'],
  ['/samling/indledning/'],
  ['/ordliste/'],
  ['/soeg/'],
  ['/om/'],
];
const pages = PAGE_TYPES.map((group) => group.find((p) => existing.has(p))).filter((p): p is string => !!p);

const chromium = useBrowser();

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await chromium.browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return page;
}

it('checks every page type that exists', () => {
  expect(pages.length).toBeGreaterThanOrEqual(12);
});

describe('text spacing (WCAG 1.4.12): no text clipped', () => {
  it.each(pages)('%s', async (path) => {
    // The user's own style sheet; bypassCSP only lets the test inject it, the page is unchanged.
    const page = await open(path, { bypassCSP: true });
    await page.addStyleTag({
      content:
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } ' +
        'p { margin-bottom: 2em !important; }',
    });
    const clipped = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
        const style = getComputedStyle(el);
        const hides = (v: string) => v === 'hidden' || v === 'clip';
        if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
        if (!el.textContent?.trim() || el.offsetParent === null) continue;
        // Visually hidden text for screen readers is clipped on purpose.
        if (el.clientWidth <= 1 || el.clientHeight <= 1 || style.clip !== 'auto' || style.clipPath !== 'none') continue;
        const overY = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 2;
        const overX = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 2;
        if (overY || overX)
          out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`);
      }
      return out;
    });
    expect(clipped).toEqual([]);
    await page.context().close();
  });
});

describe('400 % zoom (1280 px wide at 400 % = 320 CSS px): reflow without sideways scrolling', () => {
  it.each(pages)('%s', async (path) => {
    const page = await open(path, { viewport: { width: 320, height: 256 } });
    const result = await page.evaluate(() => {
      const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      // Sticky or fixed parts must leave two thirds of the viewport for the content.
      // Measured in the direction it sticks: a header that sticks to the top by its height, a column that
      // sticks to the left by its width.
      const covering = Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position) && el.offsetParent !== null)
        .map((el) => {
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          const vertical = style.top !== 'auto' || style.bottom !== 'auto';
          const share = vertical ? rect.height / window.innerHeight : rect.width / window.innerWidth;
          return { el, share, size: Math.round(vertical ? rect.height : rect.width) };
        })
        .filter(({ share }) => share > 1 / 3)
        .map(({ el, size }) => `${el.tagName.toLowerCase()}.${el.className}: ${size} px`);
      return { overflow, covering };
    });
    expect(result.overflow, 'vandret rulning').toBeLessThanOrEqual(0);
    expect(result.covering).toEqual([]);
    await page.context().close();
  });
});

describe('focus is never hidden under a sticky header, sidebar or table header (WCAG 2.4.11)', () => {
  it.each(pages)('%s', async (path) => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      // Transitions off: the skip link slides out for 0.2 s after it loses focus, which is motion, not a hidden focus.
      const page = await open(path, { viewport, reducedMotion: 'reduce' });
      const hidden: string[] = [];
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return { done: true, label: '', covered: false };
          const rect = el.getBoundingClientRect();
          if (rect.width === 0 || rect.height === 0) return { done: false, label: '', covered: false };
          const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
          const y = Math.min(Math.max(rect.top + rect.height / 2, 0), window.innerHeight - 1);
          const top = document.elementFromPoint(x, y);
          const covered =
            !!top &&
            top !== el &&
            !el.contains(top) &&
            !top.contains(el) &&
            !(top instanceof HTMLLabelElement && top.control === el);
          return {
            done: false,
            label: `${el.tagName.toLowerCase()} ${(el.textContent ?? el.getAttribute('aria-label') ?? '')
              .trim()
              .slice(0, 30)}`,
            covered,
          };
        });
        if (state.done) break;
        if (state.covered) hidden.push(`${viewport.width} px: ${state.label}`);
      }
      expect(hidden).toEqual([]);
      await page.context().close();
    }
  });
});

describe('reduced motion: no animation or smooth scrolling', () => {
  it.each(pages)('%s', async (path) => {
    const page = await open(path, { reducedMotion: 'reduce' });
    const moving = await page.evaluate(() => {
      const seconds = (v: string) =>
        Math.max(...v.split(',').map((s) => (s.trim().endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s))));
      const out: string[] = [];
      if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
        out.push('html: scroll-behavior smooth');
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
        const style = getComputedStyle(el);
        if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01)
          out.push(`${el.tagName.toLowerCase()}.${el.className}: animation`);
        if (seconds(style.transitionDuration) > 0.01)
          out.push(`${el.tagName.toLowerCase()}.${el.className}: transition`);
      }
      return out;
    });
    expect(moving).toEqual([]);
    await page.context().close();
  });
});

describe('forced colours (Windows high contrast): state is not shown by colour alone', () => {
  it.each(pages)('%s', async (path) => {
    const page = await open(path, { forcedColors: 'active' });
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      const visible = (el: Element) =>
        (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
      // Native controls must stay visible (not hidden by a custom style that draws them with backgrounds).
      for (const input of Array.from(
        document.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]'),
      )) {
        const rect = input.getBoundingClientRect();
        const style = getComputedStyle(input);
        if (
          visible(input) &&
          (rect.width < 10 ||
            rect.height < 10 ||
            style.opacity === '0' ||
            (style.appearance === 'none' && style.borderStyle === 'none'))
        ) {
          out.push(`#${input.id}: afkrydsningsfeltet ses ikke`);
        }
      }
      // A current or pressed item must differ from its siblings in more than colour.
      // What survives forced colours: weight, underline, borders and outlines of the element and its
      // first child (a breadcrumb's current item is plain text where the others are underlined links).
      const styleKeys = (el: Element) => {
        const s = getComputedStyle(el);
        return [
          el.tagName,
          s.fontWeight,
          s.textDecorationLine,
          s.borderLeftStyle,
          s.borderBottomStyle,
          s.borderTopStyle,
          s.outlineStyle,
          s.borderLeftWidth,
          s.borderBottomWidth,
        ].join('|');
      };
      const keys = (el: Element) =>
        [styleKeys(el), el.firstElementChild ? styleKeys(el.firstElementChild) : ''].join('/');
      for (const marked of Array.from(
        document.querySelectorAll(
          '[aria-current]:not([aria-current=false]), [aria-pressed=true], [aria-selected=true]',
        ),
      )) {
        if (!visible(marked)) continue;
        const parent = marked.parentElement?.parentElement;
        const peer = Array.from(parent?.querySelectorAll(marked.tagName) ?? []).find(
          (el) =>
            el !== marked &&
            !el.matches('[aria-current]:not([aria-current=false]), [aria-pressed=true], [aria-selected=true]'),
        );
        if (peer && keys(peer) === keys(marked) && !marked.querySelector('svg, [aria-hidden=true]')) {
          out.push(
            `${marked.tagName.toLowerCase()} »${(marked.textContent ?? '').trim().slice(0, 30)}« ` +
              'skiller sig kun ud ved farve',
          );
        }
      }
      return out;
    });
    expect(problems).toEqual([]);
    // The focus ring is drawn as an outline, which forced colours keep (in the system Highlight colour).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement as Element);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style, 'fokusring i tvungne farver').not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});

describe('target size (WCAG 2.5.8): 24 × 24 CSS px for ticking and filtering', () => {
  const controls =
    'input[type=checkbox], input[type=radio], .checklist button, [data-theme], ' +
    'pg-theme-filter button, pg-search button, summary';
  it.each(pages)('%s', async (path) => {
    const page = await open(path, { viewport: { width: 390, height: 844 } });
    const small = await page.evaluate((selector) => {
      return Array.from(document.querySelectorAll<HTMLElement>(selector))
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el, rect: el.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && (rect.width < 24 || rect.height < 24))
        .map(
          ({ el, rect }) =>
            `${el.tagName.toLowerCase()}#${el.id || el.className}: ` +
            `${Math.round(rect.width)} × ${Math.round(rect.height)}`,
        );
    }, controls);
    expect(small).toEqual([]);
    await page.context().close();
  });
});
