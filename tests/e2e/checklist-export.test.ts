/**
 * The checklist backup in Chromium: the Markdown and JSON downloads, "Åbn sikkerhedskopi" restoring the
 * same state in a new browser, and invalid or oversized files refused with a Danish message.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { useBrowser } from './browser';
import { firstBox } from './checklist-pages';
import { KEY, clean, fresh as freshContext, openMore, ready } from './checklist-steps';

const chromium = useBrowser();
const fresh = (options: BrowserContextOptions = {}) =>
  freshContext(chromium.browser, { acceptDownloads: true, ...options });

describe('export and import', () => {
  it('backup and text file; "Åbn sikkerhedskopi" restores the same state in a new browser', async () => {
    const { context, page, problems } = await fresh();
    await ready(page);
    await openMore(page);
    await page.click('[data-action="rename"]');
    await page.fill('#tjekliste-navn', 'Sundhedspartnerskab Lolland');
    await page.press('#tjekliste-navn', 'Enter');
    await page.check(firstBox);
    await page.click('li:has([data-item="problem-kan-ikke-loeses-alene"]) [data-note-toggle]');
    await page.fill('#note-felt-problem-kan-ikke-loeses-alene', 'Drøftes på styregruppemødet');
    await page.locator('#note-felt-problem-kan-ikke-loeses-alene').blur();

    const [md] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="markdown"]')]);
    expect(md.suggestedFilename()).toBe('sundhedspartnerskab-lolland.md');
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(mdText).toContain('# Sundhedspartnerskab Lolland');
    expect(mdText).toContain('- [x] Partnerne er enige om præcis, hvilket problem partnerskabet skal arbejde med.');
    expect(mdText).toContain('  > Drøftes på styregruppemødet');

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="backup"]')]);
    const jsonPath = join(mkdtempSync(join(tmpdir(), 'pg-export-')), json.suggestedFilename());
    await json.saveAs(jsonPath);
    const saved = JSON.parse(readFileSync(jsonPath, 'utf8'));
    clean(problems);
    await context.close();

    const second = await fresh();
    await ready(second.page);
    await openMore(second.page);
    await second.page.setInputFiles('#tjekliste-import', jsonPath);
    await expect
      .poll(() => second.page.textContent('[data-message]'))
      .toBe('Tjeklisten »Sundhedspartnerskab Lolland« er åbnet fra sikkerhedskopien og vist her.');
    expect(await second.page.isChecked(firstBox)).toBe(true);
    await second.page.click('li:has([data-item="problem-kan-ikke-loeses-alene"]) [data-note-toggle]');
    expect(await second.page.inputValue('#note-felt-problem-kan-ikke-loeses-alene')).toBe(
      'Drøftes på styregruppemødet',
    );
    const stored = await second.page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
    expect(stored.forloeb[stored.activeId].items).toEqual(saved.forloeb.items);
    clean(second.problems);
    await second.context.close();
  });

  const badFiles: [string, string, RegExp][] = [
    ['not JSON', '{ nope', /ikke en sikkerhedskopi, eller den er beskadiget/],
    ['wrong shape', '{"hello":"world"}', /ikke en sikkerhedskopi af en tjekliste/],
    [
      'unknown version',
      '{"format":"partnerskabsguiden/forloeb","version":9,"forloeb":{"name":"x","items":{}}}',
      /nyere udgave/,
    ],
    [
      'hostile id',
      '{"format":"partnerskabsguiden/forloeb","version":1,"forloeb":{"name":"x","items":{"<img src=x ' +
        'onerror=alert(1)>":{"done":true}}}}',
      /navn, siden ikke kender/,
    ],
  ];
  it.each(badFiles)('an invalid file (%s) gets a Danish message and changes nothing', async (_, content, message) => {
    const { context, page, problems } = await fresh();
    await ready(page);
    await page.check(firstBox);
    const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
    await openMore(page);
    await page.setInputFiles('#tjekliste-import', {
      name: 'forloeb.json',
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    await expect.poll(() => page.textContent('[data-message]')).toMatch(message);
    expect(await page.textContent('[data-message]')).toContain('Intet er ændret.');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
    expect(await page.locator('#tjekliste-valg option').count()).toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    clean(problems);
    await context.close();
  });

  it('an oversized file is refused by its size', async () => {
    const { context, page } = await fresh();
    await ready(page);
    await openMore(page);
    await page.setInputFiles('#tjekliste-import', {
      name: 'stor.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(1024 * 1024 + 10, 0x20),
    });
    await expect.poll(() => page.textContent('[data-message]')).toMatch(/for stor/);
    await context.close();
  });
});
