/**
 * /admin/sveltia-cms.js: the CMS itself, served from the site (installed from
 * npm as @sveltia/cms, never loaded from a CDN). An endpoint rather than a
 * copy step, so `npm run dev` serves it too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function GET() {
  const file = join(process.cwd(), 'node_modules', '@sveltia', 'cms', 'dist', 'sveltia-cms.js');
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
