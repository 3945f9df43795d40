/**
 * Danish word shapes shared by the search page and the build (scripts/pagefind.mjs imports this
 * file directly, so it has no imports and only erasable TypeScript): inflection endings, and
 * splitting a compound into known words. Danish writes compounds as one word
 * ("kontraktskabelon"), often with a linking s or e ("partnerskabs|evaluering").
 */

/** Inflection endings: a word with one of these is the same word as without it ("måler" → "mål"). */
export const INFLECTIONS: readonly string[] = [
  'erne',
  'ene',
  'ens',
  'ers',
  'ets',
  'ede',
  'ende',
  'ere',
  'en',
  'er',
  'et',
  'es',
  'ne',
  're',
  'te',
  'e',
  'r',
  's',
  't',
];

/** Whether `word` is `known` as it is or after taking off one inflection ending. */
export function knownInflected(word: string, known: (w: string) => boolean, minStem = 3): boolean {
  if (known(word)) return true;
  return INFLECTIONS.some(
    (end) => word.endsWith(end) && word.length - end.length >= minStem && known(word.slice(0, -end.length)),
  );
}

/**
 * The parts of a compound, each `known` (with its inflection on the last part), longest first
 * part first; null if the word does not split. Parts are at least `minPart` letters; a linking
 * s or e between parts is dropped.
 */
export function splitCompound(word: string, known: (w: string) => boolean, minPart = 4, depth = 3): string[] | null {
  if (depth === 0) return null;
  for (let i = word.length - minPart; i >= minPart; i--) {
    const rest = word.slice(i);
    const tail = knownInflected(rest, known, minPart) ? [rest] : splitCompound(rest, known, minPart, depth - 1);
    if (!tail) continue;
    for (const head of [word.slice(0, i), /[se]$/.test(word.slice(0, i)) ? word.slice(0, i - 1) : null]) {
      if (head && head.length >= minPart && known(head)) return [head, ...tail];
    }
  }
  return null;
}
