/**
 * The agreement page in Chromium: "Kopiér som skabelon til Word" puts HTML with
 * one heading per element (and plain text) on the clipboard, from the keyboard;
 * without a clipboard the text appears in a field; the button holds its place
 * before the script runs; print shows the template only; the step links here;
 * axe finds nothing; without JavaScript the page reads fully and the button
 * stays away.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from './axe';
import { baseUrl, openPage, type PageProblems, useBrowser } from './browser';

const PATH = '/procesguide/aftale/';

const chromium = useBrowser();

function clean(problems: PageProblems) {
  expect(problems.pageErrors, 'sidefejl').toEqual([]);
  expect(problems.consoleErrors, 'konsolfejl').toEqual([]);
  expect(problems.cspViolations, 'CSP-brud').toEqual([]);
  expect(problems.foreignRequests, 'fremmede forespørgsler').toEqual([]);
}

async function ready(page: Page) {
  await page.goto(baseUrl() + PATH);
  await page.waitForSelector('pg-agreement-template[data-ready]');
}

const elementTitles = (page: Page) =>
  page.$$eval('[data-template-element] [data-template-title]', (els) => els.map((e) => e.textContent!.trim()));

describe('aftalesiden med JavaScript', () => {
  it('kopierer skabelonen som HTML med én overskrift pr. element og som tekst, betjent med tastaturet', async () => {
    const context = await chromium.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, problems } = await openPage(context);
    await ready(page);
    const titles = await elementTitles(page);
    expect(titles.length).toBeGreaterThan(0);

    // Tab from the top of the page to the button, with visible focus on it, and press Enter.
    let onButton = false;
    for (let i = 0; i < 60 && !onButton; i++) {
      await page.keyboard.press('Tab');
      onButton = await page.evaluate(() => document.activeElement?.hasAttribute('data-template-copy') ?? false);
    }
    expect(onButton, 'Tab når kopiknappen').toBe(true);
    expect(
      await page.$eval(
        '[data-template-copy]',
        (el) => getComputedStyle(el).outlineStyle !== 'none' || getComputedStyle(el).boxShadow !== 'none',
      ),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('[data-template-status]')).toContain('kopieret');
    // The confirmation is seen, not only heard: on screen, beside the buttons.
    const status = (await page.locator('[data-template-status]').boundingBox())!;
    expect(status.height).toBeGreaterThan(20);
    expect(await page.isVisible('[data-template-status]')).toBe(true);

    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        html: await (await item!.getType('text/html')).text(),
        text: await (await item!.getType('text/plain')).text(),
      };
    });
    const headings = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return Array.from(doc.querySelectorAll('h2'), (h) => h.textContent!.trim());
    }, clip.html);
    expect(headings.map((h) => h.replace(/^\d+\.\s*/, ''))).toEqual(titles);
    // The parts no source names are marked as the site's suggestion in the copy too.
    expect(headings.some((h) => h.endsWith('Parterne (sitets forslag)'))).toBe(true);
    expect(clip.html).toContain('Partnerskabsguidens formulering');
    expect(clip.html).toContain('»');
    for (const title of titles) expect(clip.text).toContain(title);
    expect(await page.isHidden('[data-template-fallback]')).toBe(true);
    clean(problems);
    await context.close();
  });

  it('viser teksten i et felt, når udklipsholderen ikke kan bruges', async () => {
    const context = await chromium.browser.newContext();
    const { page, problems } = await openPage(context);
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
    );
    await ready(page);
    await page.click('[data-template-copy]');
    await page.waitForSelector('[data-template-fallback]:not([hidden])');
    const value = await page.inputValue('[data-template-text]');
    for (const title of await elementTitles(page)) expect(value).toContain(title);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skabelon-tekst');
    expect(await page.textContent('[data-template-status]')).toContain('feltet');
    const axe = await runAxe(page);
    expect(axe.violations).toEqual([]);
    clean(problems);
    await context.close();
  });

  it('knapperne står samme sted, før og efter scriptet kører (intet layoutskift)', async () => {
    const context = await chromium.browser.newContext();
    const { page } = await openPage(context);
    await ready(page);
    const withScript = await page.$eval('[data-template-elements]', (el) => el.getBoundingClientRect().top);
    expect(await page.isVisible('[data-template-copy]')).toBe(true);
    const blocked = await chromium.browser.newContext();
    const { page: before } = await openPage(blocked);
    await before.route('**/*.js', (route) => route.abort());
    await before.goto(baseUrl() + PATH);
    const withoutScript = await before.$eval('[data-template-elements]', (el) => el.getBoundingClientRect().top);
    expect(await before.isVisible('[data-template-copy]')).toBe(false);
    expect(withoutScript).toBe(withScript);
    await context.close();
    await blocked.close();
  });

  it('udskriver skabelonen: dele og skrivefelter, uden knapper og tabel', async () => {
    const context = await chromium.browser.newContext();
    const { page } = await openPage(context);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.isVisible('[data-template-element]')).toBe(true);
    await expect.poll(() => page.isVisible('.agreement-element__write')).toBe(true);
    await expect.poll(() => page.isVisible('[data-template-copy]')).toBe(false);
    await expect.poll(() => page.isVisible('[data-agreement-table]')).toBe(false);
    await context.close();
  });

  it('er axe-ren, og trinnet »Skriv aftalen ned« fører hertil', async () => {
    const context = await chromium.browser.newContext();
    const { page, problems } = await openPage(context);
    await ready(page);
    const axe = await runAxe(page);
    expect(axe.violations).toEqual([]);
    expect(axe.passes).toBeGreaterThan(0);
    await page.goto(`${baseUrl()}/procesguide/foer/skriftlig-aftale/`);
    await page.click(`.prose a[href="${PATH}"]`);
    await page.waitForURL(`**${PATH}`);
    expect(await page.textContent('h1')).toBe('Partnerskabsaftalen');
    clean(problems);
    await context.close();
  });
});

describe('aftalesiden i søgningen', () => {
  it.each(['aftaleskabelon', 'skabelon', 'kontrakt'])('»%s« finder siden', async (query) => {
    const context = await chromium.browser.newContext();
    const { page } = await openPage(context);
    await page.goto(`${baseUrl()}/soeg/`);
    // A string, so Vitest does not rewrite the browser's import().
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search(${JSON.stringify(query)});
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    })()`)) as string[];
    expect(urls).toContain(PATH);
    await context.close();
  });
});

describe('aftalesiden uden JavaScript', () => {
  it('viser dele, citater og tabel, men ingen kopiknap', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl() + PATH);
    expect(await page.locator('[data-template-element]').count()).toBeGreaterThan(0);
    expect(await page.isVisible('[data-template-quote]')).toBe(true);
    expect(await page.isVisible('[data-agreement-table]')).toBe(true);
    expect(await page.isVisible('[data-template-copy]')).toBe(false);
    const box = await page.$eval('[data-template-buttons]', (el) => el.getBoundingClientRect().height);
    expect(box).toBe(0);
    await context.close();
  });
});
