import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BOXES, checkMdx, MdxSyntaxError } from '../../src/lib/mdx-errors';

const FILE = 'src/content/cases/eksempel.mdx';
const FRONT = '---\ntitle: "Pris {ca. 5 mio.} og <10"\n---\n';

function messageFor(body: string): string {
  try {
    checkMdx(FRONT + body, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(MdxSyntaxError);
    return (e as Error).message;
  }
  throw new Error('ingen fejl');
}

describe('a text that cannot be read fails in Danish, with file, line and the fix', () => {
  it.each([
    ['an unclosed box', 'Tekst\n\n<Faktaboks title="x">uden slut\n', 6, '</Faktaboks>'],
    ['a box closed with another name', '<Faktaboks title="x">\ntekst\n</KortSagt>\n', 6, '<Faktaboks>'],
    ['a closing tag with nothing to close', 'Tekst </Faktaboks>\n', 4, 'Slet'],
    ['a < before a number', 'Mere end 5 <10 personer\n', 4, '\\<'],
    ['curly braces in the text', 'Pris {ca. 5 mio.}\n', 4, '\\{'],
    ['an unclosed brace', 'En { uden slut\n', 4, '\\{'],
    ['an unclosed quote in a box field', '<Faktaboks title="x>\ntekst\n</Faktaboks>\n', 7, 'anførselstegn'],
    ['a box the site does not have', 'Tekst\n\n<Billede src="x" />\n', 6, 'KortSagt, Faktaboks, Term'],
  ])('%s', (_, body, line, fix) => {
    const message = messageFor(body);
    expect(message).toContain(`${FILE}:${line}`);
    expect(message).toContain(fix);
  });

  it('leaves the fields at the top alone (their own check reads them) and accepts a good text', () => {
    expect(() =>
      checkMdx(`${FRONT}Et afsnit med \\< og \\{ og <Faktaboks title="x">tekst</Faktaboks>.\n`, FILE),
    ).not.toThrow();
  });

  it('keeps line numbers right with Windows line endings', () => {
    expect(messageFor('Tekst\r\n\r\nPris {ca.}\r\n'.replace(/^/, ''))).toContain(`${FILE}:6`);
  });
});

it('knows the same boxes as the bodies get (src/components/mdx.ts)', () => {
  const given = readFileSync('src/components/mdx.ts', 'utf8').match(/mdxComponents = \{([^}]*)\}/)?.[1];
  expect(given?.split(',').map((name) => name.trim())).toEqual(BOXES);
});
