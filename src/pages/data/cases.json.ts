/**
 * The cases as open data (JSON): the structured fields of every case plus
 * its "Kort sagt" quotes, derived from the text. Linked from /cases/sammenligning/.
 *
 * needs and preconditions are lists of objects, so no reader takes the site's reading for the
 * collection's word: { value, label, basis, passage, url }, where basis is "nævnt" (the collection's
 * chapter names the case under the point) or "sitets-læsning" (the site's reading of the case text),
 * passage is the verbatim sentence it rests on and url where that sentence stands. Themes are the
 * site's grouping throughout (themesBasis).
 */
import type { APIRoute } from 'astro';
import { loadCaseMarks } from '../../lib/case-marks';
import type { CaseMark } from '../../lib/cases-readings';
import { caseHref, getContent } from '../../lib/content';
import { extractQuotes } from '../../lib/quotes';
import { caseName } from '../../lib/cases';
import { partnerTypes, themes } from '../../lib/vocabularies';

export const GET: APIRoute = async ({ site }) => {
  const { cases } = await getContent();
  const withBasis = (marks: CaseMark[]) =>
    marks.map((m) => ({
      value: m.id,
      label: m.label,
      basis: m.basis,
      passage: m.passage ?? null,
      url: new URL(m.href, site).href,
    }));
  const data = {
    source: 'Inspiration til partnerskaber: Case-samling, Økonomi- og Indenrigsministeriet, maj 2014',
    basis: {
      nævnt: 'Case-samlingens kapitel nævner casen under punktet; passage er kapitlets ordlyd.',
      'sitets-læsning': 'Sitets læsning af casens tekst; passage er den sætning i casen, læsningen bygger på.',
    },
    cases: await Promise.all(
      cases.map(async (entry) => {
        const marks = await loadCaseMarks(entry);
        return {
          id: entry.id,
          name: caseName(entry),
          url: new URL(caseHref(entry.id), site).href,
          ...entry.data,
          partnerTypeLabels: entry.data.partnerTypes.map((t) => partnerTypes.label(t)),
          themeLabels: entry.data.themes.map((t) => themes.label(t)),
          themesBasis: 'sitets-læsning',
          needs: withBasis(marks.needs),
          preconditions: withBasis(marks.preconditions),
          quotes: extractQuotes(entry.body ?? ''),
        };
      }),
    ),
  };
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
