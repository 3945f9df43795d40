import { describe, expect, it } from 'vitest';
import { tjeklisteRichText } from '../../src/client/tjekliste/on-demand/document';
import type { Outline } from '../../src/client/tjekliste/on-demand/document';

const outline: Outline = {
  phases: [
    {
      id: 'foer',
      label: 'Før',
      steps: [
        {
          id: 'trin-1',
          title: 'Et brændende problem',
          items: [
            { id: 'a', text: 'Parterne er enige' },
            { id: 'b', text: 'Ingen kan alene' },
          ],
        },
      ],
    },
    {
      id: 'efter',
      label: 'Efter',
      steps: [{ id: 'trin-2', title: 'Evaluér', items: [{ id: 'c', text: 'Evalueringen er lavet' }] }],
    },
  ],
};
const date = new Date('2026-11-23T12:00:00Z');

describe('a tjekliste as rich text for e-mail and Word', () => {
  it('has headings per phase and step, ☑/☐ items, notes as quotes, and the count from the outline', () => {
    const doc = tjeklisteRichText(
      { name: 'Lolland', items: { a: { done: true }, b: { done: false, note: 'Første linje\r\nanden linje' } } },
      outline,
      date,
    );
    expect(doc.html).toContain('<h1>Lolland</h1>');
    expect(doc.html).toContain('1 af 3 punkter er klaret.');
    expect(doc.html).toContain(
      '<h2>Før</h2>\n<h3>Et brændende problem</h3>\n<ul>\n<li>☑ Parterne er enige</li>\n' +
        '<li>☐ Ingen kan alene<blockquote>Første linje<br>anden linje</blockquote></li>',
    );
    const phase = 'FØR\n\nEt brændende problem\n☑ Parterne er enige\n';
    expect(doc.text).toContain(`${phase}☐ Ingen kan alene\n    » Første linje\n    » anden linje`);
    expect(doc.text).toContain('EFTER\n\nEvaluér\n☐ Evalueringen er lavet');
  });

  it('keeps hostile names and notes as text: escaped in HTML, one line, no bidi overrides', () => {
    const doc = tjeklisteRichText(
      {
        name: '<img src=x onerror=alert(1)>\nFaktura\u202egnp.exe',
        items: { a: { done: true, note: '</blockquote><script>x</script>' } },
      },
      outline,
      date,
    );
    expect(doc.html).not.toMatch(/<img|<script/);
    expect(doc.html).toContain('<h1>&lt;img src=x onerror=alert(1)&gt; Fakturagnp.exe</h1>');
    expect(doc.html).toContain('<blockquote>&lt;/blockquote&gt;&lt;script&gt;x&lt;/script&gt;</blockquote>');
    expect(doc.text.split('\n')[0]).toBe('<img src=x onerror=alert(1)> Fakturagnp.exe');
  });

  it('lists saved items that have left the guide, so nothing is dropped', () => {
    const doc = tjeklisteRichText(
      { name: 'X', items: { gammel: { done: true, note: 'husk' }, tom: { done: false } } },
      outline,
      date,
    );
    expect(doc.html).toContain('<h2>Punkter, der ikke længere står i guiden</h2>');
    expect(doc.text).toContain('☑ gammel\n    » husk');
    expect(doc.text).not.toContain('tom');
  });
});
