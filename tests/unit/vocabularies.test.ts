import { describe, expect, it } from 'vitest';
import { needs, noteTypes, partnerTypes, phases, preconditions, themes } from '../../src/lib/vocabularies';

describe('vocabularies', () => {
  it('hold the case collection’s four needs and three preconditions, in its order', () => {
    expect(needs.terms.map((t) => t.label)).toEqual(['Nye ressourcer', 'Øget ejerskab', 'Ny ramme til nye løsninger', 'Bedre regulering og implementering']);
    expect(preconditions.terms.map((t) => t.label)).toEqual(['Fælles mål', 'Partnere, der skaber værdi', 'Fleksibilitet og kompromisvilje']);
  });

  it('have the three phases as URL segments without æøå', () => {
    expect(phases.ids).toEqual(['foer', 'under', 'efter']);
  });

  it('have 6–10 themes, ids usable in URLs, unique ids and labels', () => {
    expect(themes.ids.length).toBeGreaterThanOrEqual(6);
    expect(themes.ids.length).toBeLessThanOrEqual(10);
    for (const v of [themes, needs, preconditions, partnerTypes, phases, noteTypes]) {
      for (const id of v.ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(new Set(v.ids).size).toBe(v.ids.length);
      expect(new Set(v.terms.map((t) => t.label)).size).toBe(v.terms.length);
    }
  });

  it('look up labels and refuse unknown ids with a Danish message', () => {
    expect(themes.label('sundhed')).toBe('Sundhed');
    expect(() => themes.label('sport' as never)).toThrow(/Ukendt værdi i ordforråd: "sport"/);
  });
});
