/**
 * One apostrophe (docs/decisions/0040-tal-datoer-apostroffer.md): the site writes the straight one (KL's);
 * a curly ’ or ‘ on a page is there only because a source has it in that very word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagePaths, parsePage, textOf } from './dist';

const sources = readdirSync('sources')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join('sources', f), 'utf8'))
  .join('\n');

describe('apostrophes', () => {
  it('a curly one appears only in a word the sources write with it', () => {
    const foreign: string[] = [];
    for (const path of pagePaths()) {
      const text = textOf(parsePage(path));
      for (const [word] of text.matchAll(/[\p{L}\d]*[’‘][\p{L}\d]*/gu))
        if (!sources.includes(word)) foreign.push(`${path}: ${word}`);
    }
    expect(foreign).toEqual([]);
  });
});
