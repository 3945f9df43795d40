/**
 * The tjekliste as a team's tool: a share link opens a read-only preview and
 * stores nothing until the reader chooses; a first-time reader who saves has
 * one tjekliste; merging takes the newer tick item by item, says what it
 * changed, changes nothing the second time, can be undone, and works both
 * ways; a merge that cannot be saved says so and changes nothing. Printing
 * and copying cover this step, this phase or the whole tjekliste, and a note
 * says when it is saved.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from './axe';
import { baseUrl, useBrowser } from './browser';
import { SHARE } from '../../src/client/tjekliste/on-demand/strings';
import { KEY, clean, fresh as freshContext, ready } from './checklist-steps';

const X = '#punkt-problem-praecis-enighed';
const Y = '#punkt-problem-kan-ikke-loeses-alene';
const STEP = '/procesguide/foer/braendende-problem/';

const chromium = useBrowser();
const fresh = () => freshContext(chromium.browser);
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

async function shareLink(page: Page): Promise<string> {
  await page.click('[data-action="share"]');
  await page.waitForSelector('[data-share-out]:not([hidden])');
  return page.inputValue('#tjekliste-link');
}

/** A share link to a tjekliste with X ticked, made in a browser of its own (then closed). */
async function linkWithXTicked(path?: string): Promise<string> {
  const a = await fresh();
  await ready(a.page, path);
  await a.page.check(X);
  const link = await shareLink(a.page);
  await a.context.close();
  return link;
}

/** Opens a link on a page already showing the tjekliste (a hash change), and waits for the preview. */
async function openLink(page: Page, link: string) {
  await page.goto(`${baseUrl()}/`);
  await page.goto(link);
  await page.waitForSelector('dialog[data-share-dialog][open]');
}

/** Merges the open preview and returns the message it gives. */
async function merge(page: Page): Promise<string> {
  await page.click('[data-action="share-merge"]');
  await expect.poll(() => page.locator('dialog[data-share-dialog][open]').count()).toBe(0);
  return (await page.textContent('[data-message]')) ?? '';
}

describe('a share link', () => {
  it('stores nothing until the reader chooses, and a first-time reader who saves has one tjekliste', async () => {
    const a = await fresh();
    await ready(a.page);
    await a.page.check(X);
    const link = await shareLink(a.page);
    expect(await a.page.textContent('[data-share-out] .tjekliste-bar__hint')).toMatch(
      /kopi af tjeklisten, som den er nu.*lav et nyt link/s,
    );
    await a.context.close();

    const b = await fresh();
    await b.page.goto(link);
    await b.page.waitForSelector('dialog[data-share-dialog][open]');
    expect(await stored(b.page)).toBeNull();
    // Nothing of the reader's own to merge into: only "Gem som ny tjekliste" and "Luk".
    expect(await b.page.locator('[data-action="share-merge"]').isVisible()).toBe(false);
    expect(await b.page.textContent('[data-share-readonly]')).toMatch(/Intet er gemt endnu/);
    expect(await runAxe(b.page).then((r) => r.violations)).toEqual([]);
    await b.page.click('[data-action="share-accept"]');
    await expect.poll(() => b.page.locator('dialog[data-share-dialog][open]').count()).toBe(0);
    const saved = JSON.parse((await stored(b.page))!);
    expect(Object.keys(saved.forloeb)).toHaveLength(1);
    expect(await b.page.isChecked(X)).toBe(true);
    clean(b.problems);
    await b.context.close();
  });

  it('merges item by item, newer over older, says what changed, and goes both ways', async () => {
    const a = await fresh();
    await ready(a.page);
    await a.page.check(X);
    const fromA = await shareLink(a.page);

    const b = await fresh();
    await ready(b.page);
    await b.page.check(Y);
    await openLink(b.page, fromA);
    expect(await b.page.textContent('[data-action="share-merge"]')).toBe('Flet ind i »Mit partnerskab«');
    expect(await merge(b.page)).toBe('1 punkt og 0 noter kom fra linket ind i »Mit partnerskab«.');
    expect(await b.page.isChecked(X)).toBe(true);
    expect(await b.page.isChecked(Y)).toBe(true);
    const once = await stored(b.page);
    // The same link again: nothing new, nothing written.
    await openLink(b.page, fromA);
    expect(await merge(b.page)).toBe(SHARE.mergedNothing('Mit partnerskab'));
    expect(await stored(b.page)).toBe(once);
    const fromB = await shareLink(b.page);

    // Back with the sender, who has since unticked X: the newer untick stays, B's tick of Y comes in.
    await a.page.uncheck(X);
    await openLink(a.page, fromB);
    expect(await merge(a.page)).toBe('1 punkt og 0 noter kom fra linket ind i »Mit partnerskab«.');
    expect(await a.page.isChecked(X)).toBe(false);
    expect(await a.page.isChecked(Y)).toBe(true);
    expect(JSON.parse((await stored(a.page))!).forloeb).not.toBeNull();

    // The last merge can be undone.
    await a.page.click('[data-action="share-undo"]');
    await expect.poll(() => a.page.isChecked(Y)).toBe(false);
    expect(await a.page.textContent('[data-message]')).toBe('Fletningen er fortrudt. »Mit partnerskab« er som før.');
    expect(await a.page.locator('[data-action="share-undo"]').isVisible()).toBe(false);
    clean(a.problems);
    clean(b.problems);
    await a.context.close();
    await b.context.close();
  });

  it('a merge that cannot be saved says so and leaves the stored data and the link as they were', async () => {
    const link = await linkWithXTicked();

    const b = await fresh();
    const newer = JSON.stringify({ version: 99, forloeb: {} });
    await b.context.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [KEY, newer]);
    await ready(b.page);
    await b.page.check(Y);
    // Pasted into the address bar of this page (a reload would lose the tick that lives only in memory).
    await b.page.evaluate((hash) => {
      location.hash = hash;
    }, new URL(link).hash);
    await b.page.waitForSelector('dialog[data-share-dialog][open]');
    await b.page.click('[data-action="share-merge"]');
    await expect.poll(() => b.page.textContent('[data-share-summary]')).toMatch(/kunne ikke gemmes.*Intet er ændret/);
    expect(await b.page.locator('dialog[data-share-dialog][open]').count()).toBe(1);
    expect(new URL(b.page.url()).hash).toMatch(/^#del=/);
    expect(await b.page.isChecked(X)).toBe(false);
    expect(await stored(b.page)).toBe(newer);
    await b.context.close();
  });
  it('a merge into full storage says so, and the page shows what is stored, not the merge', async () => {
    const link = await linkWithXTicked();

    const b = await fresh();
    await ready(b.page);
    await b.page.check(Y);
    const before = await stored(b.page);
    // From now on every write fails as a full storage does.
    await b.page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota', 'QuotaExceededError');
      };
    });
    await b.page.evaluate((hash) => {
      location.hash = hash;
    }, new URL(link).hash);
    await b.page.waitForSelector('dialog[data-share-dialog][open]');
    await b.page.click('[data-action="share-merge"]');
    await expect.poll(() => b.page.textContent('[data-share-summary]')).toBe(SHARE.mergeNotSaved);
    expect(new URL(b.page.url()).hash).toMatch(/^#del=/);
    expect(await stored(b.page)).toBe(before);
    expect(await b.page.isChecked(X)).toBe(false);
    expect(await b.page.isChecked(Y)).toBe(true);
    await b.context.close();
  });
});

