/**
 * Each need and precondition a case carries, with what it rests on. Either the collection's
 * chapter names the case under the point ("nævnt", see cases-matrix) or the mark is the site's
 * reading of the case's own text; for a reading, the sentence it rests on is listed here,
 * verbatim, so the site can link to it. Tests check every passage against the case text.
 */
import type { CollectionEntry } from 'astro:content';
import type { ChapterMentions, Mention } from './cases-matrix';
import { needs, preconditions, type NeedId, type PreconditionId } from './vocabularies';

type CaseLike = Pick<CollectionEntry<'cases'>, 'id' | 'data'>;

/** The site's readings of needs: the case-text sentence each rests on. */
export const needReadings: readonly Mention<NeedId>[] = [
  {
    term: 'nye-ressourcer',
    caseId: 'videnskredsloeb',
    passage: 'Professionshøjskolerne får bedre adgang til ny forskning på det sociale område',
  },
  {
    term: 'oeget-ejerskab',
    caseId: 'socialomraadet',
    passage: 'som understøtter legitimitet og fælles ejerskab til centrale dagsordner på det sociale område.',
  },
  {
    term: 'nye-ressourcer',
    caseId: 'hjemloesestrategien',
    passage:
      'Kommunerne havde desuden behov for økonomisk og faglig hjælp til indsatsen, hvis de nye ' +
      'metoder skulle prøves.',
  },
  {
    term: 'ny-ramme',
    caseId: 'hjemloesestrategien',
    passage: 'ved at udvikle og afprøve nye metoder til at støtte hjemløse i at komme ud af hjemløshed.',
  },
  {
    term: 'nye-ressourcer',
    caseId: 'fuldkorn',
    passage:
      'Samarbejdet mellem partnere fra forskellige sektorer har givet Fødevarestyrelsen adgang til ressourcer og ' +
      'kompetencer, som styrelsen ikke selv var i besiddelse af.',
  },
  {
    term: 'bedre-regulering',
    caseId: 'fuldkorn',
    passage:
      'partnerskaber, der er baseret på frivillighed, gensidig afhængighed og samarbejde mellem ' +
      'ligeværdige partnere',
  },
  {
    term: 'bedre-regulering',
    caseId: 'groen-skibsfart',
    passage:
      'Samtidig giver branchens bidrag og involvering et medejerskab for det samlede resultat, hvilket letter ' +
      'implementeringen af lovgivningen.',
  },
  {
    term: 'nye-ressourcer',
    caseId: 'patientsikker-kommune',
    passage: 'da KL har god kontakt til kommunerne og stort kendskab til den kommunale sundhedssektor',
  },
  {
    term: 'ny-ramme',
    caseId: 'patientsikker-kommune',
    passage:
      'Projektet er et demonstrationsprojekt, der skal vise, hvordan det med ændrede arbejdsgange er ' +
      'muligt at opnå ' +
      'markante kvalitetsforbedringer',
  },
  {
    term: 'nye-ressourcer',
    caseId: 'noeglehullet',
    passage: 'Fødevarestyrelsen arbejder med partnerskaber ud fra en ressourcemaksimerende strategi.',
  },
  {
    term: 'oeget-ejerskab',
    caseId: 'noeglehullet',
    passage:
      'Partnerskabet om Nøglehullet på spisesteder er samtidig en måde at inddrage interessenter og brugere af en ' +
      'certificeringsordning på.',
  },
  {
    term: 'bedre-regulering',
    caseId: 'noeglehullet',
    passage:
      'interessenterne var inddraget i arbejdet med bekendtgørelsen, der regulerer nøglehulsmærket, ' +
      'hvilket gjorde ' +
      'høringsprocessen nemmere.',
  },
  {
    term: 'nye-ressourcer',
    caseId: 'sundere-liv-for-alle',
    passage:
      'mange forskellige aktører med forskellige ressourcer, kompetencer og tilgange bidrager til at finde nye veje',
  },
  {
    term: 'oeget-ejerskab',
    caseId: 'sundere-liv-for-alle',
    passage: 'gennem ejerskab og lokal forankring af de nationale mål.',
  },
];

