/**
 * The CMS form at /admin/ is generated from the zod schemas: every schema field
 * (also inside lists and objects) has a form field, choices come from the
 * vocabularies, and every content collection is in the CMS or named here with
 * the reason it is not.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { type CmsField, cmsConfig, cmsField } from '../../src/lib/cms-config';
import {
  agreementPartSchema,
  caseSchema,
  footerSourcesSchema,
  guideStepSchema,
  mentionSchema,
  samlingSchema,
  videnSchema,
} from '../../src/lib/schemas';
import { themes } from '../../src/lib/vocabularies';

/** Collections edited outside the CMS, with the reason. */
const NOT_IN_CMS: Record<string, string> = {
  ordliste: 'én YAML-fil med opslag under hvert id (et kort, ikke en liste), som CMS-formularen ikke kan redigere',
  synonymer: 'én YAML-fil med opslag under hvert ord (et kort, ikke en liste), som CMS-formularen ikke kan redigere',
};

const config = cmsConfig({
  repo: 'ejer/navn',
  backend: 'github',
  branch: 'main',
  siteUrl: 'https://partnerskabsguiden.dk',
});
type Collection = { name: string; fields?: CmsField[]; files?: { fields: CmsField[] }[] };
const collections = config.collections as Collection[];
const fieldsOf = (name: string) => {
  const c = collections.find((x) => x.name === name)!;
  return c.fields ?? c.files![0]!.fields[0]!.fields!;
};

/** Every field path in a zod schema: "period.start", "kilder.person" … */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  // biome-ignore lint/suspicious/noExplicitAny: walking zod's internal definition
  let s = schema as any;
  while (['optional', 'nullable', 'default'].includes(s.def.type)) s = s.def.innerType;
  if (s.def.type === 'array') return schemaPaths(s.def.element, prefix);
  if (s.def.type === 'union')
    return [...new Set(s.def.options.flatMap((o: z.ZodType) => schemaPaths(o, prefix)))] as string[];
  if (s.def.type !== 'object') return [];
  return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return [path, ...schemaPaths(v, path)];
  });
}

function cmsPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    return [path, ...cmsPaths(f.fields ?? [], path)];
  });
}

describe('CMS configuration generated from the schemas', () => {
  it.each([
    ['cases', caseSchema],
    ['viden', videnSchema],
    ['guide', guideStepSchema],
    ['samling', samlingSchema],
    ['omtaler', mentionSchema],
    ['sidefod', footerSourcesSchema],
    ['aftaledele', agreementPartSchema],
  ] as const)('%s: every schema field has a CMS field, and no CMS field is made up', (name, schema) => {
    const cms = cmsPaths(fieldsOf(name)).filter((p) => p !== 'body');
    expect(cms.sort()).toEqual(schemaPaths(schema).sort());
  });

  it('every content collection is in the CMS or named with its reason', () => {
    const declared = [...readFileSync('src/content.config.ts', 'utf8').matchAll(/^ {2}(\w+): defineCollection/gm)].map(
      (m) => m[1]!,
    );
    expect(declared.length).toBeGreaterThan(5);
    for (const name of declared)
      expect(collections.some((c) => c.name === name) || name in NOT_IN_CMS, `${name} mangler i CMS'et`).toBe(true);
  });

  it('choices come from the vocabularies with their Danish labels; limits from the schema', () => {
    const themesField = fieldsOf('cases').find((f) => f.name === 'themes')!;
    expect(themesField).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(themesField.options).toEqual(themes.terms.map((t) => ({ label: t.label, value: t.id })));
    expect(fieldsOf('cases').find((f) => f.name === 'number')).toMatchObject({ widget: 'number', min: 1 });
    expect(fieldsOf('cases').find((f) => f.name === 'sourceFile')).toMatchObject({
      required: false,
      default: 'oim-2014-inspiration-til-partnerskaber-case-samling.txt',
    });
  });

  it('the agreement parts: one file per part, named by its anchor; "the site\'s suggestion" a yes/no field', () => {
    const parts = collections.find((c) => c.name === 'aftaledele') as Collection & { folder: string };
    expect(parts.folder).toBe('src/content/aftaledele');
    expect(fieldsOf('aftaledele').find((f) => f.name === 'suggestion')).toMatchObject({
      widget: 'boolean',
      required: false,
      default: false,
    });
    expect(fieldsOf('aftaledele').find((f) => f.name === 'passages')).toMatchObject({ widget: 'list' });
  });

  it('saves through the editorial workflow, with no secret in the configuration', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(JSON.stringify(config)).not.toMatch(/token|secret|client_id/i);
  });

  it('a schema type the generator does not know stops the build with a Danish message', () => {
    expect(() => cmsField('x', { def: { type: 'date' }, _zod: { bag: {} } } as never)).toThrow(
      /kender ikke feltet "x"/,
    );
  });
});
