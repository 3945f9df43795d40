/**
 * Broken viden and glossary fixtures: each names the field that is wrong, as
 * Astro prints it next to the file name when the build stops. Also checks the
 * real files against the schemas (the same check the content layer makes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { glossarySchema, videnSchema } from '../../src/lib/schemas';

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

const note = {
  title: 'Udvikling af offentlig-privat samspil (OPS) på det specialiserede socialområde',
  description: 'Kort beskrivelse.',
  type: 'rapport',
  publisher: 'KORA, København',
  authors: ['Ole Helby Petersen'],
  dateText: 'September 2013',
  year: 2013,
  knowledgeAreas: ['Økonomi og administration'],
  themes: ['socialomraadet'],
  context: 'KORA og SFI er fusioneret.',
  sourceFile: 'kora-2013-ops-specialiserede-socialomraade.txt',
};

const term = {
  term: 'OPS',
  aliases: ['offentlig-privat samspil'],
  definition: 'Forkortelse for offentlig-privat samspil.',
  source: { kind: 'viden', id: 'ops-specialiserede-socialomraade' },
};

describe('videnSchema: broken fixtures', () => {
  it('accepts the complete fixture and fills defaults for a minimal one', () => {
    expect(videnSchema.parse(note).knowledgeAreas).toEqual(['Økonomi og administration']);
    const minimal = videnSchema.parse({
      title: 't',
      description: 'd',
      type: 'vejledning',
      publisher: null,
      themes: ['forebyggelse'],
      sourceFile: 'x.txt',
    });
    expect(minimal.authors).toEqual([]);
    expect(minimal.knowledgeAreas).toEqual([]);
  });

  it.each([
    ['an empty publisher (use null when the source names none)', { publisher: '  ' }, 'publisher'],
    ['a theme outside the vocabulary', { themes: ['klima'] }, 'themes.0'],
    ['no theme', { themes: [] }, 'themes'],
    ['a year outside the range', { year: 1890 }, 'year'],
    ['a year written as text', { year: '2013' }, 'year'],
    ['an empty author', { authors: [''] }, 'authors.0'],
    ['an empty knowledge area', { knowledgeAreas: [' '] }, 'knowledgeAreas.0'],
    ['a description over 200 characters', { description: 'x'.repeat(201) }, 'description'],
    ['a missing source file', { sourceFile: undefined }, 'sourceFile'],
    ['an unknown key', { udgiver: 'KORA' }, ''],
  ])('rejects %s', (_, patch, path) => {
    expect(firstIssue(videnSchema, { ...note, ...patch }).path).toBe(path);
  });
});

describe('glossarySchema: broken fixtures', () => {
  it('accepts a term with a source note', () => {
    expect(glossarySchema.parse({ ...term, source: { ...term.source, note: 'Kapitlet om behov.' } }).source.note).toBe(
      'Kapitlet om behov.',
    );
  });

  it.each([
    ['an empty term', { term: '' }, 'term'],
    ['an empty definition', { definition: ' ' }, 'definition'],
    ['an empty alias', { aliases: [''] }, 'aliases.0'],
    ['no source', { source: undefined }, 'source'],
    ['a source kind outside case/viden/samling', { source: { kind: 'web', id: 'x' } }, 'source.kind'],
    ['a source id with Danish letters', { source: { kind: 'case', id: 'nøglehullet' } }, 'source.id'],
    ['an unknown key in the source', { source: { kind: 'case', id: 'fuldkorn', side: 3 } }, 'source'],
    ['an id inside the entry (the id is the map key)', { id: 'ops' }, ''],
  ])('rejects %s', (_, patch, path) => {
    expect(firstIssue(glossarySchema, { ...term, ...patch }).path).toBe(path);
  });
});

describe('the real files', () => {
  it.each(readdirSync('src/content/viden').filter((f) => f.endsWith('.mdx')))(
    'src/content/viden/%s matches videnSchema',
    (file) => {
      const front = readFileSync(join('src/content/viden', file), 'utf8').split(/^---$/m)[1]!;
      expect(() => videnSchema.parse(load(front))).not.toThrow();
    },
  );

  it('every entry of src/content/ordliste/ordliste.yaml matches glossarySchema and has a slug id', () => {
    const entries = Object.entries(
      load(readFileSync('src/content/ordliste/ordliste.yaml', 'utf8')) as Record<string, unknown>,
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const [id, entry] of entries) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(() => glossarySchema.parse(entry), id).not.toThrow();
    }
  });
});
