/** Shared steps for the search e2e files (every tests/e2e/search*.test.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, openPage, type PageProblems } from './browser';

export const pageHtml = (path: string) =>
  readFileSync(join('dist', decodeURIComponent(path.split('#')[0]!), 'index.html'), 'utf8');
/** The MDX body (without frontmatter) of a content entry. */
export const mdxBody = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

export function expectClean(problems: PageProblems) {
  expect(problems.cspViolations, 'CSP-brud').toEqual([]);
  expect(problems.consoleErrors, 'konsolfejl').toEqual([]);
  expect(problems.pageErrors, 'sidefejl').toEqual([]);
  expect(problems.foreignRequests, 'kald til andre domæner').toEqual([]);
}

/** Waits for the search to settle (done, idle or error) after an action that started one. */
export async function settled(page: Page) {
  await page.waitForFunction(() => {
    const s = document.querySelector('pg-search')?.getAttribute('data-state');
    return s === 'done' || s === 'idle' || s === 'error';
  });
  return page.locator('pg-search').getAttribute('data-state');
}

export const resultCount = async (page: Page) =>
  Number(await page.locator('[data-search-status]').getAttribute('data-count'));
export const resultHrefs = (page: Page) =>
  page.locator('[data-search-results] > li > h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

/** Opens /soeg/ with a query (and extra URL parameters) in the context and waits for the results. */
export async function searchFor(context: BrowserContext, query: string, extra = '') {
  const { page, problems } = await openPage(context);
  await page.goto(`${baseUrl()}/soeg/?q=${encodeURIComponent(query)}${extra}`);
  expect(await settled(page)).toBe('done');
  return { page, problems };
}
