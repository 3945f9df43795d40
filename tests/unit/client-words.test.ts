/**
 * Every word a user meets in the browser code comes from its island's strings module, so the words can be read,
 * checked and changed in one place. The test walks each other module's string and template literals and HTML text
 * and fails on anything that reads as Danish prose. Messages for developers (errors, the console, the island's
 * name in a missing-markup error) are exempt, and so is the search's stop-word list, which is data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = 'src/client';
/** Data that happens to be Danish, never shown: the search's stop words and letter folding. */
const DATA_FILES = new Set(['src/client/search/text.ts']);
/** Calls whose text is for developers only. */
const DEVELOPER_CALLS = /^(Error|TypeError|console\.\w+|required|requiredData)$/;

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') && name !== 'strings.ts' ? [path] : [];
  });
}

/**
 * Text a person would read: HTML text, or words with Danish letters or quotes, or a capitalised word followed by
 * another ("Ny tjekliste"). A lone token ("Ordliste" as a filter value) and a format ("» « ( )" around values) are not.
 */
function readsAsProse(text: string): boolean {
  const html = /<[a-z][^>]*>/.test(text);
  const visible = text.replace(/<[^>]*>/g, ' ').trim();
  if (!/[A-Za-zæøåÆØÅ]{2,}/.test(visible)) return false;
  return html || /[æøåÆØÅ»«]/.test(visible) || /(^|\s)[A-ZÆØÅ][a-zæøå]+[,:]?\s+[a-zæøå]/.test(visible);
}

/** The call a literal is an argument of, by name ("console.error", "Error", "required"), if any. */
function calleeOf(node: ts.Node): string {
  let up = node.parent;
  while (up && (ts.isTemplateSpan(up) || ts.isTemplateExpression(up) || ts.isBinaryExpression(up))) up = up.parent;
  if (!up || !(ts.isCallExpression(up) || ts.isNewExpression(up))) return '';
  return up.expression.getText();
}

/** A constant that names the island in missing-markup errors: `const NAME = 'Flere valg'`. */
function isIslandName(node: ts.Node): boolean {
  const decl = node.parent;
  return ts.isVariableDeclaration(decl) && /^(NAME|ISLAND)$/.test(decl.name.getText());
}

function proseIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')
          : null;
    if (text !== null && readsAsProse(text) && !DEVELOPER_CALLS.test(calleeOf(node)) && !isIslandName(node))
      found.push(`${file}: ${text.trim().slice(0, 60)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('words in the browser code', () => {
  const files = modules(ROOT).filter((f) => !DATA_FILES.has(f));

  it('the walk finds prose where there is some (it is not blind)', () => {
    const probe = join(ROOT, 'search', 'strings.ts');
    expect(proseIn(probe).length).toBeGreaterThan(5);
    expect(files.length).toBeGreaterThan(30);
  });

  it('come only from the strings modules', () => {
    expect(files.flatMap(proseIn)).toEqual([]);
  });
});
