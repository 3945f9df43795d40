import { describe, expect, it } from 'vitest';
import { checkMdx, MdxSyntaxError } from '../../src/lib/mdx-errors';

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
  ])('%s', (_, body, line, fix) => {
    const message = messageFor(body);
    expect(message).toContain(`${FILE}:${line}`);
    expect(message).toContain(fix);
    // The parser's own words stay, in parentheses, for whoever searches for them.
    expect(message).toMatch(/\(.+\)/);
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
