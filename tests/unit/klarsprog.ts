/** Sentence splitting for the klarsprog tests: Danish prose in MDX, quotations left out. */

/** Removes MDX/Markdown syntax that is not prose: links keep their text, components their content. */
function prose(mdx: string): string {
  return mdx
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\((?:[^()]*)\)/g, (m) => (/[A-ZÆØÅ]{2,}|\d{4}/.test(m) ? '' : m));
}

/**
 * The sentences of a text outside quotations. Paragraphs and list items end a
 * sentence; a quotation (» … « or " … ") counts as one word of the sentence it stands in.
 */
export function sentencesOf(mdx: string): string[] {
  const text = prose(mdx).replace(/»[^«]*«|"[^"]*"|“[^”]*”/g, 'CITAT');
  return text
    .split(/\n\s*\n|\n\s*[-*] |\n(?=\s*\d+\. )/)
    .flatMap((block) => block.replace(/^\s*[-*]\s+/, '').split(/(?<=[.!?:])\s+(?=[A-ZÆØÅ»"])/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => wordCount(s) > 0);
}

export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}
