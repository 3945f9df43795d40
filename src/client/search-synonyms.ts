/**
 * Words civil servants use for what the content covers in other words. Each
 * entry maps a word (folded: æ → ae, ø → oe, å → aa; matched as the start of a
 * query word, so inflections count) to words the content itself uses; the
 * comment names the pages it leads to. Facts are never added: a synonym only
 * widens the search to text that is already on the site. Glossary aliases and
 * content keywords are indexed on their pages instead (the `keywords` field).
 */
import { fold } from './search-query';

export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // Procesguiden, Før: »Afklar finansieringen« (deltagerbidrag, bevillinger, medfinansiering);
  // the cases I sikre hænder and Sundere liv for alle (bevilling, midler).
  oekonomi: ['finansiering', 'bevillinger'],
  budget: ['finansiering', 'bevillinger'],
  koster: ['finansiering'],
  omkostning: ['finansiering'],
  udgift: ['finansiering'],
  // Procesguiden, Efter: »Evaluér resultaterne«; Under: »Følg op på målene, og dokumentér resultaterne«.
  resultatmaaling: ['evaluering', 'dokumentation'],
  effektmaaling: ['evaluering', 'effekt'],
  // Procesguiden, Før: »Skriv aftalen ned«; the glossary's Partnerskabsaftale and Samarbejdsaftale.
  aftalegrundlag: ['partnerskabsaftale', 'samarbejdsaftale'],
  kontraktgrundlag: ['partnerskabsaftale', 'kontrakt'],
  // Procesguiden, Under: »Byg tillid og giv plads til uenighed«.
  konflikt: ['uenighed'],
  uoverensstemmelse: ['uenighed'],
  // Procesguiden, Efter: »Beslut, om partnerskabet skal fortsætte, fornyes eller afsluttes«.
  afslutning: ['afsluttes'],
  ophoer: ['afsluttes'],
  // The KORA report on OPS (»offentlig-privat samspil«) and the glossary's OPS.
  samarbejde: ['samspil'],
  // Procesguiden, Under: »Organisér samarbejdet« (styregruppe, sekretariat).
  governance: ['organisering', 'styregruppe'],
};

/** At most this many letters after a synonym key still count as its inflection ("konflikter"). */
const MAX_SUFFIX = 4;

/** The content's words for one query word (none if the map has no entry). */
export function synonymsFor(word: string): readonly string[] {
  const f = fold(word);
  for (const [key, words] of Object.entries(SYNONYMS)) {
    if (f.startsWith(key) && f.length - key.length <= MAX_SUFFIX) return words;
  }
  return [];
}

/**
 * Alternative queries: the query with one word replaced by one of its synonyms,
 * at most `max` of them, in the order of the words and the map.
 */
export function synonymVariants(words: readonly string[], max = 4): string[][] {
  const out: string[][] = [];
  words.forEach((w, i) => {
    for (const s of synonymsFor(w)) {
      if (out.length < max) out.push(words.map((x, j) => (j === i ? s : x)));
    }
  });
  return out;
}
