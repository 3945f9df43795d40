/**
 * The CMS form at /admin/ is generated from the zod schemas: every schema field
 * (also inside lists and objects) has a form field, choices come from the
 * vocabularies, and every content collection is in the CMS or named here with
 * the reason it is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { type CmsField, cmsConfig, cmsField, EDITOR_COMPONENTS } from '../../src/lib/cms-config';
import { componentSpecs, componentsScript } from '../../src/pages/admin/_components';
import { fonts, localBundle } from '../../src/pages/admin/_vendor';
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

/** The served script run as the browser runs it, against a stand-in for the CMS's registration API. */
function registered(terms = [{ id: 'ops', term: 'OPS' }]) {
  const definitions: Record<string, unknown>[] = [];
  const CMS = { registerEditorComponent: (d: Record<string, unknown>) => definitions.push(d) };
  runInNewContext(componentsScript(componentSpecs(terms)), { window: { CMS } });
  return definitions as unknown as {
    id: string;
    pattern: RegExp;
    fromBlock: (m: RegExpMatchArray) => Record<string, string>;
    toBlock: (p: Record<string, string | undefined>) => string;
  }[];
}

describe("the body editor's components", () => {
  const mdxFiles = readdirSync('src/content', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

  it("offers the site's own MDX components and no built-in one", () => {
    const tags = readFileSync('src/components/mdx.ts', 'utf8')
      .match(/mdxComponents = \{([^}]*)\}/)![1]!
      .split(',')
      .map((k) => k.trim());
    expect(componentSpecs([]).map((s) => s.tag)).toEqual(tags);
    expect(registered().map((d) => d.id)).toEqual(EDITOR_COMPONENTS);
    for (const name of ['cases', 'viden', 'guide', 'samling'])
      expect(fieldsOf(name).find((f) => f.name === 'body')).toMatchObject({ editor_components: EDITOR_COMPONENTS });
  });

  it('reads every component in the content and writes it back exactly as it was', () => {
    const definitions = registered();
    let seen = 0;
    for (const file of mdxFiles) {
      const text = readFileSync(`src/content/${file}`, 'utf8');
      for (const block of text.matchAll(/^<(KortSagt|Faktaboks)\b[\s\S]*?^<\/\1>$/gm)) {
        const tag = block[1] === 'KortSagt' ? 'kort-sagt' : 'faktaboks';
        const def = definitions.find((d) => d.id === tag)!;
        const match = block[0].match(def.pattern);
        expect(match, `${file}: ${block[0].slice(0, 40)}`).not.toBeNull();
        expect(def.toBlock(def.fromBlock(match!))).toBe(block[0]);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(15);
    const term = definitions.find((d) => d.id === 'term')!;
    const block = '<Term id="ops">offentlig-privat samspil</Term>';
    expect(term.fromBlock(block.match(term.pattern)!)).toEqual({ id: 'ops', body: 'offentlig-privat samspil' });
    expect(term.toBlock({ id: 'ops', body: 'offentlig-privat samspil' })).toBe(block);
  });

  it('leaves out an empty attribute, writes a level as a number, and keeps a quote from ending an attribute', () => {
    const [kortSagt, faktaboks] = registered();
    expect(kortSagt!.toBlock({ name: 'Ole "Bole" Olsen', role: '', body: 'Citat.\n' })).toBe(
      '<KortSagt name="Ole ”Bole” Olsen">\nCitat.\n</KortSagt>',
    );
    expect(faktaboks!.toBlock({ title: 'Mål', level: '2', body: '- et\n- to' })).toBe(
      '<Faktaboks title="Mål" level={2}>\n\n- et\n- to\n\n</Faktaboks>',
    );
  });

  it('Term chooses among the glossary terms it is given', () => {
    const term = componentSpecs([{ id: 'ops', term: 'OPS' }]).find((s) => s.tag === 'Term')!;
    expect(term.attributes[0]!.options).toEqual([{ label: 'OPS', value: 'ops' }]);
  });
});

describe("the CMS's own files are served from the site", () => {
  const bundle = readFileSync('node_modules/@sveltia/cms/dist/sveltia-cms.js', 'utf8');

  it('the bundle asks the site, not a CDN, for its language files and fonts', () => {
    const local = localBundle(bundle);
    expect(local).not.toMatch(/cdn\.jsdelivr\.net|https:\/\/unpkg\.com\/@sveltia\/cms\b/);
    expect(local).toContain('/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2');
    for (const font of local.matchAll(/\/admin\/fonts\/([\w-]+\.woff2)/g)) expect(fonts().has(font[1]!)).toBe(true);
  });

  it('a bundle that no longer holds the known addresses stops the build', () => {
    expect(() => localBundle(bundle.replaceAll('https://cdn.jsdelivr.net/', 'https://example.org/'))).toThrow(
      /Sveltia-bundtet/,
    );
  });
});
