/**
 * The configuration of the editors' CMS at /admin/ (Sveltia CMS, Decap-compatible
 * format), generated at build time from the zod schemas in ./schemas and the
 * vocabularies, so the form cannot drift from what the build accepts: every
 * schema field becomes a form field with its label, hint, choices and limits.
 */
import type { z } from 'astro/zod';
import {
  agreementPartSchema,
  caseSchema,
  footerSourcesSchema,
  guideStepSchema,
  mentionSchema,
  samlingSchema,
  videnSchema,
} from './schemas';
import { needs, noteTypes, partnerTypes, phases, preconditions, themes } from './vocabularies';

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: string;
  field?: CmsField;
  fields?: CmsField[];
  minimize_collapsed?: boolean;
  editor_components?: string[];
}

/** Danish labels and hints for the fields; a field without one is labelled by its name. */
const ITEMS_HINT = "Et udgivet id ændres aldrig; nye id'er skrives i src/content/tjekliste/udgivne-id.json";
const LABELS: Record<string, [string, string?]> = {
  number: ['Nummer', 'Casens plads i samlingen: 1, 2, 3 … uden huller'],
  title: ['Titel', 'Som kilden skriver den'],
  shortTitle: ['Kort titel', 'Få ord, til kort og tabeller'],
  partnership: ['Partnerskabets navn'],
  description: ['Beskrivelse', 'En til to sætninger, højst 200 tegn'],
  leadAuthority: ['Myndighed i spidsen'],
  partners: ['Partnere', 'Som kilden nævner dem'],
  partnerTypes: ['Partnertyper', 'Mindst to'],
  period: ['Periode', 'Kun hvor teksten giver den'],
  start: ['Startår'],
  end: ['Slutår'],
  text: ['Tekst', 'Kildens egne ord'],
  themes: ['Temaer'],
  needs: ['Behov'],
  preconditions: ['Forudsætninger'],
  funding: ['Finansiering'],
  organisation: ['Organisering'],
  effects: ['Effekter', 'Tal præcis som kilden skriver dem'],
  kilder: ['Kilder', 'Enten en person (med rolle) eller et dokument (med udgiver)'],
  person: ['Person'],
  role: ['Rolle'],
  document: ['Dokument'],
  publisher: ['Udgiver', 'Tom, hvis kilden ikke nævner udgiveren'],
  sourceFile: ['Kildefil', 'Filnavnet i sources/'],
  keywords: ['Søgeord', 'Ord, siden handler om, men ikke bruger. Vises aldrig som fakta'],
  order: ['Rækkefølge', 'Trinnets plads i fasen'],
  phase: ['Fase'],
  items: ['Tjeklistepunkter', ITEMS_HINT],
  id: ['Id', 'Små bogstaver, tal og bindestreg'],
  evidence: ['Kilder for trinnet', 'kind: case, viden eller samling; id: filnavnet uden .mdx'],
  kind: ['Slags'],
  note: ['Hvad i kilden der bærer trinnet'],
  type: ['Teksttype'],
  authors: ['Forfattere'],
  dateText: ['Dato', 'Som kilden skriver den'],
  year: ['År'],
  funder: ['Finansieret af'],
  knowledgeAreas: ['Vidensområder'],
  context: ['Sammenhæng'],
  term: ['Punkt i kapitlet'],
  case: ['Case', 'Casens filnavn uden .mdx'],
  passage: ['Kapitlets sætning, ordret'],
  heading: ['Overskrift'],
  before: ['Tekst før linket'],
  link: ['Link'],
  label: ['Linktekst'],
  href: ['Adresse på sitet'],
  after: ['Tekst efter linket'],
  more: ['Link til alle kilder'],
  question: ['Spørgsmål', 'Sitets eget spørgsmål; vises som sitets'],
  suggestion: ['Sitets forslag', 'Sæt flueben, hvis ingen kilde nævner delen som indhold i en aftale'],
  passages: ['Kildesteder', 'kind: case eller samling; id: filnavnet uden .mdx; overskrift og citat ordret'],
  quote: ['Citat', 'Ordret fra kilden'],
};

const VOCABULARIES = [themes, needs, preconditions, partnerTypes, phases, noteTypes];

function options(values: readonly string[]) {
  const labelOf = (v: string) => {
    for (const vocabulary of VOCABULARIES) {
      const term = vocabulary.terms.find((t) => t.id === v);
      if (term) return term.label;
    }
    return v;
  };
  return values.map((v) => ({ label: labelOf(v), value: v }));
}

type AnyZod = z.ZodType & { def: Record<string, unknown> };

