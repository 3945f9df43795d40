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

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (s: string) => /^[A-ZÆØÅ0-9]{2,}$/.test(s);

export interface TermMatcher {
  exec(text: string): { index: number; match: string } | null;
}

function alternation(forms: string[], flags: string): RegExp | null {
  if (!forms.length) return null;
  const body = forms
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRegExp(f).replace(/\s+/g, '\\s+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

/** Acronym forms match in capitals only, the other forms in any case; the earliest match wins. */
export function termPattern(spec: TermSpec): TermMatcher {
  const forms = [spec.term, ...(spec.aliases ?? [])];
  const regexes = [
    alternation(forms.filter(isAcronym), 'u'),
    alternation(
      forms.filter((f) => !isAcronym(f)),
      'iu',
    ),
  ].filter((r): r is RegExp => r !== null);
  return {
    exec(text) {
      let best: { index: number; match: string } | null = null;
      for (const r of regexes) {
        const m = r.exec(text);
        if (m && (!best || m.index < best.index)) best = { index: m.index, match: m[0] };
      }
      return best;
    },
  };
}

/** The first occurrence of the term in the text, or null. */
export function findTerm(
  text: string,
  spec: TermSpec,
  pattern: TermMatcher = termPattern(spec),
): { index: number; match: string } | null {
  return pattern.exec(text);
}

/** Markdown/MDX source reduced to its running text (no frontmatter, tags, link targets or headings' markup). */
export function plainText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>[\]]/g, ' ');
}

const TERM_LINK = /<a href="\/ordliste\/#([^"]+)" class="term">([\s\S]*?)<\/a>/g;

/**
 * A page built from several Markdown entries (a guide phase) gets a term link
 * from each entry: keep the first per term and unwrap the rest to plain text.
 */
export function keepFirstTermLinks(html: string): string {
  const seen = new Set<string>();
  return html.replace(TERM_LINK, (link, id: string, text: string) => {
    if (seen.has(id)) return text;
    seen.add(id);
    return link;
  });
}
