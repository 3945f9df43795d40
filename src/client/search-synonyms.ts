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
  // Procesguiden, Før: »Afklar finansieringen« (»formål og økonomi« in »Skriv aftalen ned«); also its keyword.
  oekonomi: ['finansiering', 'bevillinger'],
  // »Afklar finansieringen«: who pays for what (deltagerbidrag, bevillinger); also its keyword.
  budget: ['finansiering', 'bevillinger'],
  // »hvad koster …«: »Afklar finansieringen« is the step about what a partnership costs whom.
  koster: ['finansiering'],
  // As »koster«: the costs of a partnership are covered by »Afklar finansieringen«.
  omkostning: ['finansiering'],
  // As »koster«: expenses are who pays for what in »Afklar finansieringen«.
  udgift: ['finansiering'],
  // Efter: »Evaluér resultaterne«; Under: »Følg op på målene, og dokumentér resultaterne« (keyword on both).
  resultatmaaling: ['evaluering', 'dokumentation'],
  // Efter: »Evaluér resultaterne« (»undersøgelse af effekten«); keyword there.
  effektmaaling: ['evaluering', 'effekt'],
  // Før: »Skriv aftalen ned«; the glossary's Partnerskabsaftale and Samarbejdsaftale; keyword on the step.
  aftalegrundlag: ['partnerskabsaftale', 'samarbejdsaftale'],
  // As »aftalegrundlag«; »kontrakter« is the content's own word in »Justér undervejs …«.
  kontraktgrundlag: ['partnerskabsaftale', 'kontrakt'],
  // Under: »Skab tillid, og giv plads til uenighed«; keyword there.
  konflikt: ['uenighed'],
  // As »konflikt«: disagreement is »uenighed« on that step; keyword there (»uoverensstemmelser«).
  uoverensstemmelse: ['uenighed'],
  // Efter: »Beslut, om partnerskabet skal fortsætte, fornyes eller afsluttes«; keyword there.
  afslutning: ['afsluttes'],
  // As »afslutning«: ending the partnership is »afsluttes« on that step; keyword there (»ophør«).
  ophoer: ['afsluttes'],
  // The KORA report on OPS (»offentlig-privat samspil«) and the glossary's OPS.
  samarbejde: ['samspil'],
  // Under: »Organisér samarbejdet« (styregruppe, sekretariat); keyword there.
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
