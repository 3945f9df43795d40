/**
 * The words of a query and of the vocabulary file, without the index (DOM-free, unit-tested in
 * tests/unit/search-query.test.ts): stop words, folding æ/ø/å, splitting a query into words,
 * the front-coded file format, and edit distance.
 */

/** Words that say nothing about what is sought: Danish function words and question words. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'ad af al alle alt anden andet andre at bare blev blive bliver bør da dag de dem den denne dens der deres ' +
    'det dette dig din dine disse dit dog du eller en end er et få får for fra gør gøre han hans har have havde ' +
    'hende hendes her hos hun hvad hvem hver hvilke hvilken hvilket hvis hvor hvordan hvorfor hvorledes hvornår ' +
    'i ikke ind jeg jer jo kan kunne man mange med meget men mig min mine mit mod må noget nogen nogle nu når ' +
    'og også om op os på sig sin sine sit skal skulle som sådan til ud vi vil ville vor være været'
  ).split(' '),
);

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
