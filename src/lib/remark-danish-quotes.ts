/**
 * Remark plugin: Danish quotation marks »…« in the text of every block (see
 * ./danish-quotes). Code is never touched. Register it in astro.config.mjs's
 * remarkPlugins after remarkGlossary.
 */
import { danishQuotes, newQuoteState, type QuoteState } from './danish-quotes';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const SKIP = new Set(['inlineCode', 'code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml']);
const BLOCK = new Set(['paragraph', 'heading', 'tableCell']);

export function remarkDanishQuotes() {
  return (root: unknown) => {
    const visit = (node: Node, state: QuoteState | null) => {
      if (SKIP.has(node.type)) return;
      const own = BLOCK.has(node.type) ? newQuoteState() : state;
      if (node.type === 'text' && own) {
        node.value = danishQuotes(node.value ?? '', own);
        return;
      }
      for (const child of node.children ?? []) visit(child, own);
    };
    visit(root as Node, null);
  };
}
