/**
 * The cases against the collection's four needs and three preconditions. A mark
 * is either named in the collection's own chapter ("nævnt i case-samlingen", with
 * the passage) or the site's reading of the case text (the case's needs /
 * preconditions fields). Passages are verbatim; tests check them against the chapter.
 */
import type { CollectionEntry } from 'astro:content';
import { needs, preconditions, type NeedId, type PreconditionId } from './vocabularies';

type CaseLike = Pick<CollectionEntry<'cases'>, 'id' | 'data'>;

export interface Mention<K extends string> {
  term: K;
  caseId: string;
  /** Verbatim sentence from the chapter that names the case under this term. */
  passage: string;
}

/** The chapters' own mentions, from src/content/omtaler/<chapter>/*.yaml (see ./content). */
export interface ChapterMentions {
  needs: readonly Mention<NeedId>[];
  preconditions: readonly Mention<PreconditionId>[];
}

export type MarkKind = 'naevnt' | 'laesning' | 'ingen';

export interface MatrixCell {
  kind: MarkKind;
  /** Where the mark's basis is: the chapter's section, or the case page. */
  href?: string;
  passage?: string;
}

export interface Matrix {
  /** The chapter that names cases: its id in the samling collection. */
  chapter: string;
  columns: { id: string; label: string; anchor: string }[];
  rows: { entry: CaseLike; cells: MatrixCell[] }[];
}

function buildMatrix<K extends string>(
  cases: readonly CaseLike[],
  chapter: string,
  terms: readonly { id: K; label: string }[],
  mentions: readonly Mention<K>[],
  marked: (entry: CaseLike) => readonly K[],
  links: MatrixLinks,
): Matrix {
  const columns = terms.map((t) => {
    const anchor = links.headings.find((h) => h.text === t.label)?.slug;
    if (!anchor) throw new Error(`Kapitlet "${chapter}" har ingen overskrift "${t.label}"`);
    return { id: t.id, label: t.label, anchor };
  });
  const rows = cases.map((entry) => ({
    entry,
    cells: columns.map((col): MatrixCell => {
      const mention = mentions.find((m) => m.caseId === entry.id && m.term === col.id);
      if (mention) return { kind: 'naevnt', href: `/samling/${chapter}/#${col.anchor}`, passage: mention.passage };
      if (marked(entry).includes(col.id as K)) return { kind: 'laesning', href: links.caseHref(entry.id) };
      return { kind: 'ingen' };
    }),
  }));
  return { chapter, columns, rows };
}

/** The chapter's rendered headings (text and id, from Astro's render()) and the case URL scheme. */
export interface MatrixLinks {
  headings: readonly { text: string; slug: string }[];
  caseHref: (id: string) => string;
}

export function needsMatrix(cases: readonly CaseLike[], links: MatrixLinks, mentions: ChapterMentions): Matrix {
  return buildMatrix(cases, 'behov', needs.terms, mentions.needs, (e) => e.data.needs, links);
}

export function preconditionsMatrix(cases: readonly CaseLike[], links: MatrixLinks, mentions: ChapterMentions): Matrix {
  return buildMatrix(
    cases,
    'forudsaetninger',
    preconditions.terms,
    mentions.preconditions,
    (e) => e.data.preconditions,
    links,
  );
}

/** Mentions the case data does not mark: a named case must also carry the need in its own data. */
export function unmarkedMentions(cases: readonly CaseLike[], mentions: ChapterMentions): string[] {
  const problems: string[] = [];
  for (const m of mentions.needs) {
    const c = cases.find((e) => e.id === m.caseId);
    if (!c?.data.needs.includes(m.term)) problems.push(`${m.caseId}: behov ${m.term}`);
  }
  for (const m of mentions.preconditions) {
    const c = cases.find((e) => e.id === m.caseId);
    if (!c?.data.preconditions.includes(m.term)) problems.push(`${m.caseId}: forudsætning ${m.term}`);
  }
  return problems;
}
