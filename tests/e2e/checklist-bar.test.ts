/**
 * The tjekliste bar: the "Flere valg" disclosure with and without
 * JavaScript, "Kopiér til e-mail eller Word" (HTML and text on the clipboard,
 * a field to copy by hand when the clipboard says no), "Udskriv / gem som
 * PDF", no layout shift, and the bar's height (logged). "Del" is in
 * checklist-bar-share.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { baseUrl, useBrowser } from './browser';
import { firstBox, makeTjekliste } from './checklist-pages';
import { PAGE, clean, fresh as freshContext, openMore, ready } from './checklist-steps';

const chromium = useBrowser();
const fresh = (options: BrowserContextOptions = {}) => freshContext(chromium.browser, options);

describe('the bar and its disclosure', () => {
  it('one line with the name and the count; "Flere valg" opens and closes with the keyboard', async () => {
    const { context, page, problems } = await fresh();
    await ready(page);
    // Every item of the guide, from the outline the exports use, not from the page's own markup.
    const total = await page.evaluate(async () => {
      const outline = (await (await fetch('/procesguide/oversigt.json')).json()) as {
        phases: { steps: { items: unknown[] }[] }[];
      };
      return outline.phases.flatMap((p) => p.steps.flatMap((s) => s.items)).length;
    });
    expect(total).toBeGreaterThan(0);
    expect(await page.locator('.tjekliste-bar__status').textContent()).toBe(
      `Gemmes i denne browser · Tjekliste: Mit partnerskab · 0 af ${total} klaret`,
    );
    await page.check(firstBox);
    await expect.poll(() => page.textContent('[data-overall]')).toBe(`1 af ${total} klaret`);
    // The actions used most are in sight, in one row, without opening anything.
    for (const [action, label] of [
      ['share', 'Del'],
      ['print', 'Udskriv'],
      ['copy', 'Kopiér'],
    ]) {
      expect(await page.locator(`[data-action="${action}"]`).isVisible(), action).toBe(true);
      expect(await page.textContent(`[data-action="${action}"]`)).toBe(label);
    }
    const rowTops = await page
      .locator('.tjekliste-bar__main .tjekliste-bar__actions .button')
      .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(rowTops).size, 'one row').toBe(1);
    expect(await page.locator('[data-action="new"]').isVisible()).toBe(false);
    const summary = page.locator('[data-more] > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('pg-tjekliste-bar[data-panel-ready]');
    expect(await page.locator('[data-action="new"]').isVisible()).toBe(true);
    expect(await page.locator('#tjekliste-valg option:checked').textContent()).toBe('Mit partnerskab');
    expect(await page.textContent('label[for="tjekliste-valg"]')).toBe('Skift tjekliste');
    expect(await page.textContent('[data-action="new"]')).toBe('Ny tjekliste');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-action="new"]').isVisible()).toBe(false);
    clean(problems);
    await context.close();
  });

  it('without JavaScript the line says ticks are not saved and "Flere valg" opens to a way to print', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl() + PAGE);
    expect(await page.locator('pg-tjekliste-bar .noscript-note').isVisible()).toBe(true);
    expect(await page.locator('.tjekliste-bar__status').isVisible()).toBe(false);
    const link = page.locator('.tjekliste-bar__panel a[href="/procesguide/tjekliste/"]');
    expect(await link.isVisible()).toBe(false);
    await page.click('[data-more] > summary');
    await expect.poll(() => link.isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('.tjekliste-bar__panel').textContent())
      .toContain('Uden JavaScript kan siden ikke gemme');
    await expect.poll(() => page.locator('[data-action="copy"]').isVisible()).toBe(false);
    await context.close();
  });

  it('no layout shift as the script starts; no sideways scroll at 320 px with the disclosure open', async () => {
    const { context, page, problems } = await fresh({ viewport: { width: 320, height: 640 } });
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Fonts from the cache first: a web-font swap in the header shifts the page on its own (reported to
    // the design helper); this test is about what the checklist script does.
    await page.goto(`${baseUrl()}/procesguide/`);
    await page.evaluate(() => document.fonts.ready);
    await ready(page);
    await page.evaluate(() => document.fonts.ready);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThanOrEqual(0.002);
    await openMore(page);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    clean(problems);
    await context.close();
  });

  it('measures the bar (logged): one line on a desktop, compact on a 390 px phone', async () => {
    const heights: Record<string, number> = {};
    for (const [label, width] of [
      ['desktop 1280', 1280],
      ['telefon 390', 390],
    ] as const) {
      const { context, page } = await fresh({ viewport: { width, height: 800 } });
      await ready(page);
      heights[label] = Math.round((await page.locator('.tjekliste-bar__box').boundingBox())!.height);
      const lineHeight = await page
        .locator('.tjekliste-bar__status')
        .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      const lines = Math.round(
        (await page.locator('.tjekliste-bar__status').evaluate((el) => el.getBoundingClientRect().height - 10)) /
          lineHeight,
      );
      if (width >= 1280) expect(lines, 'én linje på en computer').toBe(1);
      else expect(lines, 'højst tre linjer på en telefon').toBeLessThanOrEqual(3);
      await context.close();
    }
    console.log(`Forløbsbjælkens højde: ${JSON.stringify(heights)} px`);
  });
});

describe('Kopiér til e-mail eller Word', () => {
  it('puts HTML and text with ticks and the note (as text) on the clipboard and says so politely', async () => {
    const { context, page, problems } = await fresh({ permissions: ['clipboard-read', 'clipboard-write'] });
    await ready(page);
    await makeTjekliste(page, 'Sundhedspartnerskab <Lolland>', 'Drøftes på <b>mødet</b>\nog følges op');
    await page.click('[data-action="copy"]');
    await expect
      .poll(() => page.textContent('[data-message]'))
      .toBe('Tjeklisten »Sundhedspartnerskab <Lolland>« er kopieret. Indsæt den i en e-mail eller et dokument.');
    expect(await page.locator('[data-message]').evaluate((m) => m.closest('[role="status"]') !== null)).toBe(true);
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        html: await (await item!.getType('text/html')).text(),
        text: await (await item!.getType('text/plain')).text(),
      };
    });
    expect(clip.html).toContain('<h1>Sundhedspartnerskab &lt;Lolland&gt;</h1>');
    expect(clip.html).toContain('<h2>Før</h2>');
    expect(clip.html).toMatch(/<h3>[^<]+<\/h3>/);
    expect(clip.html).toContain(
      '<li>☑ Partnerne er enige om præcis, hvilket problem partnerskabet skal arbejde med.</li>',
    );
    expect(clip.html).toContain('<blockquote>Drøftes på &lt;b&gt;mødet&lt;/b&gt;<br>og følges op</blockquote>');
    expect(clip.html).not.toContain('<b>mødet');
    expect(clip.text).toContain('☑ Partnerne er enige om præcis, hvilket problem partnerskabet skal arbejde med.');
    expect(clip.text).toContain('    » Drøftes på <b>mødet</b>\n    » og følges op');
    expect(clip.text).toMatch(/☐ /);
    clean(problems);
    await context.close();
  });

  it('when the clipboard says no, the text is shown in a field to copy by hand', async () => {
    const { context, page, problems } = await fresh();
    await context.addInitScript(() => {
      const refuse = () => Promise.reject(new DOMException('nej', 'NotAllowedError'));
      Object.defineProperty(navigator, 'clipboard', { value: { write: refuse, writeText: refuse } });
    });
    await ready(page);
    await page.check(firstBox);
    await openMore(page);
    await page.click('[data-action="copy"]');
    await expect.poll(() => page.textContent('[data-message]')).toMatch(/tillod ikke at kopiere/);
    expect(await page.locator('#tjekliste-tekst').isVisible()).toBe(true);
    expect(await page.inputValue('#tjekliste-tekst')).toContain('☑ Partnerne er enige om præcis');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tjekliste-tekst');
    clean(problems);
    await context.close();
  });
});

describe('Udskriv / gem som PDF', () => {
  it('opens the whole checklist, prints it with name, date, ticks and notes, and tidies the address', async () => {
    const { context, page, problems } = await fresh();
    await context.addInitScript(() => {
      window.print = () => {
        (window as unknown as { __printed: number }).__printed =
          ((window as unknown as { __printed?: number }).__printed ?? 0) + 1;
      };
    });
    await ready(page);
    await makeTjekliste(page, 'Sundhedspartnerskab Lolland', 'Drøftes på mødet');
    await page.click('[data-action="print"]');
    await page.waitForURL(/\/procesguide\/tjekliste\//);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
    expect(page.url()).toBe(`${baseUrl()}/procesguide/tjekliste/`);
    await page.emulateMedia({ media: 'print' });
    await expect
      .poll(() => page.locator('[data-print-name]').textContent())
      .toMatch(/^Tjekliste: Sundhedspartnerskab Lolland · 1 af \d+ punkter klaret · \d+\. \w+ \d{4}$/);
    expect(await page.isChecked(firstBox)).toBe(true);
    expect(
      await page.locator('li:has([data-item="problem-kan-ikke-loeses-alene"]) .checklist__note-print').textContent(),
    ).toBe('Drøftes på mødet');
    expect(await page.locator('.tjekliste-bar__box').isVisible()).toBe(false);
    clean(problems);
    await context.close();
  });
});
