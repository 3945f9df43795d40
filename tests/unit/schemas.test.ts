import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  FIRST_YEAR,
  caseSchema,
  footerSourcesSchema,
  glossarySchema,
  lastYear,
  guideStepSchema,
  samlingSchema,
  videnSchema,
} from '../../src/lib/schemas';
import { schemaMessage, yamlMessage } from '../../src/lib/content-errors';

const validCase = {
  number: 5,
  title: 'Partnerskab sætter fuldkorn på menuen',
  shortTitle: 'Fuldkorn',
  partnership: 'Fuldkornspartnerskabet',
  description: 'En beskrivelse.',
  leadAuthority: 'Fødevarestyrelsen',
  partners: ['Fødevarestyrelsen', 'sundhedsorganisationer'],
  partnerTypes: ['stat', 'frivillig'],
  period: { start: 2009, text: 'Fra 2009' },
  themes: ['forebyggelse'],
  needs: ['nye-ressourcer'],
  kilder: [
    { person: 'Bente Stærk', role: 'næstformand for partnerskabet, souschef i Fødevarestyrelsen' },
    { document: 'Hjemmeside' },
  ],
};

/** The path and message of the first issue, as Astro prints them next to the file name. */
function firstIssue(
  schema: {
    safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}

describe('caseSchema', () => {
  it('accepts a complete case and fills defaults', () => {
    const data = caseSchema.parse(validCase);
    expect(data.effects).toEqual([]);
    expect(data.organisation).toEqual([]);
    expect(data.preconditions).toEqual([]);
  });

  it('names the field of a theme outside the vocabulary', () => {
    expect(firstIssue(caseSchema, { ...validCase, themes: ['sport'] }).path).toBe('themes.0');
  });

  it('names a missing required field', () => {
    const { leadAuthority: _omit, ...rest } = validCase;
    expect(firstIssue(caseSchema, rest).path).toBe('leadAuthority');
  });

  it('rejects a need, precondition or partner type outside the vocabulary', () => {
    expect(firstIssue(caseSchema, { ...validCase, needs: ['penge'] }).path).toBe('needs.0');
    expect(firstIssue(caseSchema, { ...validCase, preconditions: ['held'] }).path).toBe('preconditions.0');
    expect(firstIssue(caseSchema, { ...validCase, partnerTypes: ['stat', 'kirke'] }).path).toBe('partnerTypes.1');
  });

  it('rejects unknown keys (strict) and out-of-range numbers', () => {
    expect(firstIssue(caseSchema, { ...validCase, budget: '1 mio.' }).message).toMatch(/budget/);
    expect(firstIssue(caseSchema, { ...validCase, number: 0 }).path).toBe('number');
    expect(firstIssue(caseSchema, { ...validCase, number: 2.5 }).path).toBe('number');
  });

  it('takes a tenth case and years up to ten years after the build, not beyond', () => {
    expect(caseSchema.safeParse({ ...validCase, number: 10 }).success).toBe(true);
    const next = new Date().getFullYear() + 1;
    expect(caseSchema.safeParse({ ...validCase, period: { start: next, text: `fra ${next}` } }).success).toBe(true);
    expect(firstIssue(caseSchema, { ...validCase, period: { start: lastYear() + 1, text: 'x' } }).path).toBe(
      'period.start',
    );
    expect(firstIssue(caseSchema, { ...validCase, period: { start: FIRST_YEAR - 1, text: 'x' } }).path).toBe(
      'period.start',
    );
  });

  it('a glossary entry seeAlso links point into the site', () => {
    const entry = { term: 'X', definition: 'Y', source: { kind: 'samling', id: 'forord' } };
    expect(glossarySchema.parse(entry).seeAlso).toEqual([]);
    expect(
      glossarySchema.safeParse({ ...entry, seeAlso: [{ href: 'https://example.org/', label: 'Z' }] }).success,
    ).toBe(false);
    expect(
      glossarySchema.safeParse({ ...entry, seeAlso: [{ href: '/procesguide/aftale/', label: 'Z' }] }).success,
    ).toBe(true);
  });

  it('takes keywords as a list of words and defaults to none', () => {
    expect(caseSchema.parse(validCase).keywords).toEqual([]);
    expect(firstIssue(caseSchema, { ...validCase, keywords: [''] }).path).toBe('keywords.0');
  });

  it('rejects an empty theme list and an empty kilder list', () => {
    expect(firstIssue(caseSchema, { ...validCase, themes: [] }).path).toBe('themes');
    expect(firstIssue(caseSchema, { ...validCase, kilder: [] }).path).toBe('kilder');
  });
});

describe('guideStepSchema', () => {
  const step = {
    phase: 'foer',
    order: 1,
    title: 'Er der et fælles problem?',
    description: 'Kort.',
    themes: ['stat-og-kommuner'],
    items: [{ id: 'foer-problem-enighed', text: 'Bliv enige om problemet' }],
    evidence: [{ kind: 'viden', id: 'partnerskaber-5-10-aar', note: 'Brændende platform' }],
  };
  it('accepts a valid step', () => expect(guideStepSchema.parse(step).items).toHaveLength(1));
  it('rejects an unknown phase', () =>
    expect(firstIssue(guideStepSchema, { ...step, phase: 'midt' }).path).toBe('phase'));
  it('rejects an item id that is not a permanent slug', () => {
    expect(firstIssue(guideStepSchema, { ...step, items: [{ id: 'Foer Problem', text: 'x' }] }).path).toBe(
      'items.0.id',
    );
  });
  it('requires evidence', () => expect(firstIssue(guideStepSchema, { ...step, evidence: [] }).path).toBe('evidence'));
  it('rejects an evidence kind outside case/viden/samling', () => {
    expect(firstIssue(guideStepSchema, { ...step, evidence: [{ kind: 'blog', id: 'x', note: 'y' }] }).path).toBe(
      'evidence.0.kind',
    );
  });
});

describe('videnSchema', () => {
  const note = {
    title: 'Incitamenter til samarbejde',
    description: 'Kort.',
    type: 'notat',
    publisher: 'KORA, København',
    authors: ['Kåre Jansbøl', 'Leif Olsen'],
    dateText: 'September 2014',
    year: 2014,
    themes: ['sundhed'],
    sourceFile: 'kora-2014-broen-til-bedre-sundhed.txt',
  };
  it('accepts a note, and null as an unnamed publisher', () => {
    expect(videnSchema.parse(note).type).toBe('notat');
    expect(videnSchema.parse({ ...note, publisher: null }).publisher).toBeNull();
  });
  it('rejects an unknown type', () => expect(firstIssue(videnSchema, { ...note, type: 'blog' }).path).toBe('type'));
  it('requires the publisher field to be stated (null when the source names none)', () => {
    const { publisher: _omit, ...rest } = note;
    expect(firstIssue(videnSchema, rest).path).toBe('publisher');
  });
});

describe('samlingSchema and glossarySchema', () => {
  it('accept valid entries', () => {
    expect(samlingSchema.parse({ title: 'Forord', order: 1, description: 'x' }).order).toBe(1);
    expect(
      glossarySchema.parse({
        term: 'OPS',
        definition: 'Offentlig-privat samspil.',
        source: { kind: 'viden', id: 'ops-specialiserede-socialomraade' },
      }).aliases,
    ).toEqual([]);
  });
  it('reject a description over 200 characters and a definition-less term', () => {
    expect(firstIssue(samlingSchema, { title: 'Forord', order: 1, description: 'x'.repeat(201) }).path).toBe(
      'description',
    );
    expect(firstIssue(glossarySchema, { term: 'OPS', source: { kind: 'viden', id: 'x' } }).path).toBe('definition');
  });
});

describe('Danish messages an editor can act on', () => {
  /** Every message for a broken value, as Astro prints it: "field: message". */
  const messages = (schema: { safeParse: (v: unknown) => unknown }, value: unknown) => {
    const result = schema.safeParse(value) as {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
    expect(result.success).toBe(false);
    return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses a start year after the end year, at the end field', () => {
    expect(messages(caseSchema, { ...validCase, period: { start: 2013, end: 2009, text: '2013-2009' } })).toEqual([
      'period.end: slutåret (2009) ligger før startåret (2013). Ret årstallene, så start kommer først',
    ]);
    expect(caseSchema.safeParse({ ...validCase, period: { start: 2009, end: 2009, text: '2009' } }).success).toBe(true);
  });

  it('gives a case the 2014 collection as its source unless it names its own', () => {
    expect(caseSchema.parse(validCase).sourceFile).toBe('oim-2014-inspiration-til-partnerskaber-case-samling.txt');
    expect(caseSchema.parse({ ...validCase, sourceFile: 'andet.txt' }).sourceFile).toBe('andet.txt');
  });

  it('says what is wrong and how to fix it, in Danish, for every kind of rule', () => {
    const { title: _t, ...noTitle } = validCase;
    const all = [
      ...messages(caseSchema, noTitle),
      ...messages(caseSchema, { ...validCase, title: null }),
      ...messages(caseSchema, { ...validCase, title: '' }),
      ...messages(caseSchema, { ...validCase, number: '5' }),
      ...messages(caseSchema, { ...validCase, number: 2.5 }),
      ...messages(caseSchema, { ...validCase, partners: 'Fødevarestyrelsen' }),
      ...messages(caseSchema, { ...validCase, partners: [] }),
      ...messages(caseSchema, { ...validCase, description: 'x'.repeat(201) }),
      ...messages(caseSchema, { ...validCase, themes: ['sport'] }),
      ...messages(caseSchema, { ...validCase, budget: 1 }),
      ...messages(caseSchema, { ...validCase, kilder: [{ navn: 'x' }] }),
      ...messages(caseSchema, { ...validCase, period: { start: 1900, text: 'x' } }),
      ...messages(guideStepSchema, { phase: 'midt' }),
      ...messages(videnSchema, { sourceFile: 3 }),
      ...messages(glossarySchema, { term: 'x', definition: 'y', source: { kind: 'case', id: 'Æ' } }),
    ];
    expect(all).toContain('title: feltet mangler. Tilføj det med en værdi fra kilden');
    expect(all).toContain(
      'title: feltet er tomt. Skriv en værdi efter kolonet, eller slet linjen, hvis feltet er valgfrit',
    );
    expect(all).toContain('title: feltet er tomt. Skriv teksten ud fra kilden');
    expect(all).toContain('number: skal være et helt tal uden anførselstegn, fx 2014 (nu "5")');
    expect(all).toContain('partners: skal være en liste, én værdi pr. linje, der starter med »- «');
    expect(all).toContain('description: er for lang: højst 200 tegn (nu 201). Forkort teksten');
    expect(all).toContain(
      'themes.0: "sport" er ikke en mulig værdi. Skriv en af: sundhed, forebyggelse, socialomraadet, miljoe, ' +
        'uddannelse-og-forskning, erhverv-og-marked, civilsamfund, stat-og-kommuner',
    );
    expect(all).toContain(
      ': feltet "budget" findes ikke her. Ret stavningen (små og store bogstaver tæller), eller slet linjen',
    );
    for (const message of all) {
      expect(message).not.toMatch(/\*\*|Expected|Invalid|Required|received/);
      // A message says the fix: a verb telling the editor what to do, or the values to choose from.
      expect(message, message).toMatch(/Skriv|Tilføj|Ret|Forkort|skal|mindst|højst|må|kun|en kilde er/);
    }
  });
});

describe('YAML and schema errors from the loader', () => {
  it('a YAML error says where, what and the usual fix (quotes)', () => {
    const message = yamlMessage({
      name: 'YAMLException',
      message: 'x',
      reason: 'bad indentation of a mapping entry',
      mark: { line: 3 },
    });
    expect(message).toMatch(/^Fejl i felterne \(linje 4\): linjen kan ikke læses som »felt: værdi«/);
    expect(message).toContain('sæt værdien i anførselstegn, fx title: "Fuldkorn: på menuen"');
  });

  it("Astro's schema error loses its stars and English heading", () => {
    const astro = '**cases → fuldkorn** data does not match collection schema.\n\n  **title**: feltet mangler.\n';
    expect(schemaMessage(astro)).toBe('cases → fuldkorn: felterne passer ikke.\n\n  title: feltet mangler.\n');
  });
});

describe('footerSourcesSchema', () => {
  it("accepts the footer's words in src/content/sidefod/sidefod.yaml and refuses an outside address", () => {
    const file = load(readFileSync('src/content/sidefod/sidefod.yaml', 'utf8')) as { kilder: Record<string, unknown> };
    expect(footerSourcesSchema.parse(file.kilder).link.href).toBe('/samling/');
    const bad = { ...file.kilder, more: { label: 'x', href: 'https://example.com/' } };
    expect(footerSourcesSchema.safeParse(bad).error!.issues[0]!.message).toMatch(/en adresse på sitet/);
  });
});
