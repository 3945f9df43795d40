/**
 * Remark plugin: links the first occurrence of each glossary term on a page to
 * its entry on /ordliste/. Only running text is touched: never headings,
 * links, code, or text inside MDX components (quotes and fact boxes keep their
 * own wording). Terms are matched by ./glossary.
 */
import { termPattern, type TermSpec } from './glossary';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
  data?: Record<string, unknown>;
}

const SKIP = new Set([
  'glossaryTerm',
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'html',
  'definition',
]);

export interface GlossaryOptions {
  terms: TermSpec[];
  /** Page URL of the glossary. */
  href?: string;
}

export function remarkGlossary({ terms, href = '/ordliste/' }: GlossaryOptions) {
  const compiled = terms.map((t) => ({ spec: t, pattern: termPattern(t) }));
  return (root: unknown) => {
    const tree = root as Node;
    const linked = new Set<string>();
    const walk = (node: Node) => {
      if (!node.children) return;
      for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i]!;
        if (SKIP.has(child.type)) continue;
        if (child.type !== 'text') {
          walk(child);
          continue;
        }
        // Earliest unlinked term in this text node; split around it and go on with the rest.
        let best: { index: number; match: string; id: string } | null = null;
        for (const { spec, pattern } of compiled) {
          if (linked.has(spec.id)) continue;
          const m = pattern.exec(child.value ?? '');
          if (m && (!best || m.index < best.index)) best = { index: m.index, match: m.match, id: spec.id };
        }
        if (!best) continue;
        linked.add(best.id);
        const value = child.value!;
        const parts: Node[] = [];
        if (best.index > 0) parts.push({ type: 'text', value: value.slice(0, best.index) });
        // <pg-term> around the link: the element that opens the definition in place (src/client/glossary/).
        parts.push({
          type: 'glossaryTerm',
          data: { hName: 'pg-term' },
          children: [
            {
              type: 'link',
              url: `${href}#${best.id}`,
              data: { hProperties: { className: ['term'] } },
              children: [{ type: 'text', value: best.match }],
            },
          ],
        });
        const rest = value.slice(best.index + best.match.length);
        if (rest) parts.push({ type: 'text', value: rest });
        node.children.splice(i, 1, ...parts);
        i += parts.length - 2; // continue with the remaining text node
      }
    };
    walk(tree);
  };
}
