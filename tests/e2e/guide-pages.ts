/**
 * Steps through the guide's pages for the browser tests (guide.test.ts): the
 * phase's step pages in order, opening a page once its island is ready,
 * ticking a whole step, and reading the counts, statuses and resume link.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, type PageProblems } from './browser';

export function clean(problems: PageProblems) {
  expect(problems.pageErrors, 'sidefejl').toEqual([]);
  expect(problems.consoleErrors, 'konsolfejl').toEqual([]);
  expect(problems.cspViolations, 'CSP-brud').toEqual([]);
  expect(problems.foreignRequests, 'fremmede forespørgsler').toEqual([]);
}

/** The phase's step pages in order, as its overview page links them. */
export async function phaseSteps(page: Page, phase: string): Promise<string[]> {
  await page.goto(`${baseUrl()}/procesguide/${phase}/`);
  return page.$$eval('.phase-steps > li h2 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

export async function openStep(page: Page, path: string) {
  await page.goto(baseUrl() + path);
  await page.waitForSelector('pg-guide-progress[data-ready]');
}

export const navProgress = (page: Page, path: string) =>
  page.textContent(`.step-nav li:has(a[href="${path}"]) [data-progress-items]`).then((t) => t?.trim());

/** Ticks every item of a step on its page and waits until the step navigation counts them all. */
export async function tickAll(page: Page, path: string) {
  await openStep(page, path);
  const boxes = page.locator('fieldset.checklist input[data-item]');
  const total = await boxes.count();
  for (let i = 0; i < total; i++) await boxes.nth(i).check();
  await expect.poll(() => navProgress(page, path)).toBe(`${total} af ${total}`);
}

export async function openOverview(page: Page, path: string) {
  await page.goto(baseUrl() + path);
  await page.waitForSelector('pg-guide-progress[data-ready]');
}

/** The status written after a step's or phase's link (aria-describedby), without the hidden "Status: ". */
export const statusOf = (page: Page, href: string) =>
  page
    .locator(`a[href="${href}"][aria-describedby]`)
    .first()
    .evaluate((a) => document.getElementById(a.getAttribute('aria-describedby')!)?.textContent ?? '')
    .then((t) => t.replace(/^Status: /, ''));

export const resumeLink = (page: Page) => page.locator('[data-guide-resume] a');
