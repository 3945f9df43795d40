/**
 * Shared steps for the e2e tests of the checklist islands and the tjekliste bar
 * (every tests/e2e/checklist*.test.ts): a fresh
 * browser context, waiting for the islands, opening »Flere valg«, and the
 * page-problem check.
 */
import { expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { baseUrl, openPage, type PageProblems } from './browser';

/** The localStorage key the checklist store writes. */
export const KEY = 'partnerskabsguiden:tjekliste';
/** The whole checklist: every item on one page. */
export const PAGE = '/procesguide/tjekliste/';

/** A page in a new context of its own (a clean slate: no stored tjekliste). */
export async function fresh(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const { page, problems } = await openPage(context);
  return { context, page, problems };
}

/** Opens a page and waits until the tjekliste bar is wired. */
export async function ready(page: Page, path = PAGE) {
  await page.goto(baseUrl() + path);
  await page.waitForSelector('pg-tjekliste-bar[data-ready]');
}

/** Opens »Flere valg« (if it is not open) and waits until its controls are wired. */
export async function openMore(page: Page) {
  if (!(await page.locator('[data-more][open]').count())) await page.click('[data-more] > summary');
  await page.waitForSelector('pg-tjekliste-bar[data-panel-ready]');
}

/** No page error, console error, CSP violation or request to another origin. */
export function clean(problems: PageProblems) {
  expect(problems.pageErrors, 'sidefejl').toEqual([]);
  expect(problems.consoleErrors, 'konsolfejl').toEqual([]);
  expect(problems.cspViolations, 'CSP-brud').toEqual([]);
  expect(problems.foreignRequests, 'andre domæner').toEqual([]);
}
