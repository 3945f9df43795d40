import { describe, expect, it } from 'vitest';
import {
  FIRST_YEAR,
  caseSchema,
  glossarySchema,
  lastYear,
  guideStepSchema,
  samlingSchema,
  videnSchema,
} from '../../src/lib/schemas';

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
