/**
 * The nine cases as open data (JSON): the structured fields of every case plus
 * its "Kort sagt" quotes, derived from the text. Linked from /cases/sammenligning/.
 */
import type { APIRoute } from 'astro';
import { caseHref, getContent } from '../../lib/content';
import { extractQuotes } from '../../lib/quotes';
import { needs, partnerTypes, preconditions, themes } from '../../lib/vocabularies';

export const GET: APIRoute = async ({ site }) => {
  const { cases } = await getContent();
  const data = {
    source: 'Inspiration til partnerskaber: Case-samling, Økonomi- og Indenrigsministeriet, maj 2014',
    cases: cases.map(({ id, data, body }) => ({
      id,
      url: new URL(caseHref(id), site).href,
      ...data,
      partnerTypeLabels: data.partnerTypes.map((t) => partnerTypes.label(t)),
      themeLabels: data.themes.map((t) => themes.label(t)),
      needLabels: data.needs.map((n) => needs.label(n)),
      preconditionLabels: data.preconditions.map((p) => preconditions.label(p)),
      quotes: extractQuotes(body ?? ''),
    })),
  };
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
