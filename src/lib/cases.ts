/**
 * Build-time helpers for the case collection shared by every page that lists or
 * shows a case: one name per case, the neighbours in the collection's order and
 * the summary the comparison shows. Pages and other helpers' components should
 * name a case only through caseName().
 */
import type { CollectionEntry } from 'astro:content';
import type { CaseMark } from './cases-readings';
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

/** A need or precondition with its basis: ● named in the collection, ○ the site's reading. */
export interface SummaryMark {
  text: string;
  glyph: '●' | '○';
  /** "nævnt i case-samlingen" or "sitets læsning", shown in words next to the glyph. */
  basis: string;
  href: string;
}

export interface SummaryRow {
  key: string;
  label: string;
  /** One value per item; empty means "not stated in the source". */
  values: (string | SummaryMark)[];
}

/** A mark as the summary shows it: the glyph and the basis in words, linked to its passage. */
export function summaryMark(mark: CaseMark): SummaryMark {
  const named = mark.basis === 'nævnt';
  return {
    text: mark.label,
    glyph: named ? '●' : '○',
    basis: named ? 'nævnt i case-samlingen' : 'sitets læsning',
    href: mark.href,
  };
}

/**
 * The summary the comparison shows for a case, in a fixed order of rows. The row count is
 * fixed (SUMMARY_ROWS); ComparePicker's subgrid spans it so rows line up across cases.
 */
export const SUMMARY_ROWS = 9;
export function caseSummary(
  entry: CaseLike,
  marks?: { needs: readonly CaseMark[]; preconditions: readonly CaseMark[] },
): SummaryRow[] {
  const d = entry.data;
  // Without marks (unit tests, plain listings) the labels stand alone; pages pass the marks so each
  // need and precondition shows what it rests on.
  const needValues = marks ? marks.needs.map(summaryMark) : d.needs.map((n) => needs.label(n));
  const preconditionValues = marks
    ? marks.preconditions.map(summaryMark)
    : d.preconditions.map((p) => preconditions.label(p));
  return [
    { key: 'partnere', label: 'Partnere', values: d.partners },
    { key: 'partnertyper', label: 'Partnertyper', values: d.partnerTypes.map((t) => partnerTypes.label(t)) },
    { key: 'periode', label: 'Periode', values: d.period ? [periodLabel(d.period)] : [] },
    { key: 'finansiering', label: 'Finansiering', values: d.funding ? [d.funding] : [] },
    { key: 'organisering', label: 'Organisering', values: d.organisation },
    { key: 'effekter', label: 'Effekter', values: d.effects },
    { key: 'behov', label: 'Behov', values: needValues },
    { key: 'forudsaetninger', label: 'Forudsætninger for succes', values: preconditionValues },
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
