/**
 * The case collection on the built site: the case pages and the chapters
 * exist, and each case page shows its measured effects exactly as in the source.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { parsePage, readPage, requireDist, select, textOf, visibleText } from './dist';
import { readMentions } from '../unit/chapter-mentions';

const { needs: needMentions, preconditions: preconditionMentions } = readMentions();
import { needReadings, preconditionReadings } from '../../src/lib/cases-readings';

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
    const front = load(text.split(/^---$/m)[1]!) as {
      number: number;
      title: string;
      effects?: string[];
      needs: string[];
      preconditions: string[];
    };
    return { id: f.replace(/\.mdx$/, ''), body: text.split(/^---$/m).slice(2).join('---'), ...front };
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

describe('needs and preconditions: named in the collection (●) or the site’s reading (○)', () => {
  const rows = cases.flatMap((c) => [
    ...c.needs.map((term) => ({ c, term, mentions: needMentions, readings: needReadings, row: 'behov' })),
    ...c.preconditions.map((term) => ({
      c,
      term,
      mentions: preconditionMentions,
      readings: preconditionReadings,
      row: 'forudsaetninger',
    })),
  ]);

  it.each(rows.map((r) => [`${r.c.id}/${r.term}`, r] as const))(
    '%s: a reading rests on a verbatim sentence in the case text, under the section its link points to',
    (_, { c, term, mentions, readings, row }) => {
      const named = mentions.some((m) => m.caseId === c.id && m.term === term);
      const reading = readings.find((m) => m.caseId === c.id && m.term === term);
      expect(named || reading, 'hverken nævnt eller med en passage fra casen').toBeTruthy();
      const li = select(`.case-facts__marks[data-row="${row}"] li[data-term="${term}"]`, parsePage(`/cases/${c.id}/`));
      expect(li?.properties.dataBasis).toBe(named ? 'nævnt' : 'sitets-læsning');
      expect(textOf(li!)).toContain(named ? '(nævnt i case-samlingen)' : '(sitets læsning)');
      if (named || !reading) return;
      expect(fold(c.body)).toContain(fold(reading.passage));
      expect(SOURCE_FOLDED).toContain(fold(reading.passage));
      const page = readPage(`/cases/${c.id}/`);
      const href = decodeURIComponent(String(select('a', li!)?.properties.href));
      expect(href.startsWith(`/cases/${c.id}/#`), href).toBe(true);
      const anchor = href.split('#')[1]!;
      const start = page.indexOf(`id="${anchor}"`);
      expect(start, anchor).toBeGreaterThan(0);
      // A case text without headings links to the page's main content (#indhold) as a whole.
      // The section runs to the next heading of the text (a fact box's title is no section).
      const next = anchor === 'indhold' ? -1 : page.slice(start + 1).search(/<h[1-6](?![^>]*faktaboks__title)[\s>]/);
      const section = page.slice(start, next < 0 ? undefined : start + 1 + next);
      // Inline elements (glossary links) come out of the parser with a space before the next comma.
      const tight = (s: string) => fold(s).replace(/ ([,.;:])/g, '$1');
      expect(tight(visibleText(section))).toContain(fold(reading.passage));
    },
  );

  it('every listed reading belongs to a mark the case data carries and the chapters do not name', () => {
    for (const [readings, mentions, key] of [
      [needReadings, needMentions, 'needs'],
      [preconditionReadings, preconditionMentions, 'preconditions'],
    ] as const) {
      for (const r of readings) {
        const c = cases.find((x) => x.id === r.caseId);
        expect((c?.[key] as string[] | undefined)?.includes(r.term), `${r.caseId}/${r.term}`).toBe(true);
        expect(mentions.some((m) => m.caseId === r.caseId && m.term === r.term)).toBe(false);
      }
    }
  });
});
