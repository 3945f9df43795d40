/**
 * The search quality set: queries a civil servant might type, each with the
 * pages they would accept among the first three results. Written from the
 * content (titles, descriptions, the glossary, the sources' names) BEFORE the
 * queries were run, and not changed to fit the results.
 *
 * Accepted targets:
 *   "/cases/fuldkorn/"         a page (path without anchor)
 *   "trin:foer/finansiering"   a guide step: its own page (/procesguide/foer/finansiering/)
 *                              or, while steps live on phase pages, the phase page with a
 *                              section link to the step (/procesguide/foer/#finansiering…)
 */
export type QueryKind = 'bøjning' | 'uden æøå' | 'stavefejl' | 'spørgsmål' | 'synonym' | 'navn';

export interface QualityQuery {
  q: string;
  kind: QueryKind;
  accept: string[];
}

export const QUALITY_QUERIES: QualityQuery[] = [
  // Inflections (Pagefind's Danish stemming should carry these).
  {
    q: 'partnerskabsaftaler',
    kind: 'bøjning',
    accept: ['trin:foer/skriftlig-aftale', '/ordliste/', '/cases/socialomraadet/'],
  },
  { q: 'styregrupper', kind: 'bøjning', accept: ['trin:under/organisering', '/ordliste/'] },
  { q: 'hjemløshed', kind: 'bøjning', accept: ['/cases/hjemloesestrategien/'] },
  {
    q: 'interessentanalysen',
    kind: 'bøjning',
    accept: ['trin:foer/rette-partnere', '/ordliste/', '/viden/samarbejde-eksterne-parter/'],
  },
  { q: 'evaluering', kind: 'bøjning', accept: ['trin:efter/evaluer'] },
  { q: 'finansiere', kind: 'bøjning', accept: ['trin:foer/finansiering'] },

  // Typed without æ, ø, å.
  { q: 'forudsaetninger', kind: 'uden æøå', accept: ['/samling/forudsaetninger/'] },
  { q: 'groen skibsfart', kind: 'uden æøå', accept: ['/cases/groen-skibsfart/'] },
  { q: 'hjemloese', kind: 'uden æøå', accept: ['/cases/hjemloesestrategien/'] },
  { q: 'noeglehulsmaerket', kind: 'uden æøå', accept: ['/cases/noeglehullet/', '/ordliste/'] },
  { q: 'faelles maal', kind: 'uden æøå', accept: ['trin:foer/faelles-maal'] },
  { q: 'groenne indkob', kind: 'uden æøå', accept: ['/cases/groenne-indkoeb/'] },
  {
    q: 'braendende platform',
    kind: 'uden æøå',
    accept: ['trin:foer/braendende-problem', '/ordliste/', '/viden/partnerskaber-5-10-aar/'],
  },

  // Misspellings.
  {
    q: 'partnerskapsaftale',
    kind: 'stavefejl',
    accept: ['trin:foer/skriftlig-aftale', '/ordliste/', '/cases/socialomraadet/'],
  },
  {
    q: 'satpulje',
    kind: 'stavefejl',
    accept: ['/ordliste/', '/cases/hjemloesestrategien/', 'trin:efter/forankr-og-spred'],
  },
  { q: 'fuldkon', kind: 'stavefejl', accept: ['/cases/fuldkorn/'] },
  { q: 'patientsikkerhet', kind: 'stavefejl', accept: ['/cases/patientsikker-kommune/'] },
  {
    q: 'interesentanalyse',
    kind: 'stavefejl',
    accept: ['trin:foer/rette-partnere', '/ordliste/', '/viden/samarbejde-eksterne-parter/'],
  },
  { q: 'skibsfarrt', kind: 'stavefejl', accept: ['/cases/groen-skibsfart/'] },

  // Questions.
  { q: 'hvad koster et partnerskab', kind: 'spørgsmål', accept: ['trin:foer/finansiering'] },
  { q: 'hvem skal sidde i styregruppen', kind: 'spørgsmål', accept: ['trin:under/organisering', '/ordliste/'] },
  { q: 'hvordan skriver man en aftale', kind: 'spørgsmål', accept: ['trin:foer/skriftlig-aftale'] },
  { q: 'hvordan finder man de rette partnere', kind: 'spørgsmål', accept: ['trin:foer/rette-partnere'] },
  {
    q: 'hvor lang tid tager et partnerskab',
    kind: 'spørgsmål',
    accept: ['trin:foer/regn-med-tid', '/viden/partnerskaber-5-10-aar/'],
  },
  { q: 'hvordan evaluerer man et partnerskab', kind: 'spørgsmål', accept: ['trin:efter/evaluer'] },

  // Words the content does not use for what it covers.
  { q: 'økonomi', kind: 'synonym', accept: ['trin:foer/finansiering'] },
  { q: 'resultatmåling', kind: 'synonym', accept: ['trin:efter/evaluer', 'trin:under/maal-og-dokumentation'] },
  { q: 'aftalegrundlag', kind: 'synonym', accept: ['trin:foer/skriftlig-aftale', '/ordliste/'] },
  { q: 'konflikt', kind: 'synonym', accept: ['trin:under/tillid-og-uenighed'] },
  { q: 'afslutning', kind: 'synonym', accept: ['trin:efter/fortsaet-eller-afslut'] },
  {
    q: 'offentlig-privat samarbejde',
    kind: 'synonym',
    accept: ['/viden/ops-specialiserede-socialomraade/', '/ordliste/'],
  },
  { q: 'skriv aftalen', kind: 'synonym', accept: ['trin:foer/skriftlig-aftale'] },

  // Names from the sources.
  { q: 'Danmarks Rederiforening', kind: 'navn', accept: ['/cases/groen-skibsfart/'] },
  { q: 'Horesta', kind: 'navn', accept: ['/cases/noeglehullet/'] },
  { q: 'Broen til bedre sundhed', kind: 'navn', accept: ['/viden/broen-til-bedre-sundhed/'] },
  { q: 'Housing First', kind: 'navn', accept: ['/cases/hjemloesestrategien/', '/ordliste/'] },
  { q: 'Dansk Selskab for Patientsikkerhed', kind: 'navn', accept: ['/cases/patientsikker-kommune/'] },
  { q: 'collective impact', kind: 'navn', accept: ['/viden/partnerskaber-5-10-aar/', '/ordliste/'] },
  { q: 'Lolland', kind: 'navn', accept: ['/viden/broen-til-bedre-sundhed/', '/cases/patientsikker-kommune/'] },
  { q: 'professionshøjskolerne', kind: 'navn', accept: ['/cases/videnskredsloeb/'] },

  // Words that only the content's keywords (search words in the frontmatter) carry to the page.
  { q: 'kontrakt', kind: 'synonym', accept: ['trin:foer/skriftlig-aftale', '/procesguide/aftale/'] },
  { q: 'stakeholderanalyse', kind: 'synonym', accept: ['trin:foer/rette-partnere', '/ordliste/'] },
  { q: 'exitstrategi', kind: 'synonym', accept: ['trin:efter/fortsaet-eller-afslut'] },
  { q: 'monitorering af målene', kind: 'synonym', accept: ['trin:under/maal-og-dokumentation'] },
  { q: 'konflikthåndtering', kind: 'synonym', accept: ['trin:under/tillid-og-uenighed'] },
  { q: 'topledelsens opbakning', kind: 'synonym', accept: ['trin:foer/politisk-forankring'] },
  { q: 'bæredygtige indkøb', kind: 'synonym', accept: ['/cases/groenne-indkoeb/'] },
  { q: 'skalering', kind: 'synonym', accept: ['trin:efter/forankr-og-spred'] },
  { q: 'samskabelse', kind: 'synonym', accept: ['trin:foer/start-tidligt'] },
  { q: 'projektorganisering', kind: 'synonym', accept: ['trin:under/organisering'] },
];

