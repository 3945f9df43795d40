import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  Vocabulary,
  decodeVocabulary,
  dropStopWords,
  editDistance,
  fold,
  mergeResults,
  planQuery,
  queryWords,
} from '../../src/client/search-query';
import { SYNONYMS, synonymVariants, synonymsFor } from '../../src/client/search-synonyms';
import { encodeVocabulary, vocabularyWords } from '../../scripts/search-vocabulary.mjs';

const vocab = new Vocabulary([
  'forudsætninger',
  'forudsætning',
  'grøn',
  'grønne',
  'skibsfart',
  'hjem',
  'hjemløse',
  'hjemløshed',
  'satspulje',
  'partnerskab',
  'partnerskabsaftale',
  'partnerskabsaftaler',
  'evaluere',
  'indkøb',
  'mål',
  'målene',
  'fuldkorn',
  'fuldkornspartnerskabet',
]);

describe('stop words', () => {
  it('drops Danish function and question words', () => {
    expect(dropStopWords(queryWords('hvordan skriver man en aftale'))).toEqual(['skriver', 'aftale']);
    expect(dropStopWords(queryWords('Hvad koster et partnerskab?'))).toEqual(['koster', 'partnerskab']);
    expect(dropStopWords(queryWords('hvilke cases har en styregruppe'))).toEqual(['cases', 'styregruppe']);
  });

  it('never drops every word', () => {
    expect(dropStopWords(['hvad', 'er', 'det'])).toEqual(['hvad', 'er', 'det']);
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1 }), (words) => dropStopWords(words).length > 0),
    );
  });

  it('keeps the phase words (før, under, efter are what the guide is organised by)', () => {
    expect(dropStopWords(['evaluering', 'efter'])).toEqual(['evaluering', 'efter']);
  });
});

describe('folding', () => {
  it('æ/ø/å as typed without them, case and accents ignored', () => {
    expect(fold('Forudsætninger')).toBe('forudsaetninger');
    expect(fold('GRØN')).toBe('groen');
    expect(fold('Målene')).toBe('maalene');
    expect(fold('café')).toBe('cafe');
  });
});

describe('the vocabulary file', () => {
  it('round-trips through the build script encoding', () => {
    const words = vocabularyWords(
      'Grøn skibsfart: 2014, partnerskab og partnerskabsaftaler; i og på. Fuldkornspartnerskabet!',
    );
    expect([...words].sort()).toEqual([
      'fuldkornspartnerskabet',
      'grøn',
      'partnerskab',
      'partnerskabsaftaler',
      'skibsfart',
    ]);
    expect(decodeVocabulary(encodeVocabulary(words))).toEqual([...words].sort());
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zæøå]{1,60}$/)), (ws) => {
        expect(decodeVocabulary(encodeVocabulary(ws))).toEqual([...new Set(ws)].sort());
      }),
    );
  });
});

describe('correction', () => {
  it('never corrects a word the index matches (a prefix of an indexed word, or an inflection of one)', () => {
    for (const w of ['partnerskab', 'partnersk', 'Skibsfart', 'hjemløse', 'evaluerer', 'partnerskabsaftalerne', 'hjem'])
      expect(vocab.correct(w), w).toBeNull();
  });

  it('puts æ, ø and å back', () => {
    expect(vocab.correct('forudsaetninger')).toBe('forudsætninger');
    expect(vocab.correct('groen')).toBe('grøn');
    expect(vocab.correct('hjemloese')).toBe('hjemløse');
    expect(vocab.correct('indkob')).toBe('indkøb');
    expect(vocab.correct('maal')).toBe('mål');
  });

  it('corrects typos within edit distance 2 (1 for short words)', () => {
    expect(vocab.correct('satpulje')).toBe('satspulje');
    expect(vocab.correct('partnerskap')).toBe('partnerskab');
    expect(vocab.correct('fuldkon')).toBe('fuldkorn');
    expect(vocab.correct('skibsfrat')).toBe('skibsfart');
    expect(vocab.correct('xqzwvyk')).toBeNull();
    expect(vocab.correct('fulk')).toBeNull();
  });

  it('leaves short words, numbers and hyphenated words alone', () => {
    expect(vocab.correct('grn')).toBeNull();
    expect(vocab.correct('2014')).toBeNull();
    expect(vocab.correct('offentlig-privat')).toBeNull();
  });

  it('edit distance counts a swap of neighbours as one and stops above the limit', () => {
    expect(editDistance('skibsfart', 'skibsfrat', 2)).toBe(1);
    expect(editDistance('kat', 'kat', 2)).toBe(0);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });
});

