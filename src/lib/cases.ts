/**
 * Build-time helpers for the case collection shared by every page that lists or
 * shows a case: one name per case, the neighbours in the collection's order and
 * the summary the comparison shows. Pages and other helpers' components should
 * name a case only through caseName().
 */
import type { CollectionEntry } from 'astro:content';
import { periodLabel } from './format';
import { needs, partnerTypes, preconditions, themes } from './vocabularies';

/** The fields caseName and caseSummary read (an entry or its data). */
type CaseLike = Pick<CollectionEntry<'cases'>, 'id' | 'data'>;

export interface CaseName {
  /** The partnership's own name, as the source gives it: the name people know ("Fuldkornspartnerskabet"). */
  name: string;
  /** The case's headline in the collection (chapter heading), only where it says more than the name. */
  headline?: string;
}

const fold = (s: string) =>
  s
    .toLocaleLowerCase('da')
    .replace(/[^a-zæøå0-9]+/g, ' ')
    .trim();

/** One name per case everywhere it is listed: the partnership's name, the headline as a second line. */
export function caseName(entry: CaseLike): CaseName {
  const { title, partnership } = entry.data;
  // A headline that only repeats the name (or is the name plus a tail) is the fuller name itself.
  if (fold(title) === fold(partnership) || fold(title).startsWith(fold(partnership))) return { name: title };
  return { name: partnership, headline: title };
}

/** The name as one line of plain text (for captions, labels, search). */
export function caseNameText(entry: CaseLike): string {
  const { name, headline } = caseName(entry);
  return headline ? `${name} (${headline})` : name;
}

export interface CaseNeighbours<T> {
  previous?: T;
  next?: T;
  /** 1-based position in the collection's order. */
  position: number;
  total: number;
}

/** Previous and next case in the collection's order (cases sorted by number). */
export function caseNeighbours<T extends CaseLike>(cases: readonly T[], id: string): CaseNeighbours<T> {
  const index = cases.findIndex((c) => c.id === id);
  if (index < 0) throw new Error(`Ukendt case: "${id}"`);
  return { previous: cases[index - 1], next: cases[index + 1], position: index + 1, total: cases.length };
}

export interface SummaryRow {
  key: string;
  label: string;
  /** One value per item; empty means "not stated in the source". */
  values: string[];
}

/**
 * The summary the comparison shows for a case, in a fixed order of rows. The row count is
 * fixed (SUMMARY_ROWS); ComparePicker's subgrid spans it so rows line up across cases.
 */
export const SUMMARY_ROWS = 9;
export function caseSummary(entry: CaseLike): SummaryRow[] {
  const d = entry.data;
  return [
    { key: 'partnere', label: 'Partnere', values: d.partners },
    { key: 'partnertyper', label: 'Partnertyper', values: d.partnerTypes.map((t) => partnerTypes.label(t)) },
    { key: 'periode', label: 'Periode', values: d.period ? [periodLabel(d.period)] : [] },
    { key: 'finansiering', label: 'Finansiering', values: d.funding ? [d.funding] : [] },
    { key: 'organisering', label: 'Organisering', values: d.organisation },
    { key: 'effekter', label: 'Målte effekter', values: d.effects },
    { key: 'behov', label: 'Behov', values: d.needs.map((n) => needs.label(n)) },
    {
      key: 'forudsaetninger',
      label: 'Forudsætninger for succes',
      values: d.preconditions.map((p) => preconditions.label(p)),
    },
    { key: 'temaer', label: 'Temaer', values: d.themes.map((t) => themes.label(t)) },
  ];
}

/**
 * The story's section that states the measured effects: the last level-2 heading
 * before the first effect in the case text. Lets the facts point to the effects
 * instead of repeating them. Undefined when there are no effects or no heading.
 */
export function effectsSection(
  body: string,
  headings: readonly { depth: number; text: string; slug: string }[],
  effects: readonly string[],
): { text: string; slug: string } | undefined {
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  const text = fold(body);
  const at = effects.map((e) => text.indexOf(fold(e))).filter((i) => i >= 0);
  if (at.length === 0) return undefined;
  const first = Math.min(...at);
  let found: { text: string; slug: string } | undefined;
  for (const h of headings.filter((h) => h.depth === 2)) {
    const pos = text.indexOf(`## ${h.text}`);
    if (pos >= 0 && pos < first) found = h;
  }
  return found;
}
