/** The chapters' mentions of cases as the site reads them: src/content/omtaler/<kapitel>/*.yaml. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { ChapterMentions, Mention } from '../../src/lib/cases-matrix';

const DIR = 'src/content/omtaler';

function read<K extends string>(chapter: string): Mention<K>[] {
  return readdirSync(join(DIR, chapter))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const d = load(readFileSync(join(DIR, chapter, f), 'utf8')) as { term: K; case: string; passage: string };
      return { term: d.term, caseId: d.case, passage: d.passage };
    });
}

export function readMentions(): ChapterMentions {
  return { needs: read('behov'), preconditions: read('forudsaetninger') };
}
