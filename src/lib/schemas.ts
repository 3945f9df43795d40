/**
 * Zod schemas for every content collection, in one place. `src/content.config.ts`
 * wires them to loaders; tests in tests/unit/ feed them valid and broken fixtures.
 * Every enum comes from ./vocabularies, so a value outside the vocabulary fails
 * the build with the file and the field named by Astro's content layer.
 */
import { z } from 'astro/zod';
import { da, says } from './schema-errors';
import { CASE_COLLECTION_FILE } from './sources';
import { needs, noteTypes, partnerTypes, phases, preconditions, themes } from './vocabularies';

const nonEmpty = z.string(da).trim().min(1, da);
const list = <T extends z.ZodType>(item: T) => z.array(item, da);
const oneOf = <const T extends readonly [string, ...string[]]>(ids: T) => z.enum(ids, da);
const object = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, da);

/**
 * Years a partnership, a note or a step can name: from 1990 (no source is
 * older) to ten years after the build, so the bound never expires while a
 * planned end year ("frem til 2030") still fits.
 */
export const FIRST_YEAR = 1990;
export const lastYear = (now = new Date()) => now.getFullYear() + 10;
const year = z
  .number(da)
  .int(da)
  .min(FIRST_YEAR, says(`årstallet skal være ${FIRST_YEAR} eller senere`))
  .max(lastYear(), says(`årstallet må højst være ${lastYear()}`));

/**
 * Search words a page is about but may not use in its text (synonyms, the
 * words civil servants type). Indexed with low weight, never shown as a fact.
 */
export const keywords = list(nonEmpty).default([]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z
  .string(da)
  .regex(SLUG, says('kun a-z, 0-9 og bindestreg (ingen æøå): filnavnet uden .mdx, fx hjemloesestrategien'));

export const themeList = list(oneOf(themes.ids)).min(
  1,
  says(`mindst ét tema, én pr. linje. Mulige: ${themes.ids.join(', ')}`),
);

/** What a source may be, as the schema's message says it. */
const SOURCE_FORMS =
  'en kilde er enten »person: Navn« (evt. med »role: …«) eller »document: Titel« (evt. med »publisher: …«)';

/**
 * A person or a document the source names under "Kilder". A person's role is the
 * source's own wording after the name ("kontorchef i Miljøstyrelsen").
 */
export const kildeSchema = z.union(
  [
    object({ person: nonEmpty, role: nonEmpty.optional() }),
    object({ document: nonEmpty, publisher: nonEmpty.optional() }),
  ],
  says(SOURCE_FORMS),
);

/**
 * What a case's text says about its partnership agreement, for the agreement page (/procesguide/aftale/).
 * Each value is the case text's own content in a few words; `null` (or left out) where the text says
 * nothing (the page then says "kilden oplyser ikke"). `heading`: the case page heading the agreement stands under.
 */
const AGREEMENT_VALUE = 'skriv, hvad case-teksten siger, eller null, hvis den intet siger';
// A value left out counts as null: the CMS writes no null, and leaves the field out instead.
const agreementValue = z
  .string({ error: AGREEMENT_VALUE })
  .trim()
  .min(1, AGREEMENT_VALUE)
  .nullish()
  .transform((v) => v ?? null);
export const caseAgreementSchema = z.strictObject({
  heading: nonEmpty.optional(),
  kind: agreementValue,
  signedBy: agreementValue,
  scope: agreementValue,
  covered: agreementValue,
});

/** The case collection's own chapters: forord, indledning, behov, forudsætninger. */
export const samlingSchema = object({
  title: nonEmpty,
  order: z.number(da).int(da).min(1, da),
  description: nonEmpty.max(200, da),
});

export const caseSchema = object({
  /** The case's place in the collection: 1, 2, 3 … unique and without gaps (checked in ./integrity). */
  number: z.number(da).int(da).min(1, da),
  title: nonEmpty,
  /** Short title for cards and tables. */
  shortTitle: nonEmpty,
  /** The partnership's own name as the source gives it. */
  partnership: nonEmpty,
  description: nonEmpty.max(200, da),
  leadAuthority: nonEmpty,
  partners: list(nonEmpty).min(1, da),
  partnerTypes: list(oneOf(partnerTypes.ids)).min(
    2,
    says(`mindst to partnertyper, én pr. linje. Mulige: ${partnerTypes.ids.join(', ')}`),
  ),
  /** Start year or period, only where the text gives one. */
  period: object({
    start: year.optional(),
    end: year.optional(),
    text: nonEmpty,
  })
    .superRefine((p, ctx) => {
      if (p.start !== undefined && p.end !== undefined && p.start > p.end)
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `slutåret (${p.end}) ligger før startåret (${p.start}). Ret årstallene, så start kommer først`,
        });
    })
    .optional(),
  themes: themeList,
  needs: list(oneOf(needs.ids)).min(1, says(`mindst ét behov, én pr. linje. Mulige: ${needs.ids.join(', ')}`)),
  preconditions: list(oneOf(preconditions.ids)).default([]),
  funding: nonEmpty.optional(),
  organisation: list(nonEmpty).default([]),
  /** Measured effects, figures exactly as the source states them. */
  effects: list(nonEmpty).default([]),
  kilder: list(kildeSchema).min(1, da),
  /** The text in sources/ the case comes from (checked in ./integrity). */
  sourceFile: nonEmpty.default(CASE_COLLECTION_FILE),
  keywords,
  /** The agreement as the case text describes it; absent until someone has read the case for that page. */
  agreement: caseAgreementSchema.optional(),
});