describe('print and copy what you are working on', () => {
  it('on a step page: this phase prints without leaving the page, only that phase', async () => {
    const { context, page, problems } = await fresh();
    await ready(page, STEP);
    expect(await page.locator('#tjekliste-omfang option:checked').textContent()).toBe('Dette trin');
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { __printed: number }).__printed = 1;
      };
    });
    await page.selectOption('#tjekliste-omfang', 'fase');
    await page.click('[data-action="print"]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
    expect(new URL(page.url()).pathname).toBe(STEP);
    const printed = page.locator('.tjekliste-print');
    expect(await printed.locator('h2').allTextContents()).toEqual(['Før']);
    await page.emulateMedia({ media: 'print' });
    expect(await printed.isVisible()).toBe(true);
    expect(await page.locator('main').isVisible()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await printed.count()).toBe(0);
    clean(problems);
    await context.close();
  });

  it('on a step page: "Kopiér" of this step takes only this step', async () => {
    const { context, page, problems } = await freshContext(chromium.browser, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await ready(page, STEP);
    await page.check(X);
    await page.click('[data-action="copy"]');
    await expect
      .poll(() => page.textContent('[data-message]'))
      .toMatch(/^Trinnet ».+« fra tjeklisten »Mit partnerskab« er kopieret/);
    const text = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('text/plain')).text();
    });
    const boxes = await page.locator('pg-tjekliste input[type="checkbox"]').count();
    expect(text.match(/^[☑☐] /gm)).toHaveLength(boxes);
    expect(text).toMatch(/^☑ /m);
    clean(problems);
    await context.close();
  });
});

describe('on a phase page', () => {
  it('Del, Udskriv and Kopiér are in sight, copying takes this phase, and statuses follow a merge', async () => {
    const link = await linkWithXTicked(STEP);

    const { context, page, problems } = await freshContext(chromium.browser, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await ready(page, '/procesguide/foer/');
    for (const action of ['share', 'print', 'copy'])
      expect(await page.locator(`[data-action="${action}"]`).isVisible(), action).toBe(true);
    expect(await page.locator('#tjekliste-omfang option:checked').textContent()).toBe('Fasen Før');
    await page.click('[data-action="copy"]');
    await expect.poll(() => page.textContent('[data-message]')).toMatch(/^Fasen Før fra tjeklisten/);
    const text = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('text/plain')).text();
    });
    expect(text).toContain('FØR');
    expect(text).not.toContain('UNDER');
    // Nothing saved: no status yet. A link saved here: the step it ticked is under way, and "Fortsæt" shows.
    expect(await page.locator('#status-braendende-problem').textContent()).toBe('');
    await page.evaluate((hash) => {
      location.hash = hash;
    }, new URL(link).hash);
    await page.waitForSelector('dialog[data-share-dialog][open]');
    await page.click('[data-action="share-accept"]');
    await expect.poll(() => page.locator('#status-braendende-problem').textContent()).toMatch(/I gang/);
    expect(await page.locator('[data-guide-resume]').isVisible()).toBe(true);
    clean(problems);
    await context.close();
  });
});

describe('a note', () => {
  it('says when it is saved, under the field, as the field’s description', async () => {
    const { context, page, problems } = await fresh();
    await ready(page, STEP);
    await page.click('li:has([data-item="problem-kan-ikke-loeses-alene"]) [data-note-toggle]');
    const field = page.locator('#note-felt-problem-kan-ikke-loeses-alene');
    await field.fill('Aftalt med kommunen');
    const status = page.locator('#note-felt-problem-kan-ikke-loeses-alene-status');
    await expect.poll(() => status.textContent()).toBe('Gemt i denne browser.');
    expect(await field.getAttribute('aria-describedby')).toBe('note-felt-problem-kan-ikke-loeses-alene-status');
    expect(await stored(page)).toContain('Aftalt med kommunen');
    clean(problems);
    await context.close();
  });
});
