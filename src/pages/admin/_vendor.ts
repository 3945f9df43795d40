/**
 * The CMS's own files, served from the site. Sveltia CMS's browser bundle
 * (dist/sveltia-cms.js) fetches its interface language from UNPKG and its
 * fonts (text, monospace and the icon font) from jsDelivr; the /admin/ CSP
 * blocks both, and a blocked language file is retried without end. The same
 * npm package ships those files (locales/*.json, npm/assets/*.woff2), and
 * Sveltia offers no option to point at them, so the served bundle gets the
 * two CDN addresses replaced by the site's own, and the build fails if the
 * bundle no longer holds them (a new version must be checked by hand).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE = join(process.cwd(), 'node_modules', '@sveltia', 'cms');

/** The base of the language files (and the version check) in the bundle, and the site's own. */
export const CMS_CDN = 'https://unpkg.com/@sveltia/cms';
export const CMS_LOCAL = '/admin/cms';
/** A font in the bundle, "…/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2", and the site's own. */
const FONT_CDN = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[0-9.]+\/([a-z0-9-]+)\.woff2/g;
export const FONT_LOCAL = '/admin/fonts/';

export const cmsVersion = (): string =>
  (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;

/** The bundle with the site's own addresses; throws if an address to replace is missing. */
export function localBundle(source: string): string {
  const fonts = source.match(FONT_CDN) ?? [];
  if (!source.includes(`${CMS_CDN}\``) || fonts.length < 3) {
    throw new Error(
      'Sveltia-bundtet henter ikke længere sprog og skrifter fra de kendte adresser: ' +
        'tjek src/pages/admin/_vendor.ts mod den nye version',
    );
  }
  return source
    .replace(FONT_CDN, (_, name: string, subset: string) => `${FONT_LOCAL}${name}-${subset}.woff2`)
    .replaceAll(`${CMS_CDN}\``, `${CMS_LOCAL}\``);
}

export const readBundle = () => localBundle(readFileSync(join(PACKAGE, 'dist', 'sveltia-cms.js'), 'utf8'));

/** The interface languages the package ships ("da", "en-GB" …). */
export const locales = () =>
  readdirSync(join(PACKAGE, 'locales'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length));

export const readLocale = (locale: string) => readFileSync(join(PACKAGE, 'locales', `${locale}.json`));

/** The fonts the package ships, by the name the bundle asks for ("source-sans-3-latin-wght-normal.woff2"). */
export function fonts(): Map<string, string> {
  const dir = join(PACKAGE, 'npm', 'assets');
  const found = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    // Vite's file names end in "-<hash>.woff2".
    const m = file.match(/^(.+)-[A-Za-z0-9_-]{8}\.woff2$/);
    if (m) found.set(`${m[1]}.woff2`, join(dir, file));
  }
  return found;
}
