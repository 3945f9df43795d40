import { describe, expect, it } from 'vitest';
import { needs, noteTypes, partnerTypes, phases, preconditions, themes } from '../../src/lib/vocabularies';

const all = { themes, needs, preconditions, partnerTypes, phases, noteTypes };

describe('vocabularies', () => {
  it.each(Object.entries(all))('%s: ids usable in URLs (no æøå), unique ids and labels', (_, v) => {
    expect(v.ids.length).toBeGreaterThan(0);
    for (const id of v.ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(v.ids).size).toBe(v.ids.length);
    expect(new Set(v.terms.map((t) => t.label)).size).toBe(v.terms.length);
  });

  it('look up labels and refuse unknown ids with a Danish message', () => {
    for (const t of themes.terms) expect(themes.label(t.id)).toBe(t.label);
    expect(() => themes.label('sport' as never)).toThrow(/Ukendt værdi i ordforråd: "sport"/);
    expect(() => needs.get('sport' as never)).toThrow(/Ukendt værdi i ordforråd/);
  });
});
