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
  definitionSubject,
  planQuery,
  queryWords,
} from '../../src/client/search/query';
import { DanishDictionary } from '../../src/client/search/dictionary';
import { synonymVariants as variants, synonymsFor as synonymsIn } from '../../src/client/search/synonyms';
import { load as loadYaml } from 'js-yaml';
import { encodeVocabulary, vocabularyWords } from '../../scripts/search-vocabulary.mjs';

const SYNONYMS = Object.fromEntries(
  Object.entries(
    loadYaml(readFileSync('src/content/synonymer/synonymer.yaml', 'utf8')) as Record<string, { searchFor: string[] }>,
  ).map(([k, v]) => [k, v.searchFor]),
);
const synonymsFor = (w: string) => synonymsIn(SYNONYMS, w);
const synonymVariants = (words: string[], max?: number) => variants(SYNONYMS, words, max);

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
  'kontrakt',
  'skabelon',
  'evaluering',
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
    const known = ['partnerskab', 'partnersk', 'Skibsfart', 'hjemløse', 'evaluerer', 'partnerskabsaftalerne', 'hjem'];
    for (const w of known) expect(vocab.correct(w), w).toBeNull();
    expect(vocab.has('måler')).toBe(true);
  });

  it('a word only the prefix fallback of Pagefind would match is not a match', () => {
    expect(vocab.has('blah')).toBe(false);
    expect(vocab.has('hje')).toBe(false);
    expect(vocab.has('hjemløsh')).toBe(true);
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
  const plain = { missing: [], split: [], definitionOf: null };
  it('drops stop words, corrects, and says what was typed', async () => {
    expect(await planQuery('hvordan groen skibsfart', vocab)).toEqual({
      words: ['grøn', 'skibsfart'],
      term: 'grøn skibsfart',
      original: 'groen skibsfart',
      ...plain,
    });
  });
  it('no correction: original is null; without a vocabulary the words are searched as typed', async () => {
    expect((await planQuery('grøn skibsfart', vocab)).original).toBeNull();
    expect(await planQuery('groen skibsfart')).toEqual({
      words: ['groen', 'skibsfart'],
      term: 'groen skibsfart',
      original: null,
      ...plain,
    });
  });
  it('a query of punctuation or emoji only has no words', async () => {
    expect((await planQuery('😀 !!', vocab)).words).toEqual([]);
  });
  it('splits an unknown compound into indexed words before any correction', async () => {
    const plan = await planQuery('kontraktskabelon', vocab);
    expect(plan.words).toEqual(['kontrakt', 'skabelon']);
    expect(plan.split).toEqual(['kontraktskabelon']);
    expect(plan.original).toBeNull();
  });
  it('never corrects a correctly spelled Danish word; it is missing instead', async () => {
    // Without the word list, "hjemme" (not on the site) would become the site's "hjem".
    expect((await planQuery('skibsfart hjemme', vocab)).words).toEqual(['skibsfart', 'hjem']);
    const danish = new DanishDictionary(['hjemme', 'hjem']);
    let fetched = 0;
    const opts = {
      danish: async () => {
        fetched++;
        return danish;
      },
    };
    const plan = await planQuery('skibsfart hjemme', vocab, opts);
    expect(plan.words).toEqual(['skibsfart']);
    expect(plan.missing).toEqual(['hjemme']);
    expect(plan.original).toBeNull();
    // A Danish compound and an inflection count as Danish too.
    expect(new DanishDictionary(['kontrakt', 'skabelon']).has('kontraktskabeloner')).toBe(true);
    expect(new DanishDictionary(['mål']).has('måler')).toBe(true);
    expect(new DanishDictionary(['fuld', 'korn']).has('fulkorn')).toBe(false);
    // Danish only as a compound of short words, and one letter from a word on the site: a typo.
    const loose = { danish: async () => new DanishDictionary(['skib', 'sfart']) };
    expect((await planQuery('skibsfarrt', vocab, loose)).words).toEqual(['skibsfart']);
    // The word list is only fetched when a word is not on the site.
    fetched = 0;
    await planQuery('grøn skibsfart', vocab, opts);
    expect(fetched).toBe(0);
  });
  it('nonsense no indexed word matches is missing, and nothing is searched', async () => {
    const plan = await planQuery('xyzzy qqqq', vocab, { danish: async () => new DanishDictionary([]) });
    expect(plan.words).toEqual([]);
    expect(plan.missing).toEqual(['xyzzy', 'qqqq']);
  });
  it('a word with a synonym is kept for the synonym searches', async () => {
    const plan = await planQuery('budgetter', vocab, { hasSynonym: (w) => synonymsFor(w).length > 0 });
    expect(plan.words).toEqual(['budgetter']);
  });
  it('"hvad er X" names X', async () => {
    expect(definitionSubject('Hvad er en driftsoverenskomst?')).toBe('driftsoverenskomst');
    expect(definitionSubject('hvad betyder OPP')).toBe('OPP');
    expect(definitionSubject('hvad menes med collective impact')).toBe('collective impact');
    expect(definitionSubject('hvad koster et partnerskab')).toBeNull();
    expect((await planQuery('hvad er et partnerskab', vocab)).definitionOf).toBe('partnerskab');
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
      .filter((f) => /\.(mdx|ya?ml)$/.test(f) && !f.startsWith('synonymer'))
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
