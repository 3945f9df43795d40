/**
 * Query understanding before Pagefind (DOM-free, unit-tested in
 * tests/unit/search-query.test.ts): Danish stop and question words dropped,
 * æ/ø/å folded, and a word the index does not hold corrected to the nearest
 * word it does, from the vocabulary scripts/pagefind.mjs writes at build time.
 *
 * Why correct at all: Pagefind matches a query word as a prefix, and a word no
 * indexed word starts with silently matches the longest indexed word that the
 * query word starts with ("hjemloese" → "hjem"), so a typo gives confident,
 * wrong results rather than none.
 */

import { knownInflected, splitCompound } from './compound';
import { dropStopWords, editDistance, fold, queryWords } from './text';

export { STOP_WORDS, decodeVocabulary, dropStopWords, editDistance, fold, queryWords } from './text';

/** Shortest word that is corrected (shorter words are too often right and too easily confused). */
const MIN_CORRECT_LENGTH = 4;

export class Vocabulary {
  readonly words: readonly string[];
  private readonly folded: string[];
  private readonly byFold = new Map<string, string>();

  constructor(words: readonly string[]) {
    this.words = [...words].sort();
    this.folded = this.words.map(fold);
    this.folded.forEach((f, i) => {
      if (!this.byFold.has(f)) this.byFold.set(f, this.words[i]!);
    });
  }

  /**
   * Whether the word matches a whole indexed word: as it is, inflected ("evaluerer" of
   * "evaluere", "måler" of "mål"), or as the start of a longer indexed word of at least 5
   * letters typed ("partnerskabsaft"). Pagefind would also match a word by the start of it
   * ("blah" by "bl.a."); that is not a match here.
   */
  has(word: string): boolean {
    const w = word.toLowerCase().normalize('NFC');
    if (w.length >= 5 && this.words[lowerBound(this.words, w)]?.startsWith(w)) return true;
    return knownInflected(w, (x) => this.words[lowerBound(this.words, x)] === x);
  }

  /** The indexed word that is this word with æ/ø/å typed as ae/oe/aa ("groen" → "grøn"), else null. */
  sameFolded(word: string): string | null {
    const same = this.byFold.get(fold(word));
    return same && same !== word.toLowerCase() ? same : null;
  }

  /** The word's known parts if it is a compound of indexed words ("kontraktskabelon"), else null. */
  split(word: string): string[] | null {
    const w = word.toLowerCase().normalize('NFC');
    return splitCompound(w, (x) => this.words[lowerBound(this.words, x)] === x, 3);
  }

  /**
   * The indexed word nearest to an unknown word: the same word with æ/ø/å, else
   * the nearest by edit distance after folding (1 for words up to 5 letters, 2 for
   * longer ones); ties go to the word closest in length, then alphabetically.
   * Null for a known word, a short word, a word with digits, or no word near enough.
   */
  correct(word: string, maxDistance = 2): string | null {
    if (word.length < MIN_CORRECT_LENGTH || /[\p{N}_-]/u.test(word) || this.has(word)) return null;
    const f = fold(word);
    const same = this.byFold.get(f);
    if (same) return same;
    const max = Math.min(maxDistance, f.length <= 5 ? 1 : 2);
    let best: { word: string; d: number; len: number } | null = null;
    this.folded.forEach((candidate, i) => {
      const d = editDistance(f, candidate, max);
      if (d > max) return;
      const len = Math.abs(candidate.length - f.length);
      if (!best || d < best.d || (d === best.d && len < best.len)) best = { word: this.words[i]!, d, len };
    });
    return (best as { word: string } | null)?.word ?? null;
  }
}

