/**
 * The cases as open data (JSON): the structured fields of every case plus
 * its "Kort sagt" quotes, derived from the text. Linked from /cases/sammenligning/.
 */
import type { APIRoute } from 'astro';
import { caseHref, getContent } from '../../lib/content';
import { extractQuotes } from '../../lib/quotes';
import { caseName } from '../../lib/cases';
import { needs, partnerTypes, preconditions, themes } from '../../lib/vocabularies';

export const GET: APIRoute = async ({ site }) => {
  const { cases } = await getContent();
  const data = {
    source: 'Inspiration til partnerskaber: Case-samling, Økonomi- og Indenrigsministeriet, maj 2014',
    cases: cases.map((entry) => ({
      id: entry.id,
      name: caseName(entry),
      url: new URL(caseHref(entry.id), site).href,
      ...entry.data,
      partnerTypeLabels: entry.data.partnerTypes.map((t) => partnerTypes.label(t)),
      themeLabels: entry.data.themes.map((t) => themes.label(t)),
      needLabels: entry.data.needs.map((n) => needs.label(n)),
      preconditionLabels: entry.data.preconditions.map((p) => preconditions.label(p)),
      quotes: extractQuotes(entry.body ?? ''),
    })),
  };
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
