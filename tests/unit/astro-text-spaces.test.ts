/**
 * Astro drops the line break between text and an {expression} on the next line (and between an
 * expression and text on the next line), so »lettest med⏎{word(n)}« renders »lettest medfire«. This reads
 * every template's text and names such a line pair; the fix is {' '} at the end of the first line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return astroFiles(path);
    return name.endsWith('.astro') ? [path] : [];
  });
}

/** The template's lines (after the frontmatter), with <style> and <script> blocks blanked out. */
function templateLines(source: string): string[] {
  const template = source.replace(/^---\n[\s\S]*?\n---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1));
  return template
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, (block) => '\n'.repeat(block.split('\n').length - 1))
    .split('\n');
}

const ENDS_IN_WORD = /[\p{L}\d,.;:»«)]$/u;
const ATTRIBUTE = /^[\w:-]+=/;
const CODE = /^(\/\/|\*|\/\*|import |const |let |return |if |\}|\{\/\*|\{' '\})/;

function gluedLines(source: string): number[] {
  const lines = templateLines(source).map((l) => l.trim());
  const found: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a, b] = [lines[i]!, lines[i + 1]!];
    if (!a || !b || CODE.test(a) || a.endsWith('>') || a.endsWith('=')) continue;
    // Text, then an expression that renders text on the next line.
    // (An object literal in code, "{ key: …", is not an expression that renders.)
    const textThenExpression = ENDS_IN_WORD.test(a) && !ATTRIBUTE.test(a) && /^\{(?!\/\*|' '\}|\s*\w+:)/.test(b);
    // An expression, then text on the next line.
    const expressionThenText =
      a.endsWith('}') && !a.endsWith("{' '}") && !ATTRIBUTE.test(a) && /^[\p{L}\d(]/u.test(b) && !ATTRIBUTE.test(b);
    if ((textThenExpression && !/[{(]\s*$/.test(a)) || (expressionThenText && !a.startsWith('{') && a.includes(' ')))
      found.push(i + 1);
  }
  return found;
}

describe('template text keeps its spaces around expressions', () => {
  it('finds the fault it is written for', () => {
    const page = (text: string) => `---\nconst n = 4;\n---\n<p>\n${text}\n</p>\n`;
    expect(gluedLines(page('  lettest med\n  {word(n)} eller færre.'))).toEqual([5]);
    expect(gluedLines(page('  i alt {word(n)}\n  cases.'))).toEqual([5]);
    expect(gluedLines(page("  lettest med{' '}\n  {word(n)} eller færre."))).toEqual([]);
  });

  it.each(astroFiles('src'))('%s', (file) => {
    expect(gluedLines(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
