import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { danishQuotes, newQuoteState } from '../../src/lib/danish-quotes';
import { remarkDanishQuotes } from '../../src/lib/remark-danish-quotes';

describe('danishQuotes', () => {
  it.each([
    ['projektet ”Nøglehullet på spisesteder” baserer', 'projektet »Nøglehullet på spisesteder« baserer'],
    ['ikke “fungerer af sig selv”.', 'ikke »fungerer af sig selv«.'],
    ['„Vi lærte meget“, siger hun.', '»Vi lærte meget«, siger hun.'],
    ['kaldet "Kort sagt"-bokse', 'kaldet »Kort sagt«-bokse'],
    ['dem” siger Helle', 'dem« siger Helle'],
    ['(”en brændende platform”)', '(»en brændende platform«)'],
  ])('%s', (input, expected) => {
    expect(danishQuotes(input)).toBe(expected);
  });

  it('leaves apostrophes, single quotes and text without marks alone', () => {
    expect(danishQuotes('SFI’s første hjemløsetælling i ’07')).toBe('SFI’s første hjemløsetælling i ’07');
  });

  it('carries the state across pieces of one paragraph (a link inside a quote)', () => {
    const state = newQuoteState();
    expect(
      danishQuotes('Han sagde ”se ', state) + danishQuotes('rapporten', state) + danishQuotes('” i går', state),
    ).toBe('Han sagde »se rapporten« i går');
  });

  it('changes only the marks: same length, same text apart from » and «', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = danishQuotes(s);
        expect(out.length).toBe(s.length);
        expect(out.replace(/[»«]/g, '')).toBe(s.replace(/["\u201C\u201D\u201E]/g, '').replace(/[»«]/g, ''));
      }),
    );
  });
});

describe('remarkDanishQuotes', () => {
  it('changes text in paragraphs, never code', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'et ”partnerskab” er ' },
            { type: 'inlineCode', value: '"x"' },
          ],
        },
        { type: 'code', value: 'const a = "b";' },
      ],
    };
    remarkDanishQuotes()(tree);
    expect(tree.children[0]!.children![0]!.value).toBe('et »partnerskab« er ');
    expect(tree.children[0]!.children![1]!.value).toBe('"x"');
    expect(tree.children[1]!.value).toBe('const a = "b";');
  });
});
