/**
 * The pages the site must have, derived from the routes and the content
 * folders (not from dist/), so a page that goes missing or appears
 * unexpectedly fails the build tests.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { phases, themes } from '../../src/lib/vocabularies';

const CONTENT = 'src/content';

/** Pages that do not come from a content entry. */
export const FIXED_ROUTES = [
  '/',
  '/cases/',
  '/cases/sammenligning/',
  '/temaer/',
  '/samling/',
  '/procesguide/',
  '/procesguide/tjekliste/',
  '/procesguide/aftale/',
  '/cases/behov-og-forudsaetninger/',
  '/viden/',
  '/ordliste/',
  '/om/',
  '/tilgaengelighed/',
  '/soeg/',
  '/uden-net/',
];

function entryIds(folder: string): string[] {
  return readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith('.mdx') && statSync(join(CONTENT, folder, f)).isFile())
    .map((f) => f.replace(/\.mdx$/, ''));
}

export function expectedInventory(): string[] {
  return [
    ...FIXED_ROUTES,
    ...entryIds('cases').map((id) => `/cases/${id}/`),
    ...entryIds('samling').map((id) => `/samling/${id}/`),
    ...entryIds('viden').map((id) => `/viden/${id}/`),
    ...themes.ids.map((id) => `/temaer/${id}/`),
    ...phases.ids.map((id) => `/procesguide/${id}/`),
    ...phases.ids.flatMap((id) =>
      entryIds(`guide/${id}`).map((file) => `/procesguide/${id}/${file.replace(/^\d+-/, '')}/`),
    ),
  ].sort();
}
