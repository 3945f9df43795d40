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

/** "Partnerskaber udspringer af behov": the cases the chapter names under each need. */
export const needMentions: readonly Mention<NeedId>[] = [
  {
    term: 'nye-ressourcer',
    caseId: 'groen-skibsfart',
    passage:
      'Miljøstyrelsen får eksempelvis adgang til ekspertviden om komplicerede tekniske problemstillinger om skibsfartens partikelforurening gennem partnerskabet med Rederiforeningen.',
  },
  {
    term: 'oeget-ejerskab',
    caseId: 'hjemloesestrategien',
    passage:
      'I arbejdet med at implementere Hjemløsestrategien vedtog de deltagende kommuners byråd, hvilke målsætninger, der skulle arbejdes med, og hvilke mål, der skulle nås.',
  },
  {
    term: 'oeget-ejerskab',
    caseId: 'groen-skibsfart',
    passage:
      'Når Miljøstyrelsen involverer Rederiforeningen i udformningen af Danmarks positioner i internationale forhandlinger, har Rederiforeningen efterfølgende større forståelse for, hvordan lovgivningen er blevet til.',
  },
  {
    term: 'ny-ramme',
    caseId: 'groenne-indkoeb',
    passage:
      'giver deltagerne mulighed for at påvirke markedet for grønne produkter gennem en samlet stor indkøbsvolumen.',
  },
  {
    term: 'ny-ramme',
    caseId: 'sundere-liv-for-alle',
    passage:
      'Partnerskabsstrategien i Sundere liv for alle skal blandt andet bidrage til at finde nye idéer og nye veje til at opnå en bedre sundhed for alle.',
  },
  {
    term: 'ny-ramme',
    caseId: 'fuldkorn',
    passage: 'Det er fuldkornslogoet, der er skabt af Fuldkornspartnerskabet, et godt eksempel på.',
  },
  {
    term: 'bedre-regulering',
    caseId: 'groenne-indkoeb',
    passage:
      'I Partnerskab for Offentlige Grønne Indkøb opnås fx en påvirkning af markedet i en miljørigtig retning uden brug af regulering af kommuner eller virksomheder og med få offentlige ressourcer.',
  },
  {
    term: 'bedre-regulering',
    caseId: 'videnskredsloeb',
    passage:
      'gennem partnerskabet med professionshøjskolerne og SFI inddrages i udformningen af studieordningerne på pædagoguddannelserne sikrer det, at den bedste aktuelle viden om sociale indsatser bringes ind i de socialfaglige uddannelser.',
  },
  {
    term: 'bedre-regulering',
    caseId: 'socialomraadet',
    passage:
      'Partnerskabet mellem Ministeriet for Børn, Ligestilling, Integration og Sociale Forhold og KL på det sociale område giver en tættere dialog omkring implementering af reformer.',
  },
];

/** "Forudsætninger for succes": the cases the chapter names under each precondition. */
export const preconditionMentions: readonly Mention<PreconditionId>[] = [
  {
    term: 'faelles-maal',
    caseId: 'hjemloesestrategien',
    passage:
      'Klare fælles mål og opfølgning på målene har eksempelvis været med til at sikre et fælles udgangspunkt for partnerne omkring Hjemløsestrategien.',
  },
  {
    term: 'faelles-maal',
    caseId: 'groenne-indkoeb',
    passage:
      'I partnerskabet om Offentlige Grønne Indkøb, har det eksempelvis været afgørende for indkøbsfolkene, at de ved, at de har den fornødne politiske og ledelsesmæssige opbakning til at stille grønne krav i deres udbud.',
  },
  {
    term: 'partnere-der-skaber-vaerdi',
    caseId: 'fuldkorn',
    passage:
      'I fuldkornpartnerskabet bidrager sundhedsorganisationer med dokumenteret viden om sundhedsfordele ved fuldkorn',
  },
  {
    term: 'fleksibilitet',
    caseId: 'groen-skibsfart',
    passage: 'Partnerskab for Grøn Skibsfart giver både Danmarks Rederiforening og Miljøstyrelsen en række gevinster',
  },
  {
    term: 'fleksibilitet',
    caseId: 'socialomraadet',
    passage:
      'Partnerskabet mellem Ministeriet for Børn, Ligestilling, Integration og Sociale Forhold og KL på socialområdet er først og fremmest et forum for dialog.',
  },
];

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

export function needsMatrix(cases: readonly CaseLike[], links: MatrixLinks): Matrix {
  return buildMatrix(cases, 'behov', needs.terms, needMentions, (e) => e.data.needs, links);
}

export function preconditionsMatrix(cases: readonly CaseLike[], links: MatrixLinks): Matrix {
  return buildMatrix(
    cases,
    'forudsaetninger',
    preconditions.terms,
    preconditionMentions,
    (e) => e.data.preconditions,
    links,
  );
}

/** Mentions the case data does not mark: a named case must also carry the need in its own data. */
export function unmarkedMentions(cases: readonly CaseLike[]): string[] {
  const problems: string[] = [];
  for (const m of needMentions) {
    const c = cases.find((e) => e.id === m.caseId);
    if (!c?.data.needs.includes(m.term)) problems.push(`${m.caseId}: behov ${m.term}`);
  }
  for (const m of preconditionMentions) {
    const c = cases.find((e) => e.id === m.caseId);
    if (!c?.data.preconditions.includes(m.term)) problems.push(`${m.caseId}: forudsætning ${m.term}`);
  }
  return problems;
}
