/**
 * A second, held-out search quality set: 48 queries written from the content
 * (titles, checklist items, the glossary, the sources' own words) and from how
 * civil servants ask, BEFORE they were run, and never changed to fit results.
 * Nothing in the search (keywords, synonyms, ids, special cases) may be added
 * only to make one of these pass.
 *
 * Targets as in ./search-queries.ts ("/path/" or "trin:fase/slug"). A query with
 * `accept: []` is nonsense: it succeeds (rank 1) only when the search shows no
 * result at all.
 */
import type { QualityQuery } from './search-queries';

export type HeldOutKind =
  | 'hverdagsord'
  | 'stavefejl'
  | 'sammensat'
  | 'spørgsmål'
  | 'definition'
  | 'engelsk'
  | 'navn'
  | 'nonsens';

export interface HeldOutQuery extends Omit<QualityQuery, 'kind'> {
  kind: HeldOutKind;
}

export const HELD_OUT_QUERIES: HeldOutQuery[] = [
  // Everyday words for what the guide covers (money, contract, measuring, ending).
  { q: 'penge', kind: 'hverdagsord', accept: ['trin:foer/finansiering'] },
  { q: 'hvem betaler', kind: 'hverdagsord', accept: ['trin:foer/finansiering'] },
  { q: 'medfinansiering', kind: 'hverdagsord', accept: ['trin:foer/finansiering'] },
  { q: 'sekretariat', kind: 'hverdagsord', accept: ['trin:under/organisering'] },
  { q: 'forankring', kind: 'hverdagsord', accept: ['trin:foer/politisk-forankring', 'trin:efter/forankr-og-spred'] },
  { q: 'måler', kind: 'hverdagsord', accept: ['trin:under/maal-og-dokumentation', 'trin:efter/evaluer'] },
  {
    q: 'måling af resultater',
    kind: 'hverdagsord',
    accept: ['trin:under/maal-og-dokumentation', 'trin:efter/evaluer'],
  },
  { q: 'indikatorer', kind: 'hverdagsord', accept: ['trin:under/maal-og-dokumentation'] },
  { q: 'statusrapporter', kind: 'hverdagsord', accept: ['trin:under/maal-og-dokumentation'] },
  { q: 'bæredygtighed', kind: 'hverdagsord', accept: ['/cases/groenne-indkoeb/', '/cases/groen-skibsfart/'] },
  { q: 'uenighed mellem partnerne', kind: 'hverdagsord', accept: ['trin:under/tillid-og-uenighed'] },
  { q: 'følgegruppe', kind: 'hverdagsord', accept: ['trin:under/ledelser-og-eksperter'] },
  { q: 'nye partnere undervejs', kind: 'hverdagsord', accept: ['trin:under/juster-og-forny'] },
  { q: 'politisk opbakning', kind: 'hverdagsord', accept: ['trin:foer/politisk-forankring'] },
  {
    q: 'frivillige organisationer',
    kind: 'hverdagsord',
    accept: ['/viden/samarbejde-eksterne-parter/', '/viden/ops-specialiserede-socialomraade/', '/samling/behov/'],
  },

  // Misspellings.
  { q: 'finansering', kind: 'stavefejl', accept: ['trin:foer/finansiering'] },
  { q: 'evaluring', kind: 'stavefejl', accept: ['trin:efter/evaluer'] },
  { q: 'styregrupe', kind: 'stavefejl', accept: ['trin:under/organisering', '/ordliste/'] },
  {
    q: 'samarbejdsaftle',
    kind: 'stavefejl',
    accept: ['trin:foer/skriftlig-aftale', '/ordliste/', '/procesguide/aftale/'],
  },
  { q: 'fulkorn', kind: 'stavefejl', accept: ['/cases/fuldkorn/'] },
  { q: 'incitamenter til samarbejde', kind: 'stavefejl', accept: ['/viden/broen-til-bedre-sundhed/'] },

  // Compounds the site does not use as one word.
  { q: 'kontraktskabelon', kind: 'sammensat', accept: ['/procesguide/aftale/', 'trin:foer/skriftlig-aftale'] },
  { q: 'aftaleskabelon', kind: 'sammensat', accept: ['/procesguide/aftale/'] },
  { q: 'partnerskabsevaluering', kind: 'sammensat', accept: ['trin:efter/evaluer'] },
  { q: 'projektøkonomi', kind: 'sammensat', accept: ['trin:foer/finansiering'] },
  { q: 'fuldkornspartnerskabet', kind: 'sammensat', accept: ['/cases/fuldkorn/'] },

  // Questions.
  { q: 'hvornår skal partnerskabet stoppe', kind: 'spørgsmål', accept: ['trin:efter/fortsaet-eller-afslut'] },
  {
    q: 'hvordan får vi ledelsen med',
    kind: 'spørgsmål',
    accept: ['trin:foer/politisk-forankring', 'trin:under/ledelser-og-eksperter'],
  },
  { q: 'hvordan spreder vi resultaterne', kind: 'spørgsmål', accept: ['trin:efter/forankr-og-spred'] },
  {
    q: 'hvorfor tager partnerskaber så lang tid',
    kind: 'spørgsmål',
    accept: ['trin:foer/regn-med-tid', '/viden/partnerskaber-5-10-aar/'],
  },

  // Definitions: the glossary entry first.
  { q: 'hvad er en driftsoverenskomst', kind: 'definition', accept: ['/ordliste/'] },
  { q: 'hvad betyder OPP', kind: 'definition', accept: ['/ordliste/'] },
  { q: 'hvad menes med collective impact', kind: 'definition', accept: ['/ordliste/'] },
  { q: 'hvad er et partnerskab', kind: 'definition', accept: ['/ordliste/', '/samling/indledning/'] },
  { q: 'hvad er netværksledelse', kind: 'definition', accept: ['/ordliste/'] },
  { q: 'hvad betyder satspulje', kind: 'definition', accept: ['/ordliste/'] },

  // English-ish terms civil servants use.
  { q: 'stakeholders', kind: 'engelsk', accept: ['trin:foer/rette-partnere'] },
  {
    q: 'public private partnership',
    kind: 'engelsk',
    accept: ['/ordliste/', '/viden/ops-specialiserede-socialomraade/'],
  },
  { q: 'NGO', kind: 'engelsk', accept: ['trin:foer/rette-partnere', '/cases/fuldkorn/'] },
  { q: 'new public management', kind: 'engelsk', accept: ['/ordliste/', '/viden/partnerskaber-5-10-aar/'] },

  // Names from the sources.
  {
    q: 'KORA',
    kind: 'navn',
    accept: [
      '/viden/ops-specialiserede-socialomraade/',
      '/viden/broen-til-bedre-sundhed/',
      '/viden/partnerskaber-5-10-aar/',
      '/viden/samarbejde-eksterne-parter/',
    ],
  },
  { q: 'Fødevarestyrelsen', kind: 'navn', accept: ['/cases/noeglehullet/', '/cases/fuldkorn/'] },
  { q: 'patientsikkerhed i kommunerne', kind: 'navn', accept: ['/cases/patientsikker-kommune/'] },
  { q: 'hjemløse unge', kind: 'navn', accept: ['/cases/hjemloesestrategien/'] },

  // Nonsense: no result is the right answer.
  { q: 'xyzzy blah', kind: 'nonsens', accept: [] },
  { q: 'asdfgh', kind: 'nonsens', accept: [] },
  { q: 'lorem ipsum', kind: 'nonsens', accept: [] },
  { q: 'qqq zzz', kind: 'nonsens', accept: [] },
];
