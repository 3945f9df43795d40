import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  decodeEntities,
  effectiveQuery,
  emptySelection,
  knownFilters,
  orderValues,
  pagefindFilters,
  parseExcerpt,
  pickSubResults,
  readState,
  safePath,
  writeState,
} from '../../src/client/search/state';
import { correctionText, statusText } from '../../src/client/search/strings';

describe('URL state', () => {
  it('reads q and repeated filters, drops empty, duplicate and overlong values', () => {
    const s = readState(
      `?q=hjeml%C3%B8se&tema=miljoe&tema=sundhed&tema=miljoe&type=Case&fase=&fase=${'x'.repeat(101)}&other=1`,
    );
    expect(s).toEqual({ q: 'hjemløse', filters: { type: ['Case'], tema: ['miljoe', 'sundhed'], fase: [] } });
  });

  it('round-trips through writeState', () => {
    const state = { q: 'grøn skibsfart', filters: { type: ['Case', 'Viden'], tema: ['miljoe'], fase: ['foer'] } };
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState(state)).toBe('?q=gr%C3%B8n+skibsfart&type=Case&type=Viden&tema=miljoe&fase=foer');
  });

  it('an empty state is an empty query string; q alone stays ?q=…', () => {
    expect(writeState({ q: '   ', filters: emptySelection() })).toBe('');
    expect(writeState({ q: 'partnerskab', filters: emptySelection() })).toBe('?q=partnerskab');
  });

  it('?praecis=1 (the undo link) round-trips, and only with a query', () => {
    const state = { q: 'forudsaetninger', filters: emptySelection(), exact: true };
    expect(writeState(state)).toBe('?q=forudsaetninger&praecis=1');
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ q: '', filters: emptySelection(), exact: true })).toBe('');
    expect(readState('?q=x&praecis=ja').exact).toBeUndefined();
  });

  it('hostile input is only ever data', () => {
    const q = '"><script>alert(1)</script>&tema=x';
    const s = readState(writeState({ q, filters: emptySelection() }));
    expect(s.q).toBe(q);
    expect(s.filters.tema).toEqual([]);
  });
});

describe('effectiveQuery', () => {
  it('collapses whitespace and trims', () => {
    expect(effectiveQuery('  grøn \n\t skibsfart ')).toEqual({ term: 'grøn skibsfart', truncated: false });
    expect(effectiveQuery(' \n ')).toEqual({ term: null, truncated: false });
  });

  it(`caps at ${MAX_QUERY_LENGTH} code points without splitting an emoji`, () => {
    const { term, truncated } = effectiveQuery('😀'.repeat(5000));
    expect(truncated).toBe(true);
    expect(Array.from(term!)).toHaveLength(MAX_QUERY_LENGTH);
    expect(term).toBe('😀'.repeat(MAX_QUERY_LENGTH));
    expect(effectiveQuery('a'.repeat(MAX_QUERY_LENGTH)).truncated).toBe(false);
  });
});

describe('filters for Pagefind', () => {
  const sel = { type: ['Case'], tema: ['miljoe', 'sundhed'], fase: [] };
  it('any within a filter, empty filters left out', () => {
    expect(pagefindFilters(sel)).toEqual({ type: { any: ['Case'] }, tema: { any: ['miljoe', 'sundhed'] } });
  });
  it('leaves one filter out for its own counts', () => {
    expect(pagefindFilters(sel, 'tema')).toEqual({ type: { any: ['Case'] } });
  });
  it('drops values the index does not have', () => {
    const available = { type: { Case: 9 }, tema: { miljoe: 2 } };
    expect(knownFilters(sel, available)).toEqual({
      filters: { type: ['Case'], tema: ['miljoe'], fase: [] },
      dropped: true,
    });
    expect(knownFilters({ type: ['Case'], tema: [], fase: [] }, available).dropped).toBe(false);
    // Not fooled by inherited properties.
    expect(knownFilters({ type: ['constructor'], tema: [], fase: [] }, available).filters.type).toEqual([]);
  });
});

