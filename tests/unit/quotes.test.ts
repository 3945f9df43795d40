import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/lib/quotes';

describe('extractQuotes', () => {
  it('reads name, role and text of each KortSagt, in order', () => {
    const body = `Tekst.

<KortSagt name="Karin Søjberg Holst (A)" role="borgmester i Gladsaxe">
I Gladsaxe er vi vant til
at gå foran.
</KortSagt>

Mere tekst.

<KortSagt name="Jane Wiis">
Partnerskabet giver gode muligheder.
</KortSagt>`;
    expect(extractQuotes(body)).toEqual([
      {
        name: 'Karin Søjberg Holst (A)',
        role: 'borgmester i Gladsaxe',
        text: 'I Gladsaxe er vi vant til at gå foran.',
      },
      { name: 'Jane Wiis', text: 'Partnerskabet giver gode muligheder.' },
    ]);
  });

  it('returns nothing for a body without quotes and refuses a quote without a name', () => {
    expect(extractQuotes('Ingen citater her.')).toEqual([]);
    expect(() => extractQuotes('<KortSagt role="x">Tekst</KortSagt>')).toThrow(/uden name/);
  });
});
