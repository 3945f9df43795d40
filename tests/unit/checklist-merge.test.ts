/**
 * Merging copies of a tjekliste (another tab's write, a shared link): the
 * newer tick and the newer note win item by item, nothing newer is lost,
 * merging twice changes nothing, and the order of merges does not matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEnvelope, mergeTjekliste } from '../../src/client/tjekliste/store/merge';
import { dict, type Envelope, type Tjekliste, type ItemState } from '../../src/client/tjekliste/store/model';

const ids = ['a-1', 'a-2', 'b-1', 'b-2', 'constructor'];
const stampArb = fc.option(
  fc.integer({ min: 0, max: 50 }).map((n) => new Date(Date.UTC(2026, 10, 1, 0, 0, n)).toISOString()),
  { nil: undefined },
);
const itemArb: fc.Arbitrary<ItemState> = fc
  .record({
    done: fc.boolean(),
    doneAt: stampArb,
    note: fc.option(fc.constantFrom('aftalt', 'ring til Ole', 'x'), { nil: undefined }),
    noteAt: stampArb,
  })
  .map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as unknown as ItemState);

const tjeklisteArb: fc.Arbitrary<Tjekliste> = fc
  .record({
    entries: fc.array(fc.tuple(fc.constantFrom(...ids), itemArb), { maxLength: 5 }),
    name: fc.constantFrom('Mit partnerskab', 'Projekt A'),
    renamed: stampArb,
  })
  .map(({ entries, name, renamed }) => {
    const items = dict<ItemState>();
    for (const [id, s] of entries) items[id] = s;
    const f: Tjekliste = {
      id: 'f1',
      name,
      created: '2026-11-01T00:00:00.000Z',
      updated: '2026-11-01T00:00:00.000Z',
      items,
    };
    if (renamed) f.renamed = renamed;
    return f;
  });

const clone = (f: Tjekliste): Tjekliste => JSON.parse(JSON.stringify(f));
const merged = (...copies: Tjekliste[]): Tjekliste => {
  const into = clone(copies[0]!);
  for (const c of copies.slice(1)) mergeTjekliste(into, clone(c));
  return into;
};
/** Items as comparable data: key order and prototypes do not matter. */
const norm = (f: Tjekliste) =>
  Object.fromEntries(
    Object.entries(f.items)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, s]) => [id, { ...s }]),
  );

describe('merging two copies of a tjekliste', () => {
  it('is idempotent: merging the same copy again changes nothing and counts nothing', () => {
    fc.assert(
      fc.property(tjeklisteArb, tjeklisteArb, (a, b) => {
        const once = merged(a, b);
        const again = clone(once);
        const count = mergeTjekliste(again, clone(b));
        expect(count).toEqual({ ticks: 0, notes: 0, changed: false });
        expect(norm(again)).toEqual(norm(once));
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of merges', () => {
    fc.assert(
      fc.property(tjeklisteArb, tjeklisteArb, tjeklisteArb, (a, b, c) => {
        const base: Tjekliste = { ...clone(a), items: dict<ItemState>() };
        const orders = [merged(base, a, b, c), merged(base, c, b, a), merged(base, b, a, c)];
        for (const o of orders.slice(1)) {
          expect(norm(o)).toEqual(norm(orders[0]!));
          expect(o.name).toBe(orders[0]!.name);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never loses a tick or a note that is newer than the other copy’s', () => {
    fc.assert(
      fc.property(tjeklisteArb, tjeklisteArb, (a, b) => {
        const result = merged(a, b);
        for (const copy of [a, b]) {
          const other = copy === a ? b : a;
          for (const [id, s] of Object.entries(copy.items)) {
            const o = other.items[id];
            const got = result.items[id]!;
            if (s.doneAt && (!o || (o.doneAt ?? '') < s.doneAt)) expect(got.done, id).toBe(s.done);
            if (s.noteAt && (!o || (o.noteAt ?? '') < s.noteAt)) expect(got.note, id).toBe(s.note);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never deletes: an item in either copy is in the result', () => {
    fc.assert(
      fc.property(tjeklisteArb, tjeklisteArb, (a, b) => {
        const result = merged(a, b);
        for (const [id, s] of [...Object.entries(a.items), ...Object.entries(b.items)]) {
          if (s.done || s.note) expect(result.items[id], id).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts the ticks and notes whose value it changed', () => {
    const mine = merged({ ...(fc.sample(tjeklisteArb, 1)[0] as Tjekliste), items: dict<ItemState>() });
    mine.items['a-1'] = { done: false, doneAt: '2026-11-01T10:00:00.000Z' };
    const link = clone(mine);
    link.items['a-1'] = { done: true, doneAt: '2026-11-02T10:00:00.000Z' };
    link.items['a-2'] = {
      done: true,
      doneAt: '2026-11-02T10:00:00.000Z',
      note: 'ok',
      noteAt: '2026-11-02T10:00:00.000Z',
    };
    expect(mergeTjekliste(mine, link)).toEqual({ ticks: 2, notes: 1, changed: true });
  });

  it('keeps fields this version does not know, from either copy', () => {
    const a = merged({ ...(fc.sample(tjeklisteArb, 1)[0] as Tjekliste), items: dict<ItemState>() });
    const b = clone(a);
    a.items['a-1'] = { done: true, doneAt: '2026-11-01T10:00:00.000Z', farve: 'rød' } as ItemState;
    b.items['a-1'] = { done: false, doneAt: '2026-11-02T10:00:00.000Z', prioritet: 2 } as ItemState;
    mergeTjekliste(a, b);
    expect(a.items['a-1']).toMatchObject({ done: false, farve: 'rød', prioritet: 2 });
  });
});

describe('merging two stored envelopes', () => {
  const env = (forloeb: Tjekliste[], removed?: string[]): Envelope => {
    const all = dict<Tjekliste>();
    for (const f of forloeb) all[f.id] = clone(f);
    return { version: 1, activeId: forloeb[0]?.id ?? 'f1', forloeb: all, ...(removed ? { removed } : {}) };
  };

  it('keeps a tjekliste either side has, and drops one either side deleted', () => {
    const [f] = fc.sample(tjeklisteArb, 1) as [Tjekliste];
    const g = { ...clone(f), id: 'g1' };
    const into = env([f]);
    expect(mergeEnvelope(into, env([g], ['f1']))).toBe(true);
    expect(Object.keys(into.forloeb)).toEqual(['g1']);
    expect(into.removed).toEqual(['f1']);
    expect(mergeEnvelope(into, env([g], ['f1']))).toBe(false);
  });
});
