/**
 * Search synonyms: words civil servants use for what the content covers in other words. The
 * map is editorial data (src/content/synonymer/synonymer.yaml, each entry with its reason),
 * handed to the script by SearchPage.astro: folded word (æ → ae, ø → oe, å → aa; matched as
 * the start of a query word, so inflections count) → words the content itself uses. A synonym
 * only widens the search to text that is already on the site.
 */
import { fold } from './query';

export type SynonymMap = Readonly<Record<string, readonly string[]>>;

/** At most this many letters after a synonym key still count as its inflection ("konflikter"). */
const MAX_SUFFIX = 4;

/** The content's words for one query word (none if the map has no entry). */
export function synonymsFor(map: SynonymMap, word: string): readonly string[] {
  const f = fold(word);
  for (const [key, words] of Object.entries(map)) {
    if (f.startsWith(key) && f.length - key.length <= MAX_SUFFIX) return words;
  }
  return [];
}

/**
 * Alternative queries: the query with one word replaced by one of its synonyms,
 * at most `max` of them, in the order of the words and the map.
 */
export function synonymVariants(map: SynonymMap, words: readonly string[], max = 4): string[][] {
  const out: string[][] = [];
  words.forEach((w, i) => {
    for (const s of synonymsFor(map, w)) {
      if (out.length < max) out.push(words.map((x, j) => (j === i ? s : x)));
    }
  });
  return out;
}
