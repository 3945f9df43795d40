import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { danishErrors } from './lib/content-errors';
import {
  agreementPartSchema,
  caseSchema,
  footerSourcesSchema,
  glossarySchema,
  guideStepSchema,
  mentionSchema,
  samlingSchema,
  synonymSchema,
  videnSchema,
} from './lib/schemas';

const mdx = (base: string) => danishErrors(glob({ pattern: '**/*.mdx', base }));

export const collections = {
  samling: defineCollection({ loader: mdx('./src/content/samling'), schema: samlingSchema }),
  cases: defineCollection({ loader: mdx('./src/content/cases'), schema: caseSchema }),
  guide: defineCollection({ loader: mdx('./src/content/guide'), schema: guideStepSchema }),
  viden: defineCollection({ loader: mdx('./src/content/viden'), schema: videnSchema }),
  ordliste: defineCollection({
    loader: danishErrors(file('./src/content/ordliste/ordliste.yaml')),
    schema: glossarySchema,
  }),
  // The chapters' own mentions of cases: one file per mention, in a folder per chapter.
  omtaler: defineCollection({
    loader: danishErrors(glob({ pattern: '**/*.yaml', base: './src/content/omtaler' })),
    schema: mentionSchema.extend({ case: reference('cases') }),
  }),
  sidefod: defineCollection({
    loader: danishErrors(file('./src/content/sidefod/sidefod.yaml')),
    schema: footerSourcesSchema,
  }),
  // The agreement page's parts: one file per part, the file name its anchor.
  aftaledele: defineCollection({
    loader: danishErrors(glob({ pattern: '*.yaml', base: './src/content/aftaledele' })),
    schema: agreementPartSchema,
  }),
  synonymer: defineCollection({
    loader: danishErrors(file('./src/content/synonymer/synonymer.yaml')),
    schema: synonymSchema,
  }),
};