export const checklistItemSchema = object({
  /** Permanent id, written by hand, never derived from text or position. */
  id: z.string(da).regex(SLUG, says('id skal være små bogstaver a-z, tal og bindestreg, fx maal-faelles-skrevet')),
  text: nonEmpty,
});

export const evidenceSchema = object({
  kind: oneOf(['case', 'viden', 'samling']),
  id: slug,
  /** What in that source backs this step, in a few words. */
  note: nonEmpty,
});

export const guideStepSchema = object({
  phase: oneOf(phases.ids),
  order: z.number(da).int(da).min(1, da),
  title: nonEmpty,
  description: nonEmpty.max(200, da),
  themes: themeList,
  items: list(checklistItemSchema).min(1, da),
  evidence: list(evidenceSchema).min(1, says('hvert trin skal henvise til mindst én kilde (kind, id og note)')),
  keywords,
});

export const videnSchema = object({
  title: nonEmpty,
  description: nonEmpty.max(200, da),
  type: oneOf(noteTypes.ids),
  /** null where the source does not name its publisher. */
  publisher: nonEmpty.nullable(),
  authors: list(nonEmpty).default([]),
  /** The date as the source writes it, e.g. "September 2014". */
  dateText: nonEmpty.optional(),
  year: year.optional(),
  funder: nonEmpty.optional(),
  knowledgeAreas: list(nonEmpty).default([]),
  themes: themeList,
  /** One line of context, e.g. the KORA/VIVE merger. */
  context: nonEmpty.optional(),
  sourceFile: nonEmpty,
  keywords,
});

export const glossarySchema = object({
  term: nonEmpty,
  /** Other spellings that count as a use of the term (plural, long form …). */
  aliases: list(nonEmpty).default([]),
  definition: nonEmpty,
  /** Where the definition comes from. */
  source: evidenceSchema.omit({ note: true }).extend({ note: nonEmpty.optional() }),
  /** The site's own pages that help with the term, e.g. the agreement template for Partnerskabsaftale. */
  seeAlso: list(
    object({
      href: z.string(da).regex(/^\/[a-z0-9/-]*$/, says('en adresse på sitet, fx /procesguide/aftale/')),
      label: nonEmpty,
    }),
  ).default([]),
  keywords,
});

/**
 * A case the collection's chapter names itself (src/content/omtaler/<kapitel>/…yaml):
 * the need or precondition, the case, and the chapter's sentence verbatim.
 */
export const mentionSchema = object({
  term: oneOf([...needs.ids, ...preconditions.ids]),
  case: slug,
  passage: nonEmpty,
});

const siteLink = object({
  label: nonEmpty,
  href: z.string(da).regex(/^\/[a-z0-9/#-]*$/, says('en adresse på sitet, fx /samling/ eller /om/#kilder')),
});

/** The footer's words about the sources (src/content/sidefod/sidefod.yaml). */
export const footerSourcesSchema = object({
  heading: nonEmpty,
  before: nonEmpty,
  link: siteLink,
  after: nonEmpty,
  more: siteLink,
});

/** A source passage behind a part of an agreement: the entry, the heading it stands under, a verbatim quote. */
export const agreementPassageSchema = object({
  kind: oneOf(['case', 'samling']),
  id: slug,
  /** The exact text of the heading the passage stands under; its anchor is the link target. */
  heading: nonEmpty,
  /** Verbatim from the source text (whitespace and PDF hyphenation aside). */
  quote: nonEmpty,
});

/**
 * A part of a partnership agreement on the agreement page (src/content/aftaledele/<anchor>.yaml): its
 * place, its name, the site's own question, whether it is the site's suggestion, and the passages.
 */
export const agreementPartSchema = object({
  order: z.number(da).int(da).min(1, da),
  title: nonEmpty,
  question: nonEmpty,
  suggestion: z.boolean(da).default(false),
  passages: list(agreementPassageSchema).default([]),
});

export type MentionData = z.infer<typeof mentionSchema>;
export type AgreementPartData = z.infer<typeof agreementPartSchema>;
export type CaseData = z.infer<typeof caseSchema>;
export type GuideStepData = z.infer<typeof guideStepSchema>;
export type VidenData = z.infer<typeof videnSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
export type Kilde = z.infer<typeof kildeSchema>;

/**
 * A search synonym (src/content/synonymer/synonymer.yaml): a word civil servants use, keyed by
 * its folded form, and the site's own words to search for instead, with the reason they mean
 * the same here. Reviewed by concept, so the map grows by reasoning, not by single queries.
 */
export const synonymSchema = z.strictObject({
  concept: z.enum(['penge', 'aftale', 'organisationer', 'baeredygtighed', 'maaling', 'samarbejde', 'afslutning']),
  searchFor: z.array(nonEmpty).min(1),
  reason: nonEmpty,
});
export type SynonymData = z.infer<typeof synonymSchema>;
