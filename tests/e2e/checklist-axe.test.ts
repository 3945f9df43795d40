/**
 * The checklists by keyboard only (a whole phase ticked, focus always visible), and axe with the
 * disclosure, the name form, the delete confirmation and a note open.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { runAxe } from './axe';
import { useBrowser } from './browser';
import { barPages } from './checklist-pages';
import { clean, fresh as freshContext, openMore, ready } from './checklist-steps';

const chromium = useBrowser();
const fresh = (options: BrowserContextOptions = {}) =>
  freshContext(chromium.browser, { acceptDownloads: true, ...options });

const axe = async (page: Page) => (await runAxe(page)).violations;

describe('keyboard and axe', () => {
  it('keyboard only: Tab and Space tick every item of the Efter phase; focus is always visible', async () => {
    const { context, page, problems } = await fresh();
    await ready(page);
    const ids = await page
      .locator('fieldset[data-phase="efter"] input[data-item]')
      .evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(0);
    const ticked = new Set<string>();
    for (let i = 0; i < 600 && ticked.size < ids.length; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        return {
          id: el.id,
          type: (el as HTMLInputElement).type,
          outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
        };
      });
      if (focus?.type === 'checkbox' && ids.includes(focus.id) && !ticked.has(focus.id)) {
        expect(focus.outline, `synligt fokus på ${focus.id}`).toBe(true);
        await page.keyboard.press('Space');
        ticked.add(focus.id);
      }
    }
    expect(ticked.size).toBe(ids.length);
    expect(await page.textContent('[data-phase-progress="efter"]')).toBe(
      `Efter: ${ids.length} af ${ids.length} punkter klaret`,
    );
    clean(problems);
    await context.close();
  });

  it.each(['/procesguide/foer/', '/procesguide/under/', '/procesguide/efter/'])(
    '%s (a phase page with the bar): axe finds nothing with "Flere valg", the name form and the confirmation',
    async (path) => {
      const { context, page, problems } = await fresh();
      await ready(page, path);
      expect(await axe(page)).toEqual([]);
      await openMore(page);
      await page.click('[data-action="new"]');
      expect(await axe(page)).toEqual([]);
      await page.click('[data-action="delete"]');
      expect(await axe(page)).toEqual([]);
      clean(problems);
      await context.close();
    },
  );

  it.each(barPages())(
    '%s: axe finds nothing with "Flere valg", the name form, the delete confirmation and a note open',
    async (path) => {
      const { context, page, problems } = await fresh();
      await ready(page, path);
      expect(await axe(page)).toEqual([]);
      await openMore(page);
      expect(await axe(page)).toEqual([]);
      await page.click('[data-action="new"]');
      const note = page.locator('.checklist__note-toggle').first();
      expect(await note.count(), `${path}: intet notefelt at åbne`).toBe(1);
      await note.click();
      await expect
        .poll(() => note.getAttribute('aria-expanded'), { message: `${path}: noten åbnede ikke` })
        .toBe('true');
      expect(await axe(page)).toEqual([]);
      await page.click('[data-action="delete"]');
      expect(await axe(page)).toEqual([]);
      clean(problems);
      await context.close();
    },
  );
});
