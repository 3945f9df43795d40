import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { caseName, caseNameText, caseNeighbours, caseSummary, effectsSection, SUMMARY_ROWS } from '../../src/lib/cases';
import {
  compareCss,
  MAX_PICK,
  parseCompareState,
  pickId,
  summaryId,
  writeCompareState,
} from '../../src/lib/cases-compare';
import { needsMatrix, preconditionsMatrix, unmarkedMentions } from '../../src/lib/cases-matrix';
import { readMentions } from './chapter-mentions';
import { themes } from '../../src/lib/vocabularies';
import { themePicks } from '../../src/client/compare/picker';

type Data = Parameters<typeof caseName>[0]['data'];
const make = (id: string, over: Partial<Data> = {}) =>
  ({
    id,
    data: {
      number: 1,
      title: 'Titel',
      shortTitle: 'Kort',
      partnership: 'Partnerskab',
      description: 'Resumé',
      leadAuthority: 'Ministeriet',
      partners: ['A', 'B'],
      partnerTypes: ['stat', 'kommune'],
      themes: ['sundhed'],
      needs: ['nye-ressourcer'],
      preconditions: [],
      organisation: [],
      effects: [],
      kilder: [{ person: 'X' }],
      keywords: [],
      ...over,
    } as Data,
  }) as Parameters<typeof caseName>[0];

describe('caseName', () => {
  it('gives the partnership’s own name first and the headline as a second line where it says more', () => {
    expect(caseName(make('a', { title: 'I sikre hænder', partnership: 'Patientsikker Kommune' }))).toEqual({
      name: 'Patientsikker Kommune',
      headline: 'I sikre hænder',
    });
    expect(
      caseName(
        make('b', { title: 'Sundere liv for alle – en partnerskabsstrategi', partnership: 'Sundere liv for alle' }),
      ),
    ).toEqual({ name: 'Sundere liv for alle – en partnerskabsstrategi' });
    expect(caseName(make('c', { title: 'Fuldkorn', partnership: 'fuldkorn' }))).toEqual({ name: 'Fuldkorn' });
    expect(caseNameText(make('d', { title: 'T', partnership: 'P' }))).toBe('P (T)');
  });
});

describe('caseNeighbours', () => {
  const cases = ['a', 'b', 'c'].map((id) => make(id));
  it('links previous and next in the given order and counts from the data', () => {
    expect(caseNeighbours(cases, 'a')).toMatchObject({ previous: undefined, next: cases[1], position: 1, total: 3 });
    expect(caseNeighbours(cases, 'c')).toMatchObject({ previous: cases[1], next: undefined, position: 3, total: 3 });
  });
  it('refuses an unknown case in Danish', () => {
    expect(() => caseNeighbours(cases, 'x')).toThrow(/Ukendt case: "x"/);
  });
});

describe('caseSummary', () => {
  it('has SUMMARY_ROWS rows, the number ComparePicker’s subgrid spans', () => {
    expect(caseSummary(make('a'))).toHaveLength(SUMMARY_ROWS);
    const picker = readFileSync('src/components/cases/ComparePicker.astro', 'utf8');
    expect(picker).toContain(`grid-row: span ${SUMMARY_ROWS};`);
    expect(picker).toContain(`grid-row: span ${SUMMARY_ROWS + 2};`);
  });
  it('leaves unstated fields empty rather than guessing', () => {
    const rows = Object.fromEntries(caseSummary(make('a')).map((r) => [r.key, r.values]));
    expect(rows.periode).toEqual([]);
    expect(rows.finansiering).toEqual([]);
    expect(rows.partnertyper).toEqual(['Stat', 'Kommune']);
  });
});