describe('planQuery', () => {
  it('drops stop words, corrects, and says what was typed', () => {
    expect(planQuery('hvad er groen skibsfart', vocab)).toEqual({
      words: ['grøn', 'skibsfart'],
      term: 'grøn skibsfart',
      original: 'groen skibsfart',
    });
  });
  it('no correction: original is null; without a vocabulary the words are searched as typed', () => {
    expect(planQuery('grøn skibsfart', vocab).original).toBeNull();
    expect(planQuery('groen skibsfart')).toEqual({
      words: ['groen', 'skibsfart'],
      term: 'groen skibsfart',
      original: null,
    });
  });
  it('a query of punctuation or emoji only has no words', () => {
    expect(planQuery('😀 !!', vocab).words).toEqual([]);
  });
});

describe('synonyms', () => {
  it('maps a word and its inflections, folded, to the words the content uses', () => {
    expect(synonymsFor('økonomi')).toContain('finansiering');
    expect(synonymsFor('Økonomien')).toContain('finansiering');
    expect(synonymsFor('oekonomi')).toContain('finansiering');
    expect(synonymsFor('resultatmåling')).toContain('evaluering');
    expect(synonymsFor('aftalegrundlag')).toContain('partnerskabsaftale');
    expect(synonymsFor('partnerskab')).toEqual([]);
  });

  it('variants replace one word at a time, capped', () => {
    expect(synonymVariants(['økonomi', 'partnerskab'])).toEqual([
      ['finansiering', 'partnerskab'],
      ['bevillinger', 'partnerskab'],
    ]);
    expect(synonymVariants(['økonomi', 'konflikt', 'budget'], 3)).toHaveLength(3);
  });

  it('every key is folded and every synonym is a plain word', () => {
    for (const [key, words] of Object.entries(SYNONYMS)) {
      expect(fold(key)).toBe(key);
      for (const w of words) expect(w).toMatch(/^[a-zæøå]+$/);
    }
  });

  it('every synonym is a word the content itself uses, not only one of its search words', () => {
    // The content's text without its `keywords:` blocks (search words are not the content's words).
    const text = readdirSync('src/content', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(mdx|ya?ml)$/.test(f))
      .map((f) => readFileSync(join('src/content', f), 'utf8').replace(/^keywords:\n(?: {2}- .*\n)+/gm, ''))
      .join('\n')
      .toLowerCase();
    for (const words of Object.values(SYNONYMS)) {
      for (const w of words) expect(text, w).toContain(w);
    }
  });
});

describe('mergeResults', () => {
  const r = (id: string, score: number) => ({ id, score });
  it('whole-query pages by best weighted score, then pages with some words by count and sum', () => {
    const merged = mergeResults(
      [
        { weight: 1, results: [r('a', 2), r('b', 1)] },
        { weight: 0.5, results: [r('c', 6), r('a', 10)] },
      ],
      [[{ weight: 0.5, results: [r('d', 1), r('e', 9), r('a', 100)] }], [{ weight: 0.5, results: [r('d', 1)] }]],
    );
    expect(merged.map((x) => x.id)).toEqual(['a', 'c', 'b', 'd', 'e']);
    // a keeps the result object of its best search (score 10 at weight 0.5 = 5 > 2).
    expect(merged[0]!.score).toBe(10);
  });
});
