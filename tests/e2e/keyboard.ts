/** Keyboard reach, shared by the e2e files that tab through pages. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Tabs through the page: the skip link comes first, every visible link and
 * control is reached exactly once, each with visible focus.
 */
export async function tabThrough(page: Page): Promise<void> {
  const expected = await page.evaluate(
    () =>
      Array.from(
        document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]'),
      ).filter(
        (el) =>
          !el.closest('[hidden]') && getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length > 0,
      ).length,
  );
  const reached = new Set<number>();
  let first = '';
  for (let i = 0; i < expected + 5; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        key: Array.from(document.querySelectorAll('*')).indexOf(el),
        text: el.textContent?.trim() ?? '',
        visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
    if (!info) continue;
    if (!first) first = info.text;
    expect(info.visible, `fokus er ikke synlig på "${info.text}"`).toBe(true);
    reached.add(info.key);
  }
  expect(first).toBe('Gå til sidens indhold');
  expect(reached.size).toBe(expected);
}
