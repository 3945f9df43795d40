// The search vocabulary: every word the Pagefind index holds, written at build
// time by scripts/pagefind.mjs from the indexed text (Pagefind's own fragments,
// so exactly what is searchable) and read by src/client/search/query.ts to tell
// a word that is in the index from one that is not, and to correct the latter.
//
// Format (then gzip-compressed, so the size is the same with or without host
// compression): the words sorted, one a line, front-coded: each line starts with
// one base-36 digit, how many leading characters it shares with the line above
// (at most 35), followed by the rest of the word.

/** The words of a text as the vocabulary holds them: lower-case letter/digit runs of 3+ characters, no bare numbers. */
export function vocabularyWords(text) {
  const out = new Set();
  for (const w of text
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length >= 3 && !/^\p{N}+$/u.test(w)) out.add(w);
  }
  return out;
}

/** Sorted, front-coded text for a set of words. */
export function encodeVocabulary(words) {
  const sorted = [...new Set(words)].filter((w) => w && !w.includes('\n')).sort();
  let prev = '';
  const lines = sorted.map((w) => {
    let i = 0;
    while (i < 35 && i < prev.length && prev[i] === w[i]) i++;
    prev = w;
    return i.toString(36) + w.slice(i);
  });
  return lines.join('\n');
}
