/**
 * Storage faults in Chromium never break the checklist page or lose data:
 * storage that throws, a full quota and a corrupted value each leave the page
 * working and tell the user what happened (the store's messages, in the bar).
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { KEY, clean, fresh as freshContext, ready } from './forloeb';

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
    await expect.poll(() => page.textContent('[data-notices]')).toContain('Din browser tillader ikke, at siden gemmer data. Du kan sætte flueben og skrive noter, men de forsvinder, når du lukker siden. Eksportér din tjekliste for at gemme den.');
    await page.check(firstBox);
    expect(await page.textContent('[data-step-progress]')).toBe('1 af 5 punkter klaret i dette trin');
    clean(problems);
    await context.close();
  });

  it('quota exceeded on save: the tick stays, the user is told, nothing is lost', async () => {
    const { context, page, problems } = await fresh();
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Quota', 'QuotaExceededError');
      };
    });
    await ready(page);
    await page.check(firstBox);
    await expect.poll(() => page.textContent('[data-notices]')).toContain('Eksportér din tjekliste, eller slet en tjekliste, du ikke bruger.');
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
    await expect.poll(() => page.textContent('[data-notices]')).toMatch(/^Dine gemte tjeklister kunne ikke læses\..*og du starter med en tom tjekliste\./);
    const backups = await page.evaluate((k) => Object.keys(localStorage).filter((key) => key.startsWith(`${k}:backup:`)).map((key) => localStorage.getItem(key)), KEY);
    expect(backups).toEqual(['{"version":1, broken']);
    await page.check(firstBox);
    await page.reload();
    await page.waitForSelector('[data-forloeb][data-ready]');
    expect(await page.isChecked(firstBox)).toBe(true);
    clean(problems);
    await context.close();
  });
});
