/**
 * Shared pieces of the checklist e2e files (checklist, checklist-export, checklist-axe, checklist-bar,
 * checklist-bar-share) besides the steps in checklist-steps.ts: the items they tick, the pages with the bar, the
 * stored value, and a tjekliste made through the UI.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { allPagePaths } from './browser';
import { KEY, PAGE, openMore } from './checklist-steps';

export const firstBox = '#punkt-problem-praecis-enighed';
export const secondBox = '#punkt-problem-kan-ikke-loeses-alene';
export const noteField = '#note-felt-problem-kan-ikke-loeses-alene';

/** The whole tjekliste and one step page per phase: pages with the bar and a checklist. */
export function barPages(): string[] {
  const withChecklist = allPagePaths().filter((p) => {
    if (!p.startsWith('/procesguide/')) return false;
    const html = readFileSync(`dist${p}index.html`, 'utf8');
    return html.includes('<pg-tjekliste-bar') && html.includes('<pg-tjekliste>');
  });
  const firstPerPhase = ['foer', 'under', 'efter']
    .map((f) => withChecklist.find((p) => p.startsWith(`/procesguide/${f}/`)))
    .filter((p): p is string => !!p);
  return [...new Set([PAGE, ...firstPerPhase])];
}

/** The value the checklist store has written in the page's localStorage. */
export const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** A tjekliste with a name, one tick and one note, made through the UI. */
export async function makeTjekliste(page: Page, name: string, note: string) {
  await openMore(page);
  await page.click('[data-action="rename"]');
  await page.fill('#tjekliste-navn', name);
  await page.press('#tjekliste-navn', 'Enter');
  await page.check(firstBox);
  await page.click('li:has([data-item="problem-kan-ikke-loeses-alene"]) [data-note-toggle]');
  await page.fill(noteField, note);
  await page.locator(noteField).blur();
}
