/**
 * /admin/cms@<version>/locales/<sprog>.json: the CMS's interface language,
 * from the npm package, where the bundle would otherwise fetch it from a CDN
 * (./_vendor.ts). Every language the package ships, since the CMS follows the
 * editor's browser.
 */
import type { APIContext } from 'astro';
import { cmsVersion, locales, readLocale } from '../../_vendor';

export function getStaticPaths() {
  return locales().map((locale) => ({ params: { release: `cms@${cmsVersion()}`, locale } }));
}

export function GET({ params }: APIContext) {
  return new Response(readLocale(params.locale!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
