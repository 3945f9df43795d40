/**
 * The glossary's definitions for the in-place explanations (src/client/glossary/):
 * fetched once, on the first click on a term link, never on page load.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content';

export const GET: APIRoute = async () => {
  const { ordliste } = await getContent();
  const data = Object.fromEntries(ordliste.map((e) => [e.id, { term: e.data.term, definition: e.data.definition }]));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
