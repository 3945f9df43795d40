/**
 * `npm run ny`: new content files start from every field of the schema, with
 * the next free number or order, and bad ids are refused in Danish. Runs on a
 * temporary folder, never on src/content.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NyError, createEntry } from '../../scripts/ny.mjs';
import { caseSchema, guideStepSchema, videnSchema } from '../../src/lib/schemas';
import { phases } from '../../src/lib/vocabularies';

let root: string;
const write = (rel: string, text: string) => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
};
const frontmatter = (rel: string) =>
  load(readFileSync(join(root, rel), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
/** The top-level keys a schema knows. */
const fieldsOf = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape).sort();
/** Keys written in the file: set ("key:") or offered as a comment for an optional field ("# key:"). */
const writtenFields = (rel: string) =>
  [
    ...new Set(
      [
        ...readFileSync(join(root, rel), 'utf8')
          .split(/^---$/m)[1]!
          .matchAll(/^(?:# )?([a-z][a-zA-Z]*):/gm),
      ].map((m) => m[1]!),
    ),
  ].sort();

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pg-ny-'));
  write('src/content/cases/a.mdx', '---\nnumber: 1\ntitle: A\n---\n');
  write('src/content/cases/b.mdx', '---\nnumber: 2\ntitle: B\n---\n');
  write('src/content/guide/foer/01-forste.mdx', '---\nphase: foer\norder: 1\n---\n');
  write('src/content/guide/foer/02-andet.mdx', '---\nphase: foer\norder: 2\n---\n');
  write('src/content/viden/noget.mdx', '---\ntitle: N\n---\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run ny', () => {
  it('case: writes every field of the case schema with the next free number', () => {
    const { file, position } = createEntry(['case', 'ny-case'], root);
    expect(file).toBe(join('src', 'content', 'cases', 'ny-case.mdx'));
    expect(position).toBe(3);
    const data = frontmatter(file);
    expect(writtenFields(file)).toEqual(fieldsOf(caseSchema));
    expect(data.number).toBe(3);
    // Every field is explained in Danish in a comment.
    expect(readFileSync(join(root, file), 'utf8')).toMatch(/# .*kilden/);
  });

  it('case, note and step: the file passes the schema as written, with TODO where the editor must write', () => {
    const files = [
      [createEntry(['case', 'tom'], root).file, caseSchema],
      [createEntry(['note', 'tom-note'], root).file, videnSchema],
      [createEntry(['trin', 'foer', 'tomt'], root).file, guideStepSchema],
    ] as const;
    for (const [file, schema] of files) {
      const result = schema.safeParse(frontmatter(file));
      expect(result.error?.issues ?? [], file).toEqual([]);
      const text = readFileSync(join(root, file), 'utf8');
      expect(text.match(/TODO/g)!.length, file).toBeGreaterThan(3);
    }
    // Required texts are TODO until written; the case's source defaults to the 2014 collection.
    const data = frontmatter(files[0][0]);
    expect(data.title).toMatch(/^TODO/);
    expect(data.sourceFile).toBe('oim-2014-inspiration-til-partnerskaber-case-samling.txt');
  });

  it('note: writes every field of the note schema', () => {
    const { file } = createEntry(['note', 'ny-note'], root);
    expect(writtenFields(file)).toEqual(fieldsOf(videnSchema));
  });

  it('trin: writes every field of the step schema with the next order in the phase and a numbered file name', () => {
    const { file, position } = createEntry(['trin', 'foer', 'nyt-trin'], root);
    expect(position).toBe(3);
    expect(file).toBe(join('src', 'content', 'guide', 'foer', '03-nyt-trin.mdx'));
    const data = frontmatter(file);
    expect(writtenFields(file)).toEqual(fieldsOf(guideStepSchema));
    expect(data).toMatchObject({ phase: 'foer', order: 3 });
    // An empty phase starts at 1.
    expect(createEntry(['trin', phases.ids.at(-1)!, 'forst'], root).position).toBe(1);
  });

  it('refuses an id with æøå, suggesting one without, and writes nothing', () => {
    expect(() => createEntry(['case', 'grøn-by'], root)).toThrow(NyError);
    expect(() => createEntry(['case', 'grøn-by'], root)).toThrow(/æ, ø eller å.*"groen-by"/);
    expect(existsSync(join(root, 'src/content/cases/grøn-by.mdx'))).toBe(false);
  });

  it('refuses capitals, spaces and other characters', () => {
    for (const id of ['Stor', 'to ord', 'a_b', '-a', 'a--b', ''])
      expect(() => createEntry(['note', id], root), id).toThrow(NyError);
  });

  it('refuses an id that exists (a step in any phase) and leaves the file alone', () => {
    expect(() => createEntry(['case', 'a'], root)).toThrow(/findes allerede en case.*a\.mdx/);
    expect(() => createEntry(['note', 'noget'], root)).toThrow(/findes allerede en note/);
    expect(() => createEntry(['trin', 'under', 'andet'], root)).toThrow(/findes allerede et trin.*02-andet\.mdx/);
    expect(readFileSync(join(root, 'src/content/cases/a.mdx'), 'utf8')).toBe('---\nnumber: 1\ntitle: A\n---\n');
  });

  it('refuses an unknown kind or phase with the choices', () => {
    expect(() => createEntry(['artikel', 'x'], root)).toThrow(/Ukendt indholdstype "artikel".*case <id>/);
    expect(() => createEntry(['trin', 'midt', 'x'], root)).toThrow(/Ukendt fase "midt".*foer, under, efter/);
    expect(() => createEntry(['case'], root)).toThrow(/Brug: npm run ny/);
  });
});
