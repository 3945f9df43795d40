/**
 * Klarsprog on the pages the site writes in its own words about itself and its terms: the glossary,
 * /om/ and the accessibility statement. Sentences are measured as in the guide (tests/unit/klarsprog.ts):
 * quotations from the sources (» … «) count as one word. Also: no technical words in front of users.
 */
import type { Element } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { sentencesOf, wordCount } from '../unit/klarsprog';
import { pagePaths, parsePage, requireDist, select, selectAll } from './dist';

requireDist();
const MAX_WORDS = 30;
/** At most this many sentences over MAX_WORDS on the three pages together. */
const MAX_LONG = 2;
const PAGES = ['/ordliste/', '/om/', '/tilgaengelighed/'];

/** Text blocks of a page's main content: paragraphs, list items without nested lists, and definitions. */
function blocks(path: string): string[] {
  const main = select('main', parsePage(path)) as Element;
  return selectAll('p, li, dd', main)
    .filter((el) => !el.children.some((c) => c.type === 'element' && select('p, ul, ol', c)))
    .map((el) => hastText(el).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function longSentences(paths: readonly string[]): { path: string; words: number; sentence: string }[] {
  return paths.flatMap((path) =>
    blocks(path)
      .flatMap((b) => sentencesOf(b))
      .map((sentence) => ({ path, sentence, words: wordCount(sentence) }))
      .filter((s) => s.words > MAX_WORDS),
  );
}

describe('sentences on the glossary, /om/ and /tilgaengelighed/', () => {
  it(`have at most ${MAX_LONG} sentences over ${MAX_WORDS} words together`, () => {
    const long = longSentences(PAGES);
    console.log(
      `Over ${MAX_WORDS} ord: ${long.length}\n` +
        long.map((s) => `${s.path} ${s.words}: ${s.sentence.slice(0, 90)}`).join('\n'),
    );
    expect(long.length).toBeLessThanOrEqual(MAX_LONG);
  });
});

describe('technical words in front of users', () => {
  // The checklist bar and its messages (src/components/checklist, src/client) are reworded separately;
  // these are the pages the site's own text is written for.
  const pages = pagePaths().filter((p) => !p.startsWith('/procesguide/'));
  it.each(pages)('%s names no file format, storage key or server', (path) => {
    const main = select('main', parsePage(path)) as Element;
    const text = hastText(main);
    expect(text).not.toMatch(/\b(JSON|Markdown|localStorage|punkt-id|versionsnummer|server)\b/i);
  });
});
