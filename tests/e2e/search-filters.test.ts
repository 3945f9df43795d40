/**
 * Search filters in Chromium: each value narrows the results, values and
 * filters combine, filters work without a query, the filters on a phone and
 * a wide screen, and query and filters kept in the URL through reload, back
 * and forward.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, useBrowser } from './browser';
import { expectClean, resultCount, resultHrefs, searchFor as searchIn, settled } from './search-page';

const chromium = useBrowser();
const searchFor = (query: string, extra = '') => searchIn(chromium.context, query, extra);

describe('filters', () => {
  it('each filter value narrows the results to pages that carry it, with the count it showed', async () => {
    const { page, problems } = await searchFor('partnerskab');
    const total = await resultCount(page);
    const groups = await page.locator('[data-search-fieldsets] fieldset').count();
    expect(groups).toBe(3); // type, tema and fase
    // Ids first: which boxes are visible changes as the counts change.
    const ids = await page
      .locator('[data-search-fieldsets] li:visible input[type="checkbox"]')
      .evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(3);
    let narrowed = 0;
    for (const id of ids) {
      const box = page.locator(`#${id}`);
      const name = await box.getAttribute('name');
      const value = await box.getAttribute('value');
      const shown = Number(
        (await page.locator(`label[for="${id}"] .search-filters__count`).textContent())?.replace(/\D/g, ''),
      );
      await box.check();
      expect(await settled(page)).toBe('done');
      const count = await resultCount(page);
      expect(count, `${name}=${value}`).toBe(shown);
      expect(count).toBeLessThanOrEqual(total);
      if (count < total) narrowed++;
      expect(new URL(page.url()).searchParams.getAll(name!)).toEqual([value]);
      if (name === 'type') {
        for (const t of await page.locator('.search-result__type').allTextContents())
          expect(t.startsWith(value!)).toBe(true);
      }
      await box.uncheck();
      expect(await settled(page)).toBe('done');
      expect(await resultCount(page)).toBe(total);
    }
    expect(narrowed, 'ingen filterværdi indsnævrede resultaterne').toBeGreaterThan(2);
    expectClean(problems);
    await page.close();
  });

  it('values of one filter add up (or); different filters combine (and)', async () => {
    const { page } = await searchFor('partnerskab', '&tema=miljoe');
    const miljoe = await resultCount(page);
    await page.locator('input[name="tema"][value="sundhed"]').check();
    await settled(page);
    const both = await resultCount(page);
    expect(both).toBeGreaterThan(miljoe);
    await page.locator('input[name="type"][value="Case"]').check();
    await settled(page);
    const cases = await resultCount(page);
    expect(cases).toBeLessThanOrEqual(both);
    expect(new URL(page.url()).search).toBe('?q=partnerskab&type=Case&tema=miljoe&tema=sundhed');
    for (const t of await page.locator('.search-result__type').allTextContents()) expect(t).toMatch(/^Case\b/);
    await page.close();
  });

  it('filters alone (no query) list the pages that carry them', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.goto(`${baseUrl()}/soeg/?tema=miljoe&type=Case`);
    expect(await settled(page)).toBe('done');
    const hrefs = await resultHrefs(page);
    expect(hrefs).toEqual(expect.arrayContaining(['/cases/groenne-indkoeb/', '/cases/groen-skibsfart/']));
    expect(hrefs.every((h) => h.startsWith('/cases/'))).toBe(true);
    expectClean(problems);
    await page.close();
  });

  it('fase narrows to the guide phase', async () => {
    const { page } = await searchFor('partnerskab', '&fase=foer');
    const hrefs = await resultHrefs(page);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('/procesguide/foer/'))).toBe(true);
    await page.close();
  });

  it('an unknown filter value in the URL is dropped, not turned into zero results', async () => {
    const { page } = await searchFor('fuldkorn', '&tema=findes-ikke&type=%3Cscript%3E');
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('?q=fuldkorn');
    await page.close();
  });
});

describe('filters on a phone', () => {
  it('sit behind one closed »Filtrér« disclosure after the result count, and work from there', async () => {
    const { page, problems } = await openPage(chromium.context);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${baseUrl()}/soeg/?q=partnerskab`);
    expect(await settled(page)).toBe('done');
    const details = page.locator('details[data-search-filters]');
    const summary = details.locator('summary');
    expect(await summary.textContent()).toBe('Filtrér');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await page.locator('input[name="type"]').first().isVisible()).toBe(false);
    // After the count, before the results, in reading order and on screen.
    const order = await page.evaluate(() => {
      const [status, filters, results] = [
        '[data-search-status]',
        'details[data-search-filters]',
        '[data-search-results]',
      ].map((s) => document.querySelector(s)!);
      return [
        status!.compareDocumentPosition(filters!) & Node.DOCUMENT_POSITION_FOLLOWING,
        filters!.compareDocumentPosition(results!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ].every(Boolean);
    });
    expect(order).toBe(true);
    const all = await resultCount(page);
    await summary.focus();
    await page.keyboard.press('Enter');
    const box = page.locator('input[name="type"][value="Case"]');
    expect(await box.isVisible()).toBe(true);
    await box.check();
    await settled(page);
    expect(await resultCount(page)).toBeLessThan(all);
    // A reload with a filter chosen opens the disclosure, so the choice is visible.
    await page.reload();
    expect(await settled(page)).toBe('done');
    expect(await details.getAttribute('open')).not.toBeNull();
    expectClean(problems);
    await page.close();
  });

  it('on a wide screen the filters are open beside the results, without a summary to click', async () => {
    const { page } = await openPage(chromium.context);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl()}/soeg/?q=partnerskab`);
    expect(await settled(page)).toBe('done');
    expect(await page.locator('details[data-search-filters] summary').isVisible()).toBe(false);
    expect(await page.locator('input[name="type"]').first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('URL state', () => {
  it('query and filters survive reload, back and forward', async () => {
    const { page, problems } = await searchFor('partnerskab');
    const all = await resultCount(page);
    await page.locator('input[name="type"][value="Case"]').check();
    await settled(page);
    const cases = await resultCount(page);
    expect(cases).toBeLessThan(all);
    expect(page.url()).toMatch(/\/soeg\/\?q=partnerskab&type=Case$/);

    await page.reload();
    expect(await settled(page)).toBe('done');
    expect(await page.locator('input[name="type"][value="Case"]').isChecked()).toBe(true);
    expect(await page.locator('#soeg-q').inputValue()).toBe('partnerskab');
    expect(await resultCount(page)).toBe(cases);

    // A new query keeps the filters and is a step of its own in the history.
    await page.locator('#soeg-q').fill('fuldkorn');
    await page.locator('#soeg-q').press('Enter');
    await settled(page);
    expect(page.url()).toMatch(/\?q=fuldkorn&type=Case$/);

    await page.goBack();
    await page.waitForURL(/\?q=partnerskab&type=Case$/);
    expect(await settled(page)).toBe('done');
    expect(await page.locator('#soeg-q').inputValue()).toBe('partnerskab');
    expect(await resultCount(page)).toBe(cases);

    await page.goBack();
    await page.waitForURL(/\?q=partnerskab$/);
    expect(await settled(page)).toBe('done');
    expect(await page.locator('input[name="type"][value="Case"]').isChecked()).toBe(false);
    expect(await resultCount(page)).toBe(all);

    await page.goForward();
    await page.waitForURL(/\?q=partnerskab&type=Case$/);
    expect(await settled(page)).toBe('done');
    expect(await page.locator('input[name="type"][value="Case"]').isChecked()).toBe(true);
    expect(await resultCount(page)).toBe(cases);
    expectClean(problems);
    await page.close();
  });
});
