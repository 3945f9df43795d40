/**
 * The case collection on the built site: the case pages and the chapters
 * exist, and each case page shows its measured effects exactly as in the source.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { readPage, requireDist, visibleText } from './dist';

requireDist();
const SOURCE = readFileSync(join('sources', 'oim-2014-inspiration-til-partnerskaber-case-samling.txt'), 'utf8');
// The source keeps the PDF's dead links as [text](#); the site keeps only the text.
const fold = (s: string) =>
  s
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
const SOURCE_FOLDED = fold(SOURCE);
const caseDir = 'src/content/cases';
const cases = readdirSync(caseDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(caseDir, f), 'utf8');
    const front = load(text.split(/^---$/m)[1]!) as { number: number; title: string; effects?: string[] };
    return { id: f.replace(/\.mdx$/, ''), ...front };
  })
  .sort((a, b) => a.number - b.number);

describe('case collection', () => {
  it('numbers the cases 1, 2, 3 … without gaps', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.map((c) => c.number)).toEqual(cases.map((_, i) => i + 1));
  });

  it.each([
    '/samling/',
    '/samling/forord/',
    '/samling/indledning/',
    '/samling/behov/',
    '/samling/forudsaetninger/',
    '/cases/',
    '/cases/sammenligning/',
    '/cases/behov-og-forudsaetninger/',
  ])('%s exists', (path) => expect(readPage(path)).toContain('<h1'));

  it.each(cases.map((c) => [c.id, c] as const))(
    'case page %s shows its title and its measured effects verbatim from the source',
    (id, c) => {
      const text = visibleText(readPage(`/cases/${id}/`));
      expect(text).toContain(c.title);
      for (const effect of c.effects ?? []) {
        expect(SOURCE_FOLDED.includes(fold(effect)), `effekten findes ikke ordret i kilden: ${effect}`).toBe(true);
        expect(text.includes(fold(effect)), `effekten vises ikke på siden: ${effect}`).toBe(true);
      }
    },
  );

  it('carries the measured effects the source states with figures', () => {
    const all = cases.flatMap((c) => c.effects ?? []).join(' ');
    for (const figure of [
      '33 mia. kr.',
      '9 ud af 10',
      '4 procent mod 43 procent',
      'fra 6 % før partnerskabet startede til 27 % i 2012',
      '40 %',
    ]) {
      expect(all).toContain(figure);
    }
  });
});
