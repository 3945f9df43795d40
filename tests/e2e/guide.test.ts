/**
 * The guide's step pages in Chromium: keyboard only through a whole phase via
 * "Næste trin"; the step navigation's progress follows ticks on this page, on
 * another step page and in another tab; the compact "Trin n af m" disclosure on
 * a phone with and without JavaScript and the sidebar on a wide screen; no
 * horizontal scroll at 320 px; axe clean on every step page, the phase pages
 * and the overview; "Fortsæt" and the statuses in words on the overviews and the
 * home page once something is saved, and none of it without JavaScript.
 * Steps and counts come from the built phase pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runAxe } from './axe';
import { allPagePaths, baseUrl, openPage, type PageProblems, useBrowser } from './browser';
import { clean, navProgress, openOverview, openStep, phaseSteps, resumeLink, statusOf, tickAll } from './guide-pages';

const PHASES = ['foer', 'under', 'efter'];
const STEP_PAGE = /^\/procesguide\/(foer|under|efter)\/[a-z0-9-]+\/$/;
const stepPaths = allPagePaths().filter((p) => STEP_PAGE.test(p));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const chromium = useBrowser();

async function fresh(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await chromium.browser.newContext(options);
  const { page, problems } = await openPage(context);
  return { context, page, problems };
}

describe('keyboard only', () => {
  it.each(PHASES)('walks through the whole phase %s with Tab and Enter on "Næste trin"', async (phase) => {
    const { context, page, problems } = await fresh({ viewport: DESKTOP });
    const steps = await phaseSteps(page, phase);
    expect(steps.length).toBeGreaterThan(0);
    await openStep(page, steps[0]!);
    for (const [i, path] of steps.entries()) {
      expect(new URL(page.url()).pathname).toBe(path);
      if (i === steps.length - 1) break;
      let presses = 0;
      while (!(await page.evaluate(() => document.activeElement?.matches('.step-pager__link--next') ?? false))) {
        await page.keyboard.press('Tab');
        presses++;
        expect(presses, `Tab nåede ikke »Næste trin« på ${path}`).toBeLessThan(150);
      }
      expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Næste trin');
      await Promise.all([page.waitForURL(baseUrl() + steps[i + 1]!), page.keyboard.press('Enter')]);
    }
    clean(problems);
    await context.close();
  });
});

describe('progress in the step navigation', () => {
  it('follows a tick on this page and one made on another step page', async () => {
    const { context, page, problems } = await fresh({ viewport: DESKTOP });
    const [first, second] = await phaseSteps(page, 'foer');
    await openStep(page, first!);
    const total = await page.$$eval('fieldset.checklist input[data-item]', (boxes) => boxes.length);
    expect(await navProgress(page, first!)).toBe(`0 af ${total}`);
    await page.locator('fieldset.checklist input[data-item]').first().check();
    await expect.poll(() => navProgress(page, first!)).toBe(`1 af ${total}`);

    await openStep(page, second!);
    expect(await navProgress(page, first!)).toBe(`1 af ${total}`);
    expect(await page.getAttribute(`.step-nav a[href="${second}"]`, 'aria-current')).toBe('step');
    clean(problems);
    await context.close();
  });

  it('follows a tick made in another tab', async () => {
    const { context, page, problems } = await fresh({ viewport: DESKTOP });
    const [first, second] = await phaseSteps(page, 'foer');
    await openStep(page, first!);
    const other = await context.newPage();
    await openStep(other, second!);
    const total = await other.$$eval('fieldset.checklist input[data-item]', (boxes) => boxes.length);
    expect(await navProgress(page, second!)).toBe(`0 af ${total}`);
    await other.locator('fieldset.checklist input[data-item]').first().check();
    await other.locator('fieldset.checklist input[data-item]').nth(1).check();
    await expect.poll(() => navProgress(page, second!)).toBe(`2 af ${total}`);
    clean(problems);
    await context.close();
  });

  it('the phase page and the overview show the same progress', async () => {
    const { context, page } = await fresh({ viewport: DESKTOP });
    const [first] = await phaseSteps(page, 'under');
    await openStep(page, first!);
    await page.locator('fieldset.checklist input[data-item]').first().check();
    await expect.poll(() => navProgress(page, first!)).toMatch(/^1 af \d+$/);
    await page.goto(`${baseUrl()}/procesguide/under/`);
    await page.waitForSelector('pg-guide-progress[data-ready]');
    const slug = first!.split('/').at(-2)!;
    expect(await page.textContent(`[id="${slug}"] [data-progress-items]`)).toMatch(/^1 af \d+$/);
    await page.goto(`${baseUrl()}/procesguide/`);
    await page.waitForSelector('pg-guide-progress[data-ready]');
    const row = page.locator('.phase-map > li', { has: page.locator('a[href="/procesguide/under/"]') });
    expect(await row.locator('span[data-progress-items]').textContent()).toMatch(/^1 af \d+$/);
    expect(await row.locator('progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(1);
    await context.close();
  });
});

describe('resume and status on the overviews', () => {
  it('after step 1 is done: "Fortsæt" to step 2, step 1 "Færdig", step 2 "Ikke startet"', async () => {
    const { context, page, problems } = await fresh({ viewport: PHONE });
    const [first, second] = await phaseSteps(page, 'foer');
    await openOverview(page, '/procesguide/foer/');
    expect(await page.locator('[data-guide-resume]').isVisible(), 'intet gemt: ingen »Fortsæt«').toBe(false);
    expect(await statusOf(page, first!)).toBe('');
    await tickAll(page, first!);
    const secondTitle = await page.locator(`.step-nav a[href="${second}"] .step-nav__label`).textContent();
    for (const path of ['/procesguide/foer/', '/']) {
      await openOverview(page, path);
      await expect.poll(() => resumeLink(page).getAttribute('href')).toBe(second);
      expect(await resumeLink(page).textContent(), path).toBe(`Fortsæt: ${secondTitle}`);
      expect(await resumeLink(page).isVisible(), path).toBe(true);
      expect(await page.locator('[data-guide-start]').isVisible(), `${path}: startlinket er væk`).toBe(false);
      expect((await runAxe(page)).violations, `${path}: axe med »Fortsæt«`).toEqual([]);
    }
    await openOverview(page, '/procesguide/foer/');
    await expect.poll(() => statusOf(page, first!)).toBe('Færdig');
    expect(await statusOf(page, second!)).toBe('Ikke startet');
    await openOverview(page, '/procesguide/');
    await expect.poll(() => resumeLink(page).getAttribute('href')).toBe(second);
    expect(await statusOf(page, first!)).toBe('Færdig');
    expect(await statusOf(page, second!)).toBe('Ikke startet');
    expect(await statusOf(page, '/procesguide/foer/')).toBe('I gang');
    expect(await statusOf(page, '/procesguide/under/')).toBe('Ikke startet');
    expect((await runAxe(page)).violations, 'axe med status og »Fortsæt«').toEqual([]);
    clean(problems);

    // Without JavaScript the same saved data shows nothing of this, and the start links are as before.
    const noJs = await chromium.browser.newContext({
      viewport: PHONE,
      javaScriptEnabled: false,
      storageState: await context.storageState(),
    });
    const plain = await noJs.newPage();
    for (const path of ['/', '/procesguide/', '/procesguide/foer/']) {
      await plain.goto(baseUrl() + path);
      expect(await plain.locator('[data-guide-resume]').isVisible(), path).toBe(false);
      expect(await plain.locator('[data-guide-start]').count(), path).toBe(path === '/procesguide/' ? 0 : 1);
      if (path !== '/procesguide/') expect(await plain.locator('[data-guide-start]').isVisible(), path).toBe(true);
      const text = await plain.locator('main').textContent();
      for (const word of ['Fortsæt', 'Færdig', 'I gang', 'Ikke startet'])
        expect(text, `${path}: ${word}`).not.toContain(word);
    }
    await noJs.close();
    await context.close();
  });

  it('says plainly when a phase is done, and follows a tick in another tab', async () => {
    const { context, page, problems } = await fresh({ viewport: DESKTOP });
    const steps = await phaseSteps(page, 'efter');
    for (const path of steps) await tickAll(page, path);
    await openOverview(page, '/procesguide/efter/');
    const resume = page.locator('[data-guide-resume]');
    await expect.poll(() => resume.textContent()).toContain('Alle trin i fasen er færdige.');
    expect(await resumeLink(page).textContent()).toBe('Se hele tjeklisten');
    for (const path of steps) expect(await statusOf(page, path), path).toBe('Færdig');

    const other = await context.newPage();
    await openStep(other, steps[1]!);
    await other.locator('fieldset.checklist input[data-item]').first().uncheck();
    await expect.poll(() => resumeLink(page).getAttribute('href')).toBe(steps[1]);
    expect(await statusOf(page, steps[1]!)).toBe('I gang');
    expect(await page.locator('.phase-summary [data-guide-status]').textContent()).toBe('Status: I gang');
    clean(problems);
    await context.close();
  });
});

describe('the compact step navigation', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`on a phone opens from its "Trin n af m" line (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page, problems } = await fresh({ viewport: PHONE, javaScriptEnabled });
      const steps = await phaseSteps(page, 'foer');
      await page.goto(baseUrl() + steps[1]!);
      const summary = page.locator('.step-nav summary');
      expect(await summary.isVisible()).toBe(true);
      expect(await summary.textContent()).toContain(`Trin 2 af ${steps.length}`);
      const link = page.locator(`.step-nav a[href="${steps[0]}"]`);
      expect(await link.isVisible()).toBe(false);
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => link.isVisible()).toBe(true);
      await expect
        .poll(() => page.locator('.step-nav [data-progress-items]').first().isVisible())
        .toBe(javaScriptEnabled);
      await Promise.all([page.waitForURL(baseUrl() + steps[0]!), link.click()]);
      if (javaScriptEnabled) clean(problems);
      await context.close();
    });
  }

  it('on a wide screen is a sidebar, open without a click, with the current step marked', async () => {
    const { context, page } = await fresh({ viewport: DESKTOP, javaScriptEnabled: false });
    const steps = await phaseSteps(page, 'efter');
    await page.goto(baseUrl() + steps.at(-1)!);
    expect(await page.locator('.step-nav summary').isVisible()).toBe(false);
    for (const path of steps) expect(await page.locator(`.step-nav a[href="${path}"]`).isVisible(), path).toBe(true);
    const nav = await page.locator('.step-nav').boundingBox();
    const h1 = await page.locator('h1').boundingBox();
    expect(nav!.x + nav!.width).toBeLessThanOrEqual(h1!.x);
    // Role queries skip what assistive technology does not get: the list must be exposed, not just painted.
    const navLinks = page.getByRole('navigation', { name: /trin i fasen/ }).getByRole('link');
    expect(await navLinks.count()).toBe(steps.length + 1);
    await context.close();
  });
});

describe('layout', () => {
  it('no step page, phase page or the overview scrolls sideways at 320 px', async () => {
    const { context, page } = await fresh({ viewport: { width: 320, height: 640 } });
    for (const path of [...stepPaths, ...PHASES.map((p) => `/procesguide/${p}/`), '/procesguide/']) {
      await page.goto(baseUrl() + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('on a phone each step page says why before its checklist, first box within 1.5 screens (logged)', async () => {
    const { context, page } = await fresh({ viewport: PHONE });
    const rows: string[] = [];
    let tallest = { path: '', height: 0 };
    for (const path of stepPaths) {
      await openStep(page, path);
      const box = page.locator('fieldset.checklist input[data-item]').first();
      const top = await box.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      // The step's short why (its description, the lead) is read before the first tick, in the DOM and on screen.
      const why = page.locator('.step-page__lead');
      expect(await why.textContent(), path).not.toBe('');
      expect(
        await why.evaluate((p) =>
          Boolean(p.compareDocumentPosition(document.querySelector('fieldset.checklist')!) & 4),
        ),
        path,
      ).toBe(true);
      expect(await why.evaluate((p) => p.getBoundingClientRect().bottom + window.scrollY), path).toBeLessThan(top);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height > tallest.height) tallest = { path, height };
      rows.push(`${path.padEnd(44)} første afkrydsningsfelt ${Math.round(top)} px, siden ${height} px`);
      expect(top, path).toBeLessThanOrEqual(PHONE.height * 1.5);
    }
    console.log(
      `Trinsider på en telefon (${PHONE.width} × ${PHONE.height}):\n${rows.join('\n')}\n` +
        `Højeste: ${tallest.path} ${tallest.height} px`,
    );
    await page.setViewportSize(DESKTOP);
    let tallestDesktop = { path: '', height: 0 };
    for (const path of stepPaths) {
      await openStep(page, path);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height > tallestDesktop.height) tallestDesktop = { path, height };
    }
    console.log(`Højeste trinside ved ${DESKTOP.width} px: ${tallestDesktop.path} ${tallestDesktop.height} px`);
    await context.close();
  });
});

describe('axe', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  beforeAll(async () => {
    ({ context, page, problems } = await fresh({ viewport: DESKTOP }));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('has step pages to check', () => {
    expect(stepPaths.length).toBeGreaterThan(0);
  });

  it.each([...stepPaths, ...PHASES.map((p) => `/procesguide/${p}/`), '/procesguide/'])(
    'finds nothing on %s (wide screen)',
    async (path) => {
      await page.setViewportSize(DESKTOP);
      await page.goto(baseUrl() + path);
      await page.waitForSelector('pg-guide-progress[data-ready]');
      expect((await runAxe(page)).violations).toEqual([]);
      clean(problems);
    },
  );

  it.each(stepPaths)('finds nothing on %s on a phone with the step list open', async (path) => {
    await page.setViewportSize(PHONE);
    await openStep(page, path);
    await page.locator('.step-nav summary').click();
    await expect.poll(() => page.locator('.step-nav details').getAttribute('open')).not.toBeNull();
    expect((await runAxe(page)).violations).toEqual([]);
  });
});
