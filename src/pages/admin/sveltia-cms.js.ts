/**
 * /admin/sveltia-cms.js: the CMS itself, served from the site (installed from
 * npm as @sveltia/cms, never loaded from a CDN), with its language files and
 * fonts pointed at the site's own copies (./_vendor.ts). An endpoint rather
 * than a copy step, so `npm run dev` serves it too.
 */
import { readBundle } from './_vendor';

export function GET() {
  return new Response(readBundle(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
