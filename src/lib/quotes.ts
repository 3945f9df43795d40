/**
 * The "Kort sagt" quotes of an MDX body as data. The quotes are written once,
 * in place in the text (<KortSagt name="…" role="…">…</KortSagt>); this derives
 * the structured list from that, so the two can never disagree.
 */
export interface Quote {
  name: string;
  role?: string;
  text: string;
}

const QUOTE = /<KortSagt\s+([^>]*)>([\s\S]*?)<\/KortSagt>/g;
const ATTR = /(\w+)="([^"]*)"/g;

export function extractQuotes(body: string): Quote[] {
  const quotes: Quote[] = [];
  for (const match of body.matchAll(QUOTE)) {
    const attrs = Object.fromEntries(Array.from(match[1]!.matchAll(ATTR), (a) => [a[1]!, a[2]!]));
    if (!attrs.name) throw new Error(`<KortSagt> uden name: ${match[0].slice(0, 80)}`);
    const text = match[2]!.replace(/\s+/g, ' ').trim();
    quotes.push(attrs.role ? { name: attrs.name, role: attrs.role, text } : { name: attrs.name, text });
  }
  return quotes;
}