function lowerBound(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A Danish word list (./dictionary.ts): "word" for a word it holds (or an inflection of one),
 * "compound" for a word that only splits into words it holds, else null.
 */
export interface DanishWords {
  kind(word: string): 'word' | 'compound' | null;
}

export interface QueryPlan {
  /** The words searched for, after stop words, compounds split and corrections. */
  words: string[];
  /** The searched words as one query ("grøn skibsfart"). */
  term: string;
  /** The query as typed (minus stop words) when a word was corrected, else null. */
  original: string | null;
  /** Words as typed that no page names (searched without them, or nothing is searched). */
  missing: string[];
  /** Compounds no page names, searched as their parts ("kontraktskabelon" → kontrakt skabelon). */
  split: string[];
  /** "hvad er X": X, whose glossary entry goes first. */
  definitionOf: string | null;
}

const QUESTION = /^hva(?:d|ad)\s+(?:er|betyder|betyde|menes\s+der\s+med|menes\s+med|vil\s+det\s+sige)\s+(.+)$/iu;
const ARTICLE = /^(?:en|et|ordet|begrebet|udtrykket|forkortelsen)\s+/iu;

/** X of "hvad er (en) X?", "hvad betyder X", "hvad menes med X", else null. */
export function definitionSubject(term: string): string | null {
  const m = QUESTION.exec(term.trim());
  if (!m) return null;
  const x = m[1]!
    .replace(ARTICLE, '')
    .replace(/[?.!]+$/u, '')
    .trim();
  return x || null;
}

/**
 * What to search for. Each word, in turn: a word the index holds is kept; one with a
 * synonym is kept (the synonym searches carry it); æ/ø/å typed as ae/oe/aa is restored; a
 * compound of indexed words is split into them; a correctly spelled Danish word (the word
 * list, fetched only now) is never corrected and counts as missing; anything else is
 * corrected to the nearest indexed word, or is missing.
 */
export async function planQuery(
  term: string,
  vocabulary?: Vocabulary,
  opts: { hasSynonym?: (w: string) => boolean; danish?: () => Promise<DanishWords | undefined> } = {},
): Promise<QueryPlan> {
  const definitionOf = definitionSubject(term);
  const words = dropStopWords(queryWords(definitionOf ?? term));
  const searched: string[] = [];
  const missing: string[] = [];
  const split: string[] = [];
  let changed = false;
  for (const w of words) {
    if (!vocabulary || /[\p{N}_-]/u.test(w) || vocabulary.has(w) || opts.hasSynonym?.(w)) {
      searched.push(w);
      continue;
    }
    const same = vocabulary.sameFolded(w);
    if (same) {
      searched.push(same);
      changed = true;
      continue;
    }
    const parts = vocabulary.split(w);
    if (parts) {
      searched.push(...parts);
      split.push(w);
      continue;
    }
    // A Danish word is never corrected. A word that is Danish only as a compound of short words
    // ("finans|e|ring") may still be a typo one letter from a word on the site ("finansiering").
    const danish = await danishKind(w, opts.danish);
    const fixed = danish === 'word' ? null : vocabulary.correct(w, danish === 'compound' ? 1 : 2);
    if (fixed) {
      searched.push(fixed);
      changed = true;
    } else missing.push(w);
  }
  return {
    words: searched,
    term: searched.join(' '),
    original: changed ? words.join(' ') : null,
    missing,
    split,
    definitionOf,
  };
}

async function danishKind(word: string, danish?: () => Promise<DanishWords | undefined>) {
  if (!danish || word.length < MIN_CORRECT_LENGTH) return null;
  return (await danish())?.kind(word.toLowerCase()) ?? null;
}

export interface Scored {
  id: string;
  score: number;
}
export interface WeightedResults<T extends Scored> {
  results: readonly T[];
  weight: number;
}

/**
 * One result list from several Pagefind searches. `whole`: searches for the
 * whole query (as typed, and with synonyms), a page scoring its best weighted
 * score. `perWord`: for each query word, its searches (a fallback when few pages
 * hold every word): a page found there but not by `whole` ranks after every
 * page that was, by how many words it holds, then by its summed scores. Each
 * page keeps the result object of its best-scoring search (its excerpt marks
 * that search's words).
 */
export function mergeResults<T extends Scored>(
  whole: readonly WeightedResults<T>[],
  perWord: readonly (readonly WeightedResults<T>[])[] = [],
): T[] {
  const best = new Map<string, { result: T; score: number }>();
  for (const { results, weight } of whole) {
    for (const r of results) {
      const s = r.score * weight;
      const seen = best.get(r.id);
      if (!seen || s > seen.score) best.set(r.id, { result: r, score: s });
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score).map((x) => x.result);
  const partial = new Map<string, { result: T; top: number; words: number; score: number }>();
  for (const lists of perWord) {
    const forWord = new Map<string, { result: T; score: number }>();
    for (const { results, weight } of lists) {
      for (const r of results) {
        if (best.has(r.id)) continue;
        const s = r.score * weight;
        const seen = forWord.get(r.id);
        if (!seen || s > seen.score) forWord.set(r.id, { result: r, score: s });
      }
    }
    for (const [id, { result, score }] of forWord) {
      const p = partial.get(id) ?? { result, top: score, words: 0, score: 0 };
      if (score > p.top) Object.assign(p, { result, top: score });
      p.words++;
      p.score += score;
      partial.set(id, p);
    }
  }
  const rest = [...partial.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((x) => x.result);
  return ranked.concat(rest);
}
