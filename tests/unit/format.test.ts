import { describe, expect, it } from 'vitest';
import { countDa, joinDa, periodLabel } from '../../src/lib/format';
import { slugify } from '../../src/lib/slug';
import { compareValues } from '../../src/client/sortable-table/sort';
import { filterCards } from '../../src/client/theme-filter/filter';

describe('format', () => {
  it('joins lists the Danish way', () => {
    expect(joinDa(['stat', 'kommuner', 'regioner'])).toBe('stat, kommuner og regioner');
  });
  it('labels periods', () => {
    expect(periodLabel(undefined)).toBe('–');
    expect(periodLabel({ start: 2009, end: 2013, text: 'I perioden 2009-2013' })).toBe('2009–2013');
    expect(periodLabel({ start: 2006, text: 'Oprettet i 2006' })).toBe('Fra 2006');
    expect(periodLabel({ text: 'Fra januar 2014' })).toBe('Fra januar 2014');
  });
  it('counts with singular and plural', () => {
    expect(countDa(1, 'case', 'cases')).toBe('1 case');
    expect(countDa(0, 'case', 'cases')).toBe('0 cases');
  });
});

describe('slugify', () => {
  it('writes Danish letters without æøå', () => {
    expect(slugify('Grøn skibsfart')).toBe('groen-skibsfart');
    expect(slugify('Forudsætninger for succes')).toBe('forudsaetninger-for-succes');
    expect(slugify('  Hjemløse – Århus!  ')).toBe('hjemloese-aarhus');
  });
});

describe('sortable table comparison', () => {
  it('compares with Danish collation and numbers in order, empty cells last', () => {
    const values = ['Øresund', 'Aalborg', 'Ærø', '–', 'Zealand', '10', '9'];
    expect([...values].sort(compareValues)).toEqual(['9', '10', 'Zealand', 'Ærø', 'Øresund', 'Aalborg', '–']);
  });
});

describe('theme filter', () => {
  it('hides cards outside the theme and counts the rest', () => {
    const cards = [
      { dataset: { themes: 'sundhed forebyggelse' }, hidden: false },
      { dataset: { themes: 'miljoe' }, hidden: false },
    ] as unknown as HTMLElement[];
    expect(filterCards(cards, 'sundhed')).toBe(1);
    expect(cards.map((c) => c.hidden)).toEqual([false, true]);
    expect(filterCards(cards, null)).toBe(2);
    expect(cards.map((c) => c.hidden)).toEqual([false, false]);
  });
});
