/**
 * Finding glossary terms in text, shared by the remark plugin that links a
 * term's first occurrence on a page (./remark-glossary) and the glossary page's
 * "Bruges i" lists, so both agree on what counts as a use.
 *
 * A term matches as a whole word (letters and digits, æøå included, on neither
 * side), in its own spelling or any alias. Acronyms (OPS, ACT …) match only in
 * capitals; other terms ignore case.
 */
export interface TermSpec {
  id: string;
  term: string;
  aliases?: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (s: string) => /^[A-ZÆØÅ0-9]{2,}$/.test(s);

export function termPattern(spec: TermSpec): RegExp {
  const forms = [spec.term, ...(spec.aliases ?? [])].sort((a, b) => b.length - a.length);
  const caseSensitive = forms.every(isAcronym);
  const body = forms.map((f) => escape(f).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
}

/** The first occurrence of the term in the text, or null. */
export function findTerm(text: string, spec: TermSpec, pattern = termPattern(spec)): { index: number; match: string } | null {
  const m = pattern.exec(text);
  return m ? { index: m.index, match: m[0] } : null;
}

/** Markdown/MDX source reduced to its running text (no frontmatter, tags, link targets or headings' markup). */
export function plainText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>[\]]/g, ' ');
}
