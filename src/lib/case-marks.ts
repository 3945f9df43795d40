/**
 * Build-time loader for caseMarks (cases-readings): renders the two chapters and the
 * case once to learn their heading anchors, so every page links marks the same way.
 */
import { render } from 'astro:content';
import { type CaseMark, caseMarks, sectionOf } from './cases-readings';
import { type CaseEntry, caseHref, getContent } from './content';

let chapterHeadings: Promise<Record<string, readonly { text: string; slug: string }[]>> | undefined;

async function loadChapters() {
  const { samling } = await getContent();
  const result: Record<string, readonly { text: string; slug: string }[]> = {};
  for (const id of ['behov', 'forudsaetninger']) {
    const entry = samling.find((s) => s.id === id);
    if (!entry) throw new Error(`Case-samlingens kapitel "${id}" mangler`);
    result[id] = (await render(entry)).headings;
  }
  return result;
}

/** The case's needs and preconditions with their basis; links are absolute paths on the site. */
export async function loadCaseMarks(entry: CaseEntry): Promise<{ needs: CaseMark[]; preconditions: CaseMark[] }> {
  chapterHeadings ??= loadChapters();
  const chapters = await chapterHeadings;
  const { headings } = await render(entry);
  const { mentions } = await getContent();
  return caseMarks(entry, mentions, {
    chapterAnchor: (chapter, label) => {
      const slug = chapters[chapter]?.find((h) => h.text === label)?.slug;
      if (!slug) throw new Error(`Kapitlet "${chapter}" har ingen overskrift "${label}"`);
      return slug;
    },
    caseSection: (passage) => {
      if (!passage) return caseHref(entry.id);
      const section = sectionOf(entry.body ?? '', headings, passage);
      return `${caseHref(entry.id)}#${section ? section.slug : 'indhold'}`;
    },
  });
}
