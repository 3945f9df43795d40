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

/** Words that say nothing about what is sought: Danish function words and question words. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'ad af al alle alt anden andet andre at bare blev blive bliver bør da dag de dem den denne dens der deres det dette dig din dine disse dit ' +
    'dog du eller en end er et få får for fra gør gøre han hans har have havde hende hendes her hos hun hvad hvem hver hvilke hvilken hvilket ' +
    'hvis hvor hvordan hvorfor hvorledes hvornår i ikke ind jeg jer jo kan kunne man mange med meget men mig min mine mit mod må noget nogen ' +
    'nogle nu når og også om op os på sig sin sine sit skal skulle som sådan til ud vi vil ville vor være været'
  ).split(' '),
);

/** Shortest word that is corrected (shorter words are too often right and too easily confused). */
const MIN_CORRECT_LENGTH = 4;

/** Lower case, NFC, and the Danish letters as they are typed without them: æ → ae, ø → oe, å → aa. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFC')
    .replace(/[æä]/g, 'ae')
    .replace(/[øö]/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The words of a query, in order (whitespace-separated; punctuation around a word dropped). */
export function queryWords(term: string): string[] {
  return term
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** The query without stop words, or unchanged if nothing else would be left. */
export function dropStopWords(words: readonly string[]): string[] {
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  return kept.length ? kept : [...words];
}

/** The vocabulary file (scripts/search-vocabulary.mjs): sorted, front-coded words. */
export function decodeVocabulary(text: string): string[] {
  const words: string[] = [];
  let prev = '';
  for (const line of text.split('\n')) {
    if (!line) continue;
    const shared = parseInt(line[0]!, 36);
    if (Number.isNaN(shared)) continue;
    prev = prev.slice(0, shared) + line.slice(1);
    words.push(prev);
  }
  return words;
}

/** Optimal string alignment distance (a swap of two neighbours counts 1), or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

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
   * Whether Pagefind will match the word as typed: an indexed word starts with it,
   * or it is an indexed word with up to two more letters (an inflection such as
   * "evaluerer" of "evaluere"; Pagefind's stemming takes care of those).
   */
  has(word: string): boolean {
    const w = word.toLowerCase().normalize('NFC');
    const i = lowerBound(this.words, w);
    if (this.words[i]?.startsWith(w)) return true;
    for (let cut = 1; cut <= 2 && w.length - cut >= MIN_CORRECT_LENGTH; cut++) {
      const stem = w.slice(0, -cut);
      if (this.words[lowerBound(this.words, stem)] === stem) return true;
    }
    return false;
  }

  /**
   * The indexed word nearest to an unknown word: the same word with æ/ø/å, else
   * the nearest by edit distance after folding (1 for words up to 5 letters, 2 for
   * longer ones); ties go to the word closest in length, then alphabetically.
   * Null for a known word, a short word, a word with digits, or no word near enough.
   */
  correct(word: string): string | null {
    if (word.length < MIN_CORRECT_LENGTH || /[\p{N}_-]/u.test(word) || this.has(word)) return null;
    const f = fold(word);
    const same = this.byFold.get(f);
    if (same) return same;
    const max = f.length <= 5 ? 1 : 2;
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

export interface QueryPlan {
  /** The words searched for, after stop words and correction. */
  words: string[];
  /** The searched words as one query ("grøn skibsfart"). */
  term: string;
  /** The query as typed (minus stop words) when a word was corrected, else null. */
  original: string | null;
}

/** What to search for: stop words dropped, unknown words corrected (without a vocabulary: as typed). */
export function planQuery(term: string, vocabulary?: Vocabulary): QueryPlan {
  const words = dropStopWords(queryWords(term));
  let changed = false;
  const searched = words.map((w) => {
    const fixed = vocabulary?.correct(w);
    if (fixed && fixed !== w.toLowerCase()) {
      changed = true;
      return fixed;
    }
    return w;
  });
  return { words: searched, term: searched.join(' '), original: changed ? words.join(' ') : null };
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