/** One schema field as a form field (recursing into lists and objects). */
export function cmsField(name: string, schema: z.ZodType): CmsField {
  let s = schema as AnyZod;
  let required = true;
  let fallback: unknown;
  // Optional, nullable and default wrap the real type; a transform after it (a pipe) works on what the form
  // writes, so the form shows its input side.
  for (;;) {
    const type = s.def.type;
    if (type === 'pipe') {
      s = s.def.in as AnyZod;
      continue;
    }
    if (type === 'optional' || type === 'nullable') required = false;
    else if (type === 'default') {
      required = false;
      fallback = s.def.defaultValue;
    } else break;
    s = s.def.innerType as AnyZod;
  }
  const [label, hint] = LABELS[name] ?? [name];
  const field: CmsField = { name, label, widget: 'string', required };
  if (hint) field.hint = hint;
  if (fallback !== undefined) field.default = fallback;
  switch (s.def.type) {
    case 'string':
      if (((s as unknown as { maxLength: number | null }).maxLength ?? 0) > 120) field.widget = 'text';
      break;
    case 'number':
      field.widget = 'number';
      field.value_type = 'int';
      {
        const { minValue, maxValue } = s as unknown as { minValue: number | null; maxValue: number | null };
        if (Number.isSafeInteger(minValue) && minValue! > Number.MIN_SAFE_INTEGER) field.min = minValue!;
        if (Number.isSafeInteger(maxValue) && maxValue! < Number.MAX_SAFE_INTEGER) field.max = maxValue!;
      }
      break;
    case 'boolean':
      field.widget = 'boolean';
      break;
    case 'enum':
      field.widget = 'select';
      field.options = options((s as unknown as { options: string[] }).options);
      break;
    case 'array': {
      const item = cmsField(name, s.def.element as z.ZodType);
      // A list's length limit is a check on the list, not in its bag.
      const checks = (s.def.checks ?? []) as { _zod: { def: { check: string; minimum?: number } } }[];
      const min = checks.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
      if (min !== undefined) field.min = min;
      if (item.widget === 'select') {
        Object.assign(field, { widget: 'select', multiple: true, options: item.options });
      } else if (item.widget === 'object') {
        Object.assign(field, { widget: 'list', fields: item.fields, minimize_collapsed: true });
      } else {
        Object.assign(field, { widget: 'list', field: { ...item, label: field.label, hint: undefined } });
      }
      break;
    }
    case 'object':
      field.widget = 'object';
      field.fields = Object.entries((s as unknown as { shape: Record<string, z.ZodType> }).shape).map(([k, v]) =>
        cmsField(k, v),
      );
      break;
    case 'union': {
      // A source is a person or a document: one form with the fields of both, each optional.
      const merged = new Map<string, CmsField>();
      for (const option of s.def.options as z.ZodType[]) {
        for (const f of cmsField(name, option).fields ?? []) merged.set(f.name, { ...f, required: false });
      }
      Object.assign(field, { widget: 'object', fields: [...merged.values()] });
      break;
    }
    default:
      throw new Error(
        `CMS-konfigurationen kender ikke feltet "${name}" (${String(s.def.type)}): tilføj det i src/lib/cms-config.ts`,
      );
  }
  return field;
}

export const fieldsOf = (schema: { shape: Record<string, z.ZodType> }) =>
  Object.entries(schema.shape).map(([name, s]) => cmsField(name, s));

/**
 * The editor components the body editor offers: the site's own MDX components (src/components/mdx.ts),
 * registered by /admin/editor-components.js (src/pages/admin/_components.ts), and no built-in ones.
 */
export const EDITOR_COMPONENTS = ['kort-sagt', 'faktaboks', 'term'];

/** The MDX body. */
const BODY: CmsField = {
  name: 'body',
  label: 'Tekst',
  widget: 'markdown',
  hint: 'Kort sagt, Faktaboks og Begreb fra ordlisten sættes ind med »Indsæt« i værktøjslinjen',
  editor_components: EDITOR_COMPONENTS,
};

export interface CmsOptions {
  /** The Git host's repository, "ejer/navn"; from the environment, never a secret. */
  repo: string;
  backend: string;
  branch: string;
  /** The public site's address, for the CMS's "view on the site" links. */
  siteUrl: string;
}

const mdxFolder = (name: string, label: string, folder: string, schema: { shape: Record<string, z.ZodType> }) => ({
  name,
  label,
  folder: `src/content/${folder}`,
  extension: 'mdx',
  format: 'frontmatter',
  create: true,
  identifier_field: 'title',
  fields: [...fieldsOf(schema), BODY],
});

export function cmsConfig(o: CmsOptions) {
  return {
    backend: { name: o.backend, repo: o.repo, branch: o.branch },
    // Every change becomes a branch and a pull request that someone reviews before it is published.
    publish_mode: 'editorial_workflow',
    // An empty optional field is left out of the file, as the schemas expect, not written as '' or null.
    output: { omit_empty_optional_fields: true },
    media_folder: 'public/filer',
    public_folder: '/filer',
    site_url: o.siteUrl,
    collections: [
      mdxFolder('cases', 'Cases', 'cases', caseSchema),
      mdxFolder('viden', 'Viden (noter)', 'viden', videnSchema),
      {
        ...mdxFolder('guide', 'Procesguidens trin', 'guide', guideStepSchema),
        // Steps live in a folder per phase, named "NN-id.mdx".
        path: '{{phase}}/{{order}}-{{slug}}',
      },
      { ...mdxFolder('samling', 'Case-samlingens kapitler', 'samling', samlingSchema), create: false },
      {
        name: 'omtaler',
        label: 'Kapitlernes omtaler af cases',
        folder: 'src/content/omtaler',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        path: '{{slug}}',
        identifier_field: 'case',
        fields: fieldsOf(mentionSchema),
      },
      {
        name: 'aftaledele',
        label: 'Aftalesidens dele',
        folder: 'src/content/aftaledele',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        // The file name is the part's anchor on the page (/procesguide/aftale/#<navn>).
        path: '{{slug}}',
        identifier_field: 'title',
        sortable_fields: ['order', 'title'],
        fields: fieldsOf(agreementPartSchema),
      },
      {
        name: 'sidefod',
        label: 'Sidefoden',
        files: [
          {
            name: 'sidefod',
            label: 'Sidefodens tekst om kilderne',
            file: 'src/content/sidefod/sidefod.yaml',
            fields: [{ name: 'kilder', label: 'Kilder', widget: 'object', fields: fieldsOf(footerSourcesSchema) }],
          },
        ],
      },
    ],
  };
}
