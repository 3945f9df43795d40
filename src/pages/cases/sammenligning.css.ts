/** /cases/sammenligning.css: the comparison's show-when-checked rules, one per case, generated from the data. */
import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content';
import { compareCss } from '../../lib/cases-compare';

export const GET: APIRoute = async () => {
  const { cases } = await getContent();
  return new Response(compareCss(cases.map((c) => c.id)), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