describe('comparison state', () => {
  const ids = ['groenne-indkoeb', 'fuldkorn', 'noeglehullet', 'groen-skibsfart', 'socialomraadet'];
  it('writes one show rule per case into the stylesheet', () => {
    const css = compareCss(ids);
    for (const id of ids)
      expect(css).toContain(
        `.compare:has(#${pickId(id)}:checked) #${summaryId(id)} { display: var(--compare-shown, grid); }`,
      );
    expect(css.match(/:checked\)/g)).toHaveLength(ids.length);
  });
  it('a theme link ticks that theme’s cases in the page’s order, at most MAX_PICK', () => {
    const picks = ids.map((value, i) => ({ value, themes: i % 2 === 0 ? 'sundhed miljoe' : 'miljoe' }));
    expect(themePicks(picks, 'sundhed')).toEqual([ids[0], ids[2], ids[4]]);
    expect(themePicks(picks, 'miljoe')).toEqual(ids.slice(0, MAX_PICK));
    expect(themePicks(picks, 'sport')).toEqual([]);
  });
  it('reads ?vis= and ?tema=, dropping unknown, repeated and surplus ids', () => {
    expect(parseCompareState('?vis=fuldkorn,ukendt,fuldkorn,noeglehullet&tema=sundhed', ids, themes.ids)).toEqual({
      picked: ['fuldkorn', 'noeglehullet'],
      tema: 'sundhed',
    });
    expect(parseCompareState('?tema=sport', ids, themes.ids).tema).toBeNull();
    expect(parseCompareState(`?vis=${ids.join(',')}`, ids, themes.ids).picked).toHaveLength(MAX_PICK);
  });
  it('round-trips any valid choice through the URL', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...ids), { maxLength: MAX_PICK }),
        fc.option(fc.constantFrom(...themes.ids), { nil: null }),
        (picked, tema) => {
          const url = writeCompareState(new URL('https://x.dk/cases/sammenligning/?andet=1'), { picked, tema });
          expect(parseCompareState(url.search, ids, themes.ids)).toEqual({ picked, tema });
          expect(url.searchParams.get('andet')).toBe('1');
        },
      ),
    );
  });
});

describe('matrices', () => {
  const headings = (labels: string[]) =>
    labels.map((text) => ({ text, slug: text.toLowerCase().replace(/\W+/g, '-') }));
  const cases = [
    make('groen-skibsfart', { needs: ['nye-ressourcer', 'oeget-ejerskab'], preconditions: ['fleksibilitet'] }),
    make('fuldkorn', { needs: ['bedre-regulering'] }),
  ];
  const links = (labels: string[]) => ({ headings: headings(labels), caseHref: (id: string) => `/cases/${id}/` });
  const needLabels = [
    'Nye ressourcer',
    'Øget ejerskab',
    'Ny ramme til nye løsninger',
    'Bedre regulering og implementering',
  ];

  it('marks a case the chapter names differently from the site’s reading, and links each to its basis', () => {
    const m = needsMatrix(cases, links(needLabels), readMentions());
    expect(m.rows).toHaveLength(cases.length);
    expect(m.columns.map((c) => c.label)).toEqual(needLabels);
    const skibsfart = m.rows[0]!.cells;
    expect(skibsfart[0]).toMatchObject({ kind: 'naevnt', href: '/samling/behov/#nye-ressourcer' });
    expect(skibsfart[2]).toEqual({ kind: 'ingen' });
    expect(m.rows[1]!.cells[3]).toEqual({ kind: 'laesning', href: '/cases/fuldkorn/' });
  });
  it('stops the build when the chapter lacks a heading for a column', () => {
    expect(() => preconditionsMatrix(cases, links(['Fælles mål']), readMentions())).toThrow(
      /har ingen overskrift "Partnere, der skaber værdi"/,
    );
  });
  it('finds mentions the case data does not mark', () => {
    const mentions = readMentions();
    expect(unmarkedMentions(cases, mentions).length).toBe(mentions.needs.length + mentions.preconditions.length - 3);
  });
});

describe('effectsSection', () => {
  const headings = [
    { depth: 2, text: 'Baggrund', slug: 'baggrund' },
    { depth: 2, text: 'Effekter', slug: 'effekter' },
    { depth: 3, text: 'Detaljer', slug: 'detaljer' },
    { depth: 2, text: 'Bagefter', slug: 'bagefter' },
  ];
  const body =
    'Intro.\n\n## Baggrund\n\nTekst.\n\n## Effekter\n\n' +
    '### Detaljer\n\n- 9 ud af 10\n  bliver boende.\n\n## Bagefter\n\nMere.';
  it('finds the level-2 section that states the first effect, across line breaks', () => {
    expect(effectsSection(body, headings, ['9 ud af 10 bliver boende.'])).toEqual(headings[1]);
  });
  it('gives nothing without effects or when the text does not hold them', () => {
    expect(effectsSection(body, headings, [])).toBeUndefined();
    expect(effectsSection(body, headings, ['findes ikke'])).toBeUndefined();
  });
});
