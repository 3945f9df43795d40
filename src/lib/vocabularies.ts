/**
 * Controlled vocabularies: the one place where themes, needs, preconditions,
 * partner types, phases and note types are defined. Schemas, pages and tests
 * all read from here; a value that is not listed fails the build.
 */

export interface Term<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly description?: string;
  /** Related terms in the same vocabulary ("Se også" on theme pages); checked in tests. */
  readonly seeAlso?: readonly string[];
}

function vocabulary<const T extends readonly Term[]>(terms: T) {
  const ids = terms.map((t) => t.id) as unknown as [T[number]['id'], ...T[number]['id'][]];
  const byId = new Map(terms.map((t) => [t.id, t] as const));
  return {
    terms,
    ids,
    label(id: T[number]['id']): string {
      const term = byId.get(id);
      if (!term) throw new Error(`Ukendt værdi i ordforråd: "${id}"`);
      return term.label;
    },
    get(id: T[number]['id']): T[number] {
      const term = byId.get(id);
      if (!term) throw new Error(`Ukendt værdi i ordforråd: "${id}"`);
      return term;
    },
  };
}

/** Themes: how a civil servant finds "cases about health", "about the social area" … */
export const themes = vocabulary([
  {
    id: 'sundhed',
    label: 'Sundhed',
    description: 'Folkesundhed, sundhedsvæsen, patientsikkerhed og lighed i sundhed.',
    seeAlso: ['forebyggelse'],
  },
  {
    id: 'forebyggelse',
    label: 'Forebyggelse og kost',
    description: 'Sundhedsfremme, forebyggelse, ernæring og sunde valg.',
    seeAlso: ['sundhed', 'erhverv-og-marked'],
  },
  {
    id: 'socialomraadet',
    label: 'Socialområdet',
    description: 'Sociale indsatser, udsatte borgere og det specialiserede socialområde.',
    seeAlso: ['stat-og-kommuner', 'uddannelse-og-forskning'],
  },
  {
    id: 'miljoe',
    label: 'Miljø',
    description: 'Grønne indkøb, renere skibsfart og miljøteknologi.',
    seeAlso: ['erhverv-og-marked'],
  },
  {
    id: 'uddannelse-og-forskning',
    label: 'Uddannelse og forskning',
    description: 'Samarbejde med uddannelsesinstitutioner og forskning.',
    seeAlso: ['socialomraadet'],
  },
  {
    id: 'erhverv-og-marked',
    label: 'Erhverv og marked',
    description: 'Samarbejde med virksomheder og brancheorganisationer, markedsmodeller og indkøb.',
    seeAlso: ['miljoe', 'forebyggelse', 'civilsamfund'],
  },
  {
    id: 'civilsamfund',
    label: 'Civilsamfund og frivillige',
    description: 'Samarbejde med frivillige organisationer, foreninger og civilsamfundet.',
    seeAlso: ['erhverv-og-marked', 'forebyggelse'],
  },
  {
    id: 'stat-og-kommuner',
    label: 'Stat og kommuner',
    description: 'Partnerskaber mellem statslige myndigheder, KL, kommuner og regioner.',
    seeAlso: ['socialomraadet'],
  },
] as const);

/** The four needs partnerships spring from (case collection, "Partnerskaber udspringer af behov"). */
export const needs = vocabulary([
  { id: 'nye-ressourcer', label: 'Nye ressourcer' },
  { id: 'oeget-ejerskab', label: 'Øget ejerskab' },
  { id: 'ny-ramme', label: 'Ny ramme til nye løsninger' },
  { id: 'bedre-regulering', label: 'Bedre regulering og implementering' },
] as const);

/** The three preconditions for success (case collection, "Forudsætninger for succes"). */
export const preconditions = vocabulary([
  { id: 'faelles-maal', label: 'Fælles mål' },
  { id: 'partnere-der-skaber-vaerdi', label: 'Partnere, der skaber værdi' },
  { id: 'fleksibilitet', label: 'Fleksibilitet og kompromisvilje' },
] as const);

export const partnerTypes = vocabulary([
  { id: 'stat', label: 'Stat' },
  { id: 'region', label: 'Region' },
  { id: 'kommune', label: 'Kommune' },
  { id: 'virksomhed', label: 'Virksomhed/erhvervsorganisation' },
  { id: 'frivillig', label: 'Frivillig/NGO/forening' },
  { id: 'forskning', label: 'Forskning/uddannelse' },
  { id: 'interesseorganisation', label: 'Interesse- eller brancheorganisation' },
  // Where the source names a partner without saying what kind of body it is: said, not guessed.
  {
    id: 'ikke-oplyst',
    label: 'Ikke oplyst i kilden',
    description: 'Case-samlingen siger ikke, hvilken slags organisation mindst én af partnerne er.',
  },
] as const);

/** The process guide's three phases; ids are the URL segments (no æøå). */
export const phases = vocabulary([
  {
    id: 'foer',
    label: 'Før',
    description: 'Før partnerskabet: Skal I indgå et partnerskab – og med hvem og på hvilke vilkår?',
  },
  { id: 'under', label: 'Under', description: 'Under partnerskabet: Hvordan driver I samarbejdet, så det holder?' },
  { id: 'efter', label: 'Efter', description: 'Efter partnerskabet: Hvad har I opnået – og skal det fortsætte?' },
] as const);

export const noteTypes = vocabulary([
  { id: 'notat', label: 'Notat' },
  { id: 'rapport', label: 'Rapport' },
  { id: 'nyhed', label: 'Nyhed' },
  { id: 'vejledning', label: 'Vejledning' },
] as const);

export type ThemeId = (typeof themes.ids)[number];
export type NeedId = (typeof needs.ids)[number];
export type PreconditionId = (typeof preconditions.ids)[number];
export type PartnerTypeId = (typeof partnerTypes.ids)[number];
export type PhaseId = (typeof phases.ids)[number];
export type NoteTypeId = (typeof noteTypes.ids)[number];
