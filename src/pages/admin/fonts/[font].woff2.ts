/**
 * /admin/fonts/<navn>.woff2: the CMS's fonts (text, monospace and its icons),
 * from the npm package, where the bundle would otherwise fetch them from a CDN
 * (../_vendor.ts).
 */
import { readFileSync } from 'node:fs';
import type { APIContext } from 'astro';
import { fonts } from '../_vendor';

export function getStaticPaths() {
  return [...fonts().keys()].map((name) => ({ params: { font: name.slice(0, -'.woff2'.length) } }));
}

export function GET({ params }: APIContext) {
  const file = fonts().get(`${params.font}.woff2`)!;
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'font/woff2' } });
}
