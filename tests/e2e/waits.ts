/**
 * Waits for a real condition instead of a fixed sleep: a sleep is too short on
 * a busy machine and wasted time on a quiet one.
 */
import type { Page } from 'playwright-core';

/**
 * Resolves once the page has painted twice and then been idle: the events,
 * observers, animation frames and 0 ms timers set off by the last action have
 * run. For checks that something did NOT happen (a second announcement, a
 * request, a second toggle), so they look only after the page had its chance.
 */
export async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve()))),
      ),
  );
}

const RESULTS = '[data-search-results] > li';

/**
 * Scrolls the last search result into view and waits until the list has grown,
 * »Vis flere resultater« is offered, or every result is shown: the search page
 * loads the next results as the list nears the screen.
 */
export async function scrollForMore(page: Page): Promise<void> {
  const before = await page.locator(RESULTS).count();
  await page.evaluate((sel) => document.querySelector(`${sel}:last-child`)?.scrollIntoView(), RESULTS);
  await page.waitForFunction(
    ({ sel, before }) => {
      const shown = document.querySelectorAll(sel).length;
      const total = Number(document.querySelector('[data-search-status]')?.getAttribute('data-count') ?? 0);
      const more = document.querySelector<HTMLElement>('[data-search-more]');
      return shown > before || shown >= total || (more !== null && !more.hidden);
    },
    { sel: RESULTS, before },
    { timeout: 15_000 },
  );
}
