/**
 * Remark plugin: a line break inside running text (a soft break, as when a long line in a content file is wrapped)
 * becomes a space. The browser shows both as a space, but a space compresses better, and so wrapping the source
 * changes neither what a reader sees nor the bytes a page weighs. Code, raw HTML and hard breaks (their own nodes)
 * are never touched.
 */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

export function remarkSoftBreaks() {
  return (root: unknown) => {
    const visit = (node: Node) => {
      if (node.type === 'text' && node.value) node.value = node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
      for (const child of node.children ?? []) visit(child);
    };
    visit(root as Node);
  };
}