/** The site's readings of preconditions: the case-text sentence each rests on. */
export const preconditionReadings: readonly Mention<PreconditionId>[] = [
  {
    term: 'faelles-maal',
    caseId: 'videnskredsloeb',
    passage:
      'ser et fælles mål i at skabe de bedste rammer for uddannelsen af fremtidens socialfaglige ' + 'medarbejdere.',
  },
  {
    term: 'partnere-der-skaber-vaerdi',
    caseId: 'videnskredsloeb',
    passage: 'hvor alle parter bidrager med aktuelt bedste viden inden for aftalte temaer.',
  },
  {
    term: 'faelles-maal',
    caseId: 'fuldkorn',
    passage: 'I samarbejdsaftalen forpligter partnerne sig på ét fælles mål',
  },
  {
    term: 'partnere-der-skaber-vaerdi',
    caseId: 'groen-skibsfart',
    passage: 'Miljøstyrelsen drager nytte af Rederiforeningens viden i forbindelse med tekniske spørgsmål',
  },
  {
    term: 'partnere-der-skaber-vaerdi',
    caseId: 'patientsikker-kommune',
    passage: 'Alle parter i projektet bidrager således med sin viden og erfaring.',
  },
  {
    term: 'faelles-maal',
    caseId: 'noeglehullet',
    passage: 'Formålet med partnerskabet er tosidet.',
  },
  {
    term: 'partnere-der-skaber-vaerdi',
    caseId: 'noeglehullet',
    passage: 'Aftalen gør også klart, hvordan de enkelte deltagere forventes at bidrage til arbejdet.',
  },
  {
    term: 'faelles-maal',
    caseId: 'sundere-liv-for-alle',
    passage: 'Partnerskaberne tager afsæt i partnernes fælles interesse',
  },
  {
    term: 'partnere-der-skaber-vaerdi',
    caseId: 'sundere-liv-for-alle',
    passage: 'hvor ressourcer, viden, produkter, kommunikations-kanaler og ideer kombineres',
  },
];

/** "nævnt": the collection's chapter names the case; "sitets-læsning": the site's reading of the case text. */
export type Basis = 'nævnt' | 'sitets-læsning';

export interface CaseMark {
  id: string;
  label: string;
  basis: Basis;
  /**
   * The verbatim sentence the mark rests on: from the chapter, or from the case text. Missing only for a
   * reading nobody has tied to a sentence yet (a new case); tests require it for the published cases.
   */
  passage?: string;
  /** Where that sentence stands: the chapter's section, the case text's section, or the case page. */
  href: string;
}

export interface CaseMarkLinks {
  /** Anchor of the chapter section for a term's label ("Nye ressourcer" -> "nye-ressourcer"). */
  chapterAnchor: (chapter: 'behov' | 'forudsaetninger', label: string) => string;
  /** Link to the part of the case text that holds a passage, or to the case page without one. */
  caseSection: (passage?: string) => string;
}

function marksFor<K extends string>(
  entry: CaseLike,
  ids: readonly K[],
  vocabulary: { label: (id: K) => string },
  chapter: 'behov' | 'forudsaetninger',
  mentions: readonly Mention<K>[],
  readings: readonly Mention<K>[],
  links: CaseMarkLinks,
): CaseMark[] {
  return ids.map((id) => {
    const label = vocabulary.label(id);
    const named = mentions.find((m) => m.caseId === entry.id && m.term === id);
    if (named) {
      const href = `/samling/${chapter}/#${links.chapterAnchor(chapter, label)}`;
      return { id, label, basis: 'nævnt', passage: named.passage, href };
    }
    const reading = readings.find((m) => m.caseId === entry.id && m.term === id);
    const passage = reading?.passage;
    return { id, label, basis: 'sitets-læsning', passage, href: links.caseSection(passage) };
  });
}

/** The case's needs and preconditions, each with its basis and a link to the sentence it rests on. */
export function caseMarks(
  entry: CaseLike,
  mentions: ChapterMentions,
  links: CaseMarkLinks,
): { needs: CaseMark[]; preconditions: CaseMark[] } {
  return {
    needs: marksFor(entry, entry.data.needs, needs, 'behov', mentions.needs, needReadings, links),
    preconditions: marksFor(
      entry,
      entry.data.preconditions,
      preconditions,
      'forudsaetninger',
      mentions.preconditions,
      preconditionReadings,
      links,
    ),
  };
}

/**
 * The heading (any depth) of the part of a case text that holds a passage, matched by the
 * order of headings in the text; undefined when the passage stands before the first heading.
 */
export function sectionOf(
  body: string,
  headings: readonly { depth: number; text: string; slug: string }[],
  passage: string,
): { text: string; slug: string } | undefined {
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  const lines = body.split('\n');
  let seen = -1;
  let chunk = '';
  const found = (): boolean => fold(chunk).includes(fold(passage));
  for (const line of lines) {
    if (/^#{1,6} /.test(line)) {
      if (found()) break;
      seen += 1;
      chunk = '';
    } else chunk += ` ${line}`;
  }
  if (!found()) throw new Error(`Passagen står ikke i casen: "${passage}"`);
  return seen >= 0 ? headings[seen] : undefined;
}
