/**
 * A text file (.mdx) that cannot be read stops the build with the file, the line and the fix in Danish.
 * In these files < starts a box (<Faktaboks>) and { starts code, so a »<10« or »{ca. 5 mio.}« in running
 * text, or a box left open, is what an editor meets; the MDX compiler says so in English, deep in a stack
 * trace. This Vite plugin reads each content .mdx file first, with the same parser, and explains instead.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Plugin } from 'vite';

export class MdxSyntaxError extends Error {
  override name = 'MdxSyntaxError';
}

interface ParseMessage {
  ruleId?: string;
  reason?: string;
  line?: number;
  column?: number;
}

const BOX = /`<([A-Za-z][\w.]*)>`/;

/** What is wrong and how to fix it, from the parser's rule and reason. */
function explain({ ruleId = '', reason = '' }: ParseMessage): string {
  const box = reason.match(BOX)?.[1] ?? 'boksen';
  if (ruleId === 'end-tag-mismatch' && reason.startsWith('Unexpected closing tag'))
    return `sluttagget passer ikke til den åbne boks <${box}>. Ret navnet, så boksen lukkes med </${box}>`;
  if (ruleId === 'end-tag-mismatch')
    return (
      `<${box}> lukkes ikke. Skriv </${box}> efter boksens tekst; ` +
      'skal tegnet < stå i teksten, så skriv \\< i stedet'
    );
  if (ruleId === 'unexpected-closing-slash')
    return 'et sluttag (</…>) står uden en boks at lukke. Slet det, eller skriv boksens start før teksten';
  if (reason.includes('attribute value'))
    return 'et anførselstegn i en boks’ felt er ikke lukket. Skriv feltet som title="…" med begge anførselstegn';
  if (ruleId === 'unexpected-character' || reason.includes('before name'))
    return 'tegnet < i teksten begynder en boks i denne fil. Skriv \\< (fx »\\<10«), eller skriv »under«';
  if (ruleId === 'acorn' || reason.includes('expression'))
    return 'krøllede parenteser { } læses som kode i denne fil. Skriv \\{ og \\} for at vise dem i teksten';
  return 'teksten kan ikke læses. Se efter tegnene <, { og } og efter bokse, der ikke er lukket';
}

/** The fields at the top, replaced by as many empty lines, so line numbers stay the file's own. */
function withoutFrontmatter(source: string): string {
  const text = source.replace(/\r\n?/g, '\n');
  const m = text.match(/^---\n[\s\S]*?\n---(?:\n|$)/);
  return m ? '\n'.repeat(m[0].split('\n').length - 1) + text.slice(m[0].length) : text;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** The boxes a text may use (src/components/mdx.ts gives them to every body; a unit test holds the two equal). */
export const BOXES = ['KortSagt', 'Faktaboks', 'Term'];

interface MdxNode {
  type: string;
  name?: string | null;
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
}

/** The first box in `tree` that the site does not have (a capitalised name; lower-case tags are HTML). */
function unknownBox(tree: MdxNode): MdxNode | undefined {
  if (tree.type.startsWith('mdxJsx') && tree.name && /^[A-Z]/.test(tree.name) && !BOXES.includes(tree.name))
    return tree;
  for (const child of tree.children ?? []) {
    const found = unknownBox(child);
    if (found) return found;
  }
  return undefined;
}

/** Throws an MdxSyntaxError naming `file`, the line and the fix when the text cannot be read. */
export function checkMdx(source: string, file: string): void {
  let tree: MdxNode;
  try {
    tree = parser.parse(withoutFrontmatter(source)) as MdxNode;
  } catch (e) {
    const err = e as ParseMessage;
    const where = err.line ? `${file}:${err.line}${err.column ? `:${err.column}` : ''}` : file;
    throw new MdxSyntaxError(`${where}: ${explain(err)} (${err.reason ?? String(e)}).`);
  }
  const box = unknownBox(tree);
  if (box) {
    const start = box.position?.start;
    const where = start ? `${file}:${start.line}:${start.column}` : file;
    throw new MdxSyntaxError(`${where}: boksen <${box.name}> findes ikke på sitet. Brug en af: ${BOXES.join(', ')}.`);
  }
}

/** Checks every .mdx file under src/content before Astro's MDX compiler sees it. */
export function mdxErrors(root: string): Plugin {
  return {
    name: 'partnerskabsguiden:mdx-errors',
    enforce: 'pre',
    // The file as the editor wrote it: `code` may already be the MDX plugin's output.
    transform(_code, id) {
      const path = id.split('?')[0] ?? id;
      if (!path.endsWith('.mdx') || !path.includes('/src/content/')) return null;
      checkMdx(readFileSync(path, 'utf8'), relative(root, path));
      return null;
    },
  };
}