describe('excerpts', () => {
  it('splits on <mark> into text and highlights, decoding entities', () => {
    expect(parseExcerpt('om <mark>hjemløse</mark> borgere &lt;script&gt; a & b <mark>x</mark>')).toEqual([
      { text: 'om ', mark: false },
      { text: 'hjemløse', mark: true },
      { text: ' borgere <script> a & b ', mark: false },
      { text: 'x', mark: true },
    ]);
  });

  it('never yields markup other than as text; stray tags are plain text', () => {
    const parts = parseExcerpt('<img src=x onerror=alert(1)><mark><b>y</b></mark></mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: '<b>y</b>', mark: true },
    ]);
  });

  it('empty excerpt → no parts', () => {
    expect(parseExcerpt('')).toEqual([]);
  });

  it('decodes only the entities Pagefind writes', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &quot; &#39; &#x27; &nbsp;')).toBe(`<b> & " ' ' &nbsp;`);
  });
});

describe('links and sections', () => {
  it('safePath accepts same-site paths only', () => {
    expect(safePath('/cases/fuldkorn/#fakta')).toBe('/cases/fuldkorn/#fakta');
    for (const bad of ['javascript:alert(1)', '//evil.example/', 'https://evil.example/', '/\\evil', '', 42, null])
      expect(safePath(bad)).toBeNull();
  });

  it('pickSubResults: anchored sections of this page, most hits first, shown in page order', () => {
    const sub = (id: string, location: number, hits: number) => ({
      title: id,
      url: `/p/#${id}`,
      excerpt: '',
      locations: Array(hits).fill(0),
      anchor: { location },
    });
    const subs = [
      { title: 'Top', url: '/p/', excerpt: '', locations: [1, 2, 3, 4, 5] },
      sub('a', 10, 1),
      sub('b', 20, 4),
      sub('c', 30, 2),
      sub('d', 40, 3),
      { title: 'x', url: 'javascript:alert(1)', excerpt: '', locations: [1, 2, 3, 4, 5, 6], anchor: { location: 5 } },
    ];
    expect(pickSubResults('/p/', subs).map((s) => s.title)).toEqual(['b', 'c', 'd']);
    expect(pickSubResults('/p/', subs, 1).map((s) => s.title)).toEqual(['b']);
  });

  it('orderValues: vocabulary order first, then the rest by Danish collation', () => {
    expect(orderValues(['Side', 'Ordliste', 'Case', 'Ærø', 'Aabenraa'], ['Case', 'Ordliste'])).toEqual([
      'Case',
      'Ordliste',
      'Side',
      'Ærø',
      'Aabenraa',
    ]);
  });
});

describe('status texts (Danish)', () => {
  it('the correction line names what was searched for and offers the query as typed', () => {
    const c = correctionText('forudsætninger', 'forudsaetninger');
    expect(c.before + c.link + c.after).toBe(
      'Viser resultater for »forudsætninger«. Søg i stedet efter »forudsaetninger«.',
    );
    expect(c.link).toBe('»forudsaetninger«');
  });

  it('counts with singular and plural', () => {
    expect(statusText({ count: 0, term: 'xyz', filtered: false })).toBe('Ingen resultater for »xyz«.');
    expect(statusText({ count: 1, term: 'fuldkorn', filtered: false })).toBe('1 resultat for »fuldkorn«.');
    expect(statusText({ count: 13, term: 'forudsætninger', typed: 'forudsaetninger', filtered: false })).toBe(
      '13 resultater for »forudsætninger« (du skrev »forudsaetninger«).',
    );
    expect(statusText({ count: 12, term: 'partnerskab', filtered: true })).toBe(
      '12 resultater for »partnerskab« med de valgte filtre.',
    );
    expect(statusText({ count: 3, term: null, filtered: true })).toBe('3 sider med de valgte filtre.');
  });
});