/** One shown result: its link and the section links under it. */
export interface ShownResult {
  href: string;
  sections: string[];
}

/** Whether a shown result is one of the accepted targets. */
export function accepted(result: ShownResult, accept: readonly string[]): boolean {
  const path = result.href.split('#')[0]!;
  return accept.some((target) => {
    const step = /^trin:([a-z]+)\/([a-z0-9-]+)$/.exec(target);
    if (!step) return path === target;
    const [, fase, slug] = step;
    if (path === `/procesguide/${fase}/${slug}/`) return true;
    if (path !== `/procesguide/${fase}/`) return false;
    return [result.href, ...result.sections].some((h) => {
      const [p, hash = ''] = h.split('#');
      return p === `/procesguide/${fase}/` && (hash === slug || hash.startsWith(`${slug}-`));
    });
  });
}

/** 1-based rank of the first accepted result, or 0. */
export function rankOf(results: readonly ShownResult[], accept: readonly string[]): number {
  const i = results.findIndex((r) => accepted(r, accept));
  return i + 1;
}

export function metrics(ranks: readonly number[]) {
  const n = ranks.length;
  const at = (k: number) => ranks.filter((r) => r >= 1 && r <= k).length / n;
  const mrr = ranks.reduce((s, r) => s + (r ? 1 / r : 0), 0) / n;
  return { n, success1: at(1), success3: at(3), mrr };
}
