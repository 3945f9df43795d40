/**
 * The agreement page's data model and its checks, free of Astro so unit tests
 * can run it. The data lives in src/content/aftaledele/ (what an agreement can
 * contain, ordered by ./agreement-elements) and in each case file's `agreement` field (what the case's
 * agreement was); ./agreement-content joins them at build time.
 */

/** A short verbatim quote from a case or a chapter of the case collection. */
export interface SourcePassage {
  kind: 'case' | 'samling';
  /** Entry id: "fuldkorn", "forudsaetninger" … */
  id: string;
  /** The exact text of the heading the passage stands under; its anchor is the link target. */
  heading: string;
  /** Verbatim from the source text (whitespace and PDF hyphenation aside). */
  quote: string;
}

export interface AgreementElement {
  /** Anchor on the agreement page. */
  id: string;
  title: string;
  /** Our own guiding question, shown as such. */
  question: string;
  /**
   * The site's suggestion: a part a jurist expects that no source names as content of an agreement. Shown
   * as such; its passages (if any) are what the sources say on the subject, not about an agreement.
   */
  suggestion?: boolean;
  passages: SourcePassage[];
}

/** What a case's text says about its agreement; null where it is silent. */
export interface CaseAgreement {
  heading?: string;
  kind: string | null;
  signedBy: string | null;
  scope: string | null;
  covered: string | null;
}

export const SILENT = 'kilden oplyser ikke';
/** A case added after the agreement page was written, until someone reads it for the page. */
export const NOT_REVIEWED = 'ikke gennemgået endnu';

export interface Heading {
  text: string;
  slug: string;
}

export interface ResolvedPassage extends SourcePassage {
  href: string;
  sourceTitle: string;
}

export interface ResolvedElement extends Omit<AgreementElement, 'passages'> {
  passages: ResolvedPassage[];
}

export interface AgreementRow {
  caseId: string;
  number: number;
  title: string;
  href: string;
  cells: { kind: string | null; signedBy: string | null; scope: string | null; covered: string | null };
}

/** An entry as the resolver needs it: id, page path, title, and its headings with their anchors. */
export interface PassageTarget {
  href: string;
  title: string;
  headings: Heading[];
}

export type Targets = Record<SourcePassage['kind'], Map<string, PassageTarget>>;

const where = (p: SourcePassage) => `${p.kind === 'case' ? 'casen' : 'kapitlet'} "${p.id}"`;

/**
 * Links every passage to its heading's anchor. An unknown entry or a heading
 * the entry does not have stops the build, naming the element and the entry.
 */
const partFile = (id: string) => `src/content/aftaledele/${id}.yaml`;

export function resolveElements(elements: AgreementElement[], targets: Targets): ResolvedElement[] {
  const ids = new Set<string>();
  return elements.map((element) => {
    if (ids.has(element.id))
      throw new Error(`Aftalesiden: delen "${element.id}" findes to gange (src/content/aftaledele/).`);
    ids.add(element.id);
    if (element.passages.length === 0 && !element.suggestion) {
      throw new Error(
        `${partFile(element.id)}: delen har ingen kildesteder (passages). En del uden kilde ` +
          'hører ikke til på siden, medmindre den er mærket som sitets forslag (suggestion: true).',
      );
    }
    const passages = element.passages.map((p) => {
      const target = targets[p.kind].get(p.id);
      if (!target) throw new Error(`${partFile(element.id)}: delen henviser til ${where(p)}, som ikke findes.`);
      const heading = target.headings.find((h) => h.text === p.heading);
      if (!heading) {
        throw new Error(
          `${partFile(element.id)}: delen henviser til overskriften "${p.heading}" i ` +
            `${where(p)}, men den findes ikke der.`,
        );
      }
      return { ...p, href: `${target.href}#${heading.slug}`, sourceTitle: target.title };
    });
    return { ...element, passages };
  });
}

/**
 * One table row per case in the collection, in its order. A case with no
 * fact for a case that does not exist stops the build, naming the id; a case
 * with no entry yet gets a row that says so.
 */
export function agreementRows(
  cases: { id: string; number: number; title: string; href: string; headings: Heading[] }[],
  facts: Record<string, CaseAgreement>,
): AgreementRow[] {
  const known = new Set(cases.map((c) => c.id));
  const stray = Object.keys(facts).filter((id) => !known.has(id));
  if (stray.length) throw new Error(`Aftalesiden: oplysninger om cases, der ikke findes: ${stray.join(', ')}.`);
  return cases.map((c) => {
    const fact = facts[c.id];
    if (!fact) {
      // A new case is an edit, not a code change: it gets a row that says it has not been read for
      // this page yet (never "kilden oplyser ikke", which would be a claim), and the build says so.
      console.warn(
        `Aftalesiden: src/content/cases/${c.id}.mdx har intet felt agreement endnu; rækken siger »${NOT_REVIEWED}«.`,
      );
      const cell = NOT_REVIEWED;
      return {
        caseId: c.id,
        number: c.number,
        title: c.title,
        href: c.href,
        cells: { kind: cell, signedBy: cell, scope: cell, covered: cell },
      };
    }
    let href = c.href;
    if (fact.heading !== undefined) {
      const heading = c.headings.find((h) => h.text === fact.heading);
      if (!heading)
        throw new Error(
          `src/content/cases/${c.id}.mdx, feltet agreement.heading: casen har ikke overskriften "${fact.heading}".`,
        );
      href = `${c.href}#${heading.slug}`;
    }
    const { kind, signedBy, scope, covered } = fact;
    return { caseId: c.id, number: c.number, title: c.title, href, cells: { kind, signedBy, scope, covered } };
  });
}

/**
 * The rows whose case text says something about its agreement, and the cases whose text says nothing at all
 * (every cell null): those are named together in one line instead of rows of "kilden oplyser ikke".
 */
export function splitSilent(rows: readonly AgreementRow[]): { stated: AgreementRow[]; silent: AgreementRow[] } {
  const isSilent = (r: AgreementRow) => Object.values(r.cells).every((v) => v === null);
  return { stated: rows.filter((r) => !isSilent(r)), silent: rows.filter(isSilent) };
}

/** Folds whitespace and joins words hyphenated across a PDF line break, so quotes compare with the source text. */
export function normaliseSourceText(text: string): string {
  return text
    .replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}
