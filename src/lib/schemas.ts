/**
 * Zod schemas for every content collection, in one place. `src/content.config.ts`
 * wires them to loaders; tests in tests/unit/ feed them valid and broken fixtures.
 * Every enum comes from ./vocabularies, so a value outside the vocabulary fails
 * the build with the file and the field named by Astro's content layer.
 */
import { z } from 'astro/zod';
import { needs, noteTypes, partnerTypes, phases, preconditions, themes } from './vocabularies';

const nonEmpty = z.string().trim().min(1);

/**
 * Years a partnership, a note or a step can name: from 1990 (no source is
 * older) to ten years after the build, so the bound never expires while a
 * planned end year ("frem til 2030") still fits.
 */
export const FIRST_YEAR = 1990;
export const lastYear = (now = new Date()) => now.getFullYear() + 10;
const year = z.number().int().min(FIRST_YEAR).max(lastYear(), `årstallet må højst være ${lastYear()}`);

/**
 * Search words a page is about but may not use in its text (synonyms, the
 * words civil servants type). Indexed with low weight, never shown as a fact.
 */
export const keywords = z.array(nonEmpty).default([]);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kun a-z, 0-9 og bindestreg (ingen æøå)');

export const themeList = z.array(z.enum(themes.ids)).min(1, 'mindst ét tema');

/**
 * A person or a document the source names under "Kilder". A person's role is the
 * source's own wording after the name ("kontorchef i Miljøstyrelsen").
 */
export const kildeSchema = z.union([
  z.strictObject({ person: nonEmpty, role: nonEmpty.optional() }),
  z.strictObject({ document: nonEmpty, publisher: nonEmpty.optional() }),
]);

/**
 * What a case's text says about its partnership agreement, for the agreement page (/procesguide/aftale/).
 * Each value is the case text's own content in a few words; `null` where the text says nothing (the page
 * then says "kilden oplyser ikke"). `heading`: the case page heading the agreement stands under.
 */
const AGREEMENT_VALUE = 'skriv, hvad case-teksten siger, eller null, hvis den intet siger';
const agreementValue = z.string({ error: AGREEMENT_VALUE }).trim().min(1, AGREEMENT_VALUE).nullable();
export const caseAgreementSchema = z.strictObject({
  heading: nonEmpty.optional(),
  kind: agreementValue,
  signedBy: agreementValue,
  scope: agreementValue,
  covered: agreementValue,
});

/** The case collection's own chapters: forord, indledning, behov, forudsætninger. */
export const samlingSchema = z.strictObject({
  title: nonEmpty,
  order: z.number().int().min(1),
  description: nonEmpty.max(200),
});

export const caseSchema = z.strictObject({
  /** The case's place in the collection: 1, 2, 3 … unique and without gaps (checked in ./integrity). */
  number: z.number().int().min(1),
  title: nonEmpty,
  /** Short title for cards and tables. */
  shortTitle: nonEmpty,
  /** The partnership's own name as the source gives it. */
  partnership: nonEmpty,
  description: nonEmpty.max(200),
  leadAuthority: nonEmpty,
  partners: z.array(nonEmpty).min(1),
  partnerTypes: z.array(z.enum(partnerTypes.ids)).min(2, 'et partnerskab har mindst to partnertyper eller partnere'),
  /** Start year or period, only where the text gives one. */
  period: z
    .strictObject({
      start: year.optional(),
      end: year.optional(),
      text: nonEmpty,
    })
    .optional(),
  themes: themeList,
  needs: z.array(z.enum(needs.ids)).min(1),
  preconditions: z.array(z.enum(preconditions.ids)).default([]),
  funding: nonEmpty.optional(),
  organisation: z.array(nonEmpty).default([]),
  /** Measured effects, figures exactly as the source states them. */
  effects: z.array(nonEmpty).default([]),
  kilder: z.array(kildeSchema).min(1),
  keywords,
  /** The agreement as the case text describes it; absent until someone has read the case for that page. */
  agreement: caseAgreementSchema.optional(),
});

export const checklistItemSchema = z.strictObject({
  /** Permanent id, written by hand, never derived from text or position. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id skal være små bogstaver, tal og bindestreg'),
  text: nonEmpty,
});

export const evidenceSchema = z.strictObject({
  kind: z.enum(['case', 'viden', 'samling']),
  id: slug,
  /** What in that source backs this step, in a few words. */
  note: nonEmpty,
});

export const guideStepSchema = z.strictObject({
  phase: z.enum(phases.ids),
  order: z.number().int().min(1),
  title: nonEmpty,
  description: nonEmpty.max(200),
  themes: themeList,
  items: z.array(checklistItemSchema).min(1),
  evidence: z.array(evidenceSchema).min(1, 'hvert trin skal henvise til mindst én kilde'),
  keywords,
});

export const videnSchema = z.strictObject({
  title: nonEmpty,
  description: nonEmpty.max(200),
  type: z.enum(noteTypes.ids),
  /** null where the source does not name its publisher. */
  publisher: nonEmpty.nullable(),
  authors: z.array(nonEmpty).default([]),
  /** The date as the source writes it, e.g. "September 2014". */
  dateText: nonEmpty.optional(),
  year: year.optional(),
  funder: nonEmpty.optional(),
  knowledgeAreas: z.array(nonEmpty).default([]),
  themes: themeList,
  /** One line of context, e.g. the KORA/VIVE merger. */
  context: nonEmpty.optional(),
  sourceFile: nonEmpty,
  keywords,
});

export const glossarySchema = z.strictObject({
  term: nonEmpty,
  /** Other spellings that count as a use of the term (plural, long form …). */
  aliases: z.array(nonEmpty).default([]),
  definition: nonEmpty,
  /** Where the definition comes from. */
  source: evidenceSchema.omit({ note: true }).extend({ note: nonEmpty.optional() }),
  /** The site's own pages that help with the term, e.g. the agreement template for Partnerskabsaftale. */
  seeAlso: z
    .array(
      z.strictObject({
        href: z.string().regex(/^\/[a-z0-9/-]*$/, 'en adresse på sitet, fx /procesguide/aftale/'),
        label: nonEmpty,
      }),
    )
    .default([]),
  keywords,
});

export type CaseData = z.infer<typeof caseSchema>;
export type GuideStepData = z.infer<typeof guideStepSchema>;
export type VidenData = z.infer<typeof videnSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
export type Kilde = z.infer<typeof kildeSchema>;
