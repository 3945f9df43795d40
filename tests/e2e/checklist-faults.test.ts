/**
 * Storage faults in Chromium never break the checklist page or lose data:
 * storage that throws, a full quota and a corrupted value each leave the page
 * working and tell the user what happened (the store's messages, in the bar).
 */
import { NOTE_LOAD_FAILED } from '../../src/client/tjekliste/strings';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { MESSAGES } from '../../src/client/tjekliste/on-demand/strings';
import { KEY, clean, fresh as freshContext, ready } from './checklist-steps';
import { idle } from './waits';

const chromium = useBrowser();
const fresh = () => freshContext(chromium.browser);

const firstBox = '#punkt-problem-praecis-enighed';

describe('faults never break the page or lose data', () => {
  it('localStorage that throws on access: the page works in memory and says so', async () => {
    const { context, page, problems } = await fresh();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access denied', 'SecurityError');
        },
      });
    });
    await ready(page);
    await expect.poll(() => page.textContent('[data-notices]')).toContain(MESSAGES.unavailable);
    await page.check(firstBox);
    await expect.poll(() => page.textContent('[data-step-progress]')).toMatch(/^1 af \d+ punkter klaret i dette trin$/);
    clean(problems);
    await context.close();
  });

  it('quota exceeded on save: the tick stays, the user is told, nothing is lost', async () => {
    const { context, page, problems } = await fresh();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota', 'QuotaExceededError');
      };
    });
    await ready(page);
    await page.check(firstBox);
    await expect.poll(() => page.textContent('[data-notices]')).toContain(MESSAGES.quota);
    expect(await page.isChecked(firstBox)).toBe(true);
    clean(problems);
    await context.close();
  });

  it('corrupted JSON: the raw value is backed up, the user is told, the page starts clean', async () => {
    const { context, page, problems } = await fresh();
    await context.addInitScript((k) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, '{"version":1, broken');
        sessionStorage.setItem('seeded', '1');
      }
    }, KEY);
    await ready(page);
    await expect
      .poll(() => page.textContent('[data-notices]'))
      .toMatch(/^Dine gemte tjeklister kunne ikke læses\..*og du starter med en tom tjekliste\./);
    const backups = await page.evaluate(
      (k) =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith(`${k}:backup:`))
          .map((key) => localStorage.getItem(key)),
      KEY,
    );
    expect(backups).toEqual(['{"version":1, broken']);
    await page.check(firstBox);
    await page.reload();
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    expect(await page.isChecked(firstBox)).toBe(true);
    clean(problems);
    await context.close();
  });

  it('the note editor cannot be fetched: the note stays closed, and the next press opens it and saves', async () => {
    const { context, page } = await fresh();
    let refuse = true;
    // Loaded on the first press of »Tilføj note«; the first fetch fails as on a dropped connection.
    await page.route('**/_astro/notes.*.js', (route) => (refuse ? route.abort() : route.continue()));
    await ready(page);
    const row = page.locator('li:has([data-item="problem-praecis-enighed"])');
    const toggle = row.locator('button[data-note-toggle]');
    const failed = page.waitForEvent('requestfailed', (r) => /\/_astro\/notes\./.test(r.url()));
    await toggle.click();
    await failed;
    expect(await row.locator('.checklist__note').isHidden()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const failure = row.locator('[data-note-load-failed]');
    await expect.poll(() => failure.textContent()).toBe(NOTE_LOAD_FAILED);
    refuse = false;
    await toggle.click();
    const area = row.locator('textarea[data-note]');
    // Browsers that fetch again open the note; those that remember the failure until a reload keep saying so.
    await expect.poll(async () => (await area.isVisible()) || (await failure.isVisible())).toBe(true);
    if (!(await area.isVisible())) {
      await page.reload();
      await page.waitForSelector('pg-tjekliste-bar[data-ready]');
      await toggle.click();
      await expect.poll(() => area.isVisible()).toBe(true);
    }
    expect(await failure.count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.note)).toBe(
      'problem-praecis-enighed',
    );
    await area.fill('Aftales på næste møde');
    await area.blur();
    await page.reload();
    await page.waitForSelector('pg-tjekliste-bar[data-ready]');
    expect(await row.locator('[data-note-print]').textContent()).toBe('Aftales på næste møde');
    expect(await toggle.textContent()).toBe('Vis note');
    await context.close();
  });

  it('on a slow connection, a second press of »Tilføj note« while it loads opens the note once', async () => {
    const { context, page } = await fresh();
    await page.route('**/_astro/notes.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await ready(page);
    const row = page.locator('li:has([data-item="problem-praecis-enighed"])');
    const toggle = row.locator('button[data-note-toggle]');
    await toggle.click();
    await toggle.click();
    const area = row.locator('textarea[data-note]');
    await expect.poll(() => area.isVisible()).toBe(true);
    await idle(page); // a second toggle, if any, would have closed it by now
    expect(await area.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await context.close();
  });
});
