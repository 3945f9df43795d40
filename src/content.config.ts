import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseSchema, glossarySchema, guideStepSchema, samlingSchema, synonymSchema, videnSchema } from './lib/schemas';

const mdx = (base: string) => glob({ pattern: '**/*.mdx', base });

export const collections = {
  samling: defineCollection({ loader: mdx('./src/content/samling'), schema: samlingSchema }),
  cases: defineCollection({ loader: mdx('./src/content/cases'), schema: caseSchema }),
  guide: defineCollection({ loader: mdx('./src/content/guide'), schema: guideStepSchema }),
  viden: defineCollection({ loader: mdx('./src/content/viden'), schema: videnSchema }),
  ordliste: defineCollection({ loader: file('./src/content/ordliste/ordliste.yaml'), schema: glossarySchema }),
  synonymer: defineCollection({ loader: file('./src/content/synonymer/synonymer.yaml'), schema: synonymSchema }),
};
