/**
 * Hostile and broken stored data, store level: each case here failed before the fix (prototype keys,
 * entries dropped on load, lost ticks across tabs, writing over unreadable
 * data, Markdown reshaped by user text, stored data over the limits).
 */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  ChecklistStore,
  LIMITS,
  STORAGE_KEY,
  noticeText,
  type Outline,
} from '../../src/client/tjekliste/all';
import { createTjekliste, removeTjekliste, renameTjekliste } from '../../src/client/tjekliste/on-demand/manage';
import { exportMarkdown } from '../../src/client/tjekliste/on-demand/transfer';
import { FakeStorage, LaggingView, bare, make, now } from './checklist-store-fakes';

const forloeb = (name: string, items: Record<string, unknown> = {}, id?: string) => ({
  ...(id === undefined ? {} : { id }),
  name,
  created: '2026-11-01T00:00:00.000Z',
  updated: '2026-11-01T00:00:00.000Z',
  items,
});
const stored = (s: FakeStorage) => JSON.parse(s.data.get(STORAGE_KEY)!);
const backups = (s: FakeStorage) =>
  [...s.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX)).map((k) => s.data.get(k)!);

describe('1: keys that name built-in properties', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'a stored activeId %j falls back to a real forløb; ticks show and save',
    (activeId) => {
      const storage = new FakeStorage();
      storage.data.set(
        STORAGE_KEY,
        JSON.stringify({ version: 1, activeId, forloeb: { f1: forloeb('A', { 'a-1': { done: true } }, 'f1') } }),
      );
      const { store } = make(storage);
      expect(store.active.id).toBe('f1');
      expect(store.active.items['a-1']?.done).toBe(true);
      store.setDone('a-2', true);
      expect(stored(storage).forloeb.f1.items['a-2'].done).toBe(true);
      expect(store.notices).toEqual([]);
    },
  );

  it('an item id such as "constructor" is an ordinary item: its note survives a reload', () => {
    const { storage, store } = make();
    store.setNote('constructor', 'Husk vedtægterne');
    expect(store.progress(['constructor', 'valueof'])).toEqual({ done: 0, total: 2 });
    const again = new ChecklistStore(() => storage, now);
    expect(again.notices).toEqual([]);
    // biome-ignore lint/complexity/useLiteralKeys: the item id "constructor" is the point, not a property
    expect(again.active.items['constructor']?.note).toBe('Husk vedtægterne');
  });
});

describe('2: nothing stored is dropped without notice', () => {
  it('a forløb stored under the key "__proto__" is kept with its notes', () => {
    const storage = new FakeStorage();
    const rawA = JSON.stringify(forloeb('A', {}, 'a'));
    const rawB = JSON.stringify(forloeb('B', { 'b-1': { done: true, note: 'Vigtig note' } }));
    const raw = `{"version":1,"activeId":"a","forloeb":{"a":${rawA},"__proto__":${rawB}}}`;
    storage.data.set(STORAGE_KEY, raw);
    const { store } = make(storage);
    expect(
      store
        .list()
        .map((f) => f.name)
        .sort(),
    ).toEqual(['A', 'B']);
    const b = store.list().find((f) => f.name === 'B')!;
    expect(b.items['b-1']?.note).toBe('Vigtig note');
    store.setDone('a-1', true);
    expect(JSON.stringify(stored(storage))).toContain('Vigtig note');
  });

  it('two forløb with the same inner id are both kept, the second under a new id', () => {
    const storage = new FakeStorage();
    storage.data.set(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        activeId: 'x',
        forloeb: {
          x: forloeb('Første', { 'a-1': { done: true, note: 'én' } }, 'x'),
          y: forloeb('Anden', { 'a-1': { done: false, note: 'to' } }, 'x'),
        },
      }),
    );
    const { store } = make(storage);
    expect(store.list()).toHaveLength(2);
    expect(new Set(store.list().map((f) => f.id)).size).toBe(2);
    store.setDone('a-2', true);
    const notes = Object.values(
      stored(storage).forloeb as Record<string, { items: Record<string, { note?: string }> }>,
    ).map((f) => f.items['a-1']?.note);
    expect(notes.sort()).toEqual(['to', 'én']);
  });
});

describe("3: two tabs never write each other's ticks away", () => {
  it('each write starts from what is stored now', () => {
    const storage = new FakeStorage();
    const a = new ChecklistStore(() => storage, now);
    const b = new ChecklistStore(() => storage, now);
    a.setDone('a-1', true);
    b.setDone('a-2', true); // b has not had the storage event yet
    const items = stored(storage).forloeb[stored(storage).activeId].items;
    expect(bare(items)).toEqual({ 'a-1': { done: true }, 'a-2': { done: true } });
    expect(bare(b.active.items)).toEqual(bare(items));
  });

  it('a tab that wrote from a stale read is corrected by the other tab, and both end equal to storage', () => {
    const storage = new FakeStorage();
    const view = new LaggingView(storage);
    const a = new ChecklistStore(() => storage, now);
    const b = new ChecklistStore(() => view, now);
    view.freeze();
    a.setDone('a-1', true);
    b.setDone('a-2', true); // reads the value from before a's tick and writes over it
    view.thaw();
    a.external(storage.data.get(STORAGE_KEY)!);
    b.external(storage.data.get(STORAGE_KEY)!);
    const items = bare(stored(storage).forloeb[stored(storage).activeId].items);
    expect(items).toEqual({ 'a-1': { done: true }, 'a-2': { done: true } });
    expect(bare(a.active.items)).toEqual(items);
    expect(bare(b.active.items)).toEqual(items);
  });

  it('the later change of one item wins, whichever tab made it', () => {
    const storage = new FakeStorage();
    const a = new ChecklistStore(() => storage, now);
    const b = new ChecklistStore(() => storage, now);
    a.setDone('a-1', true);
    b.external(storage.data.get(STORAGE_KEY)!);
    b.setDone('a-1', false);
    a.external(storage.data.get(STORAGE_KEY)!);
    expect(a.active.items['a-1']?.done).toBe(false);
    expect(stored(storage).forloeb[stored(storage).activeId].items['a-1'].done).toBe(false);
  });
});

describe('5: never write over a value this page cannot read', () => {
  it.each([
    ['a newer version', JSON.stringify({ version: 99, forloeb: {} })],
    ['torn JSON', '{"version":1,"activeId":"f1","forl'],
  ])('%s written by another tab after load is left as it is, and the user is told', (_, raw) => {
    const { storage, store } = make();
    store.setDone('a-1', true);
    storage!.data.set(STORAGE_KEY, raw);
    store.setDone('a-2', true);
    expect(storage!.data.get(STORAGE_KEY)).toBe(raw);
    expect(store.writable).toBe(false);
    expect(store.notices.length).toBeGreaterThan(0);
    expect(store.active.items['a-2']?.done).toBe(true);
  });

  it('the same after a storage event that carried it', () => {
    const { storage, store } = make();
    store.setDone('a-1', true);
    const raw = JSON.stringify({ version: 2, forloeb: { x: 'ny form' } });
    storage!.data.set(STORAGE_KEY, raw);
    store.external(raw);
    store.setNote('a-1', 'skrevet bagefter');
    expect(storage!.data.get(STORAGE_KEY)).toBe(raw);
  });
});

const outline: Outline = {
  phases: [
    { id: 'foer', label: 'Før', steps: [{ id: 'trin-1', title: 'Trin', items: [{ id: 'a-1', text: 'Punkt' }] }] },
  ],
};

describe('6: user text cannot reshape the Markdown export', () => {
  it('names are one line and notes stay inside their quote, whatever breaks and markers they hold', () => {
    const { store } = make();
    renameTjekliste(store, store.active.id, 'Navn\n# Falsk overskrift\u2028## Endnu en');
    store.setNote('a-1', 'linje 1\rlinje 2\r\n~~~\n===\n- punkt\n1. nummer\n    kode\u2029sidste');
    const md = exportMarkdown(store, outline);
    const lines = md.split('\n');
    expect(lines.filter((l) => /^#/.test(l))).toEqual([expect.stringMatching(/^# Navn /), '## Før', '### Trin']);
    expect(md).not.toMatch(/[\r\u2028\u2029]/);
    const start = lines.indexOf('- [ ] Punkt');
    const quote = lines.slice(start + 1).filter((l) => l !== '');
    expect(quote.length).toBe(8);
    for (const line of quote) expect(line).toMatch(/^ {2}> (?![~=]{3}|[-+] |\d+\. | )/);
  });

  it('bidirectional controls are removed from names and notes, on input and on load', () => {
    const { storage, store } = make();
    renameTjekliste(store, store.active.id, 'Faktura\u202egnp.exe');
    expect(store.active.name).toBe('Fakturagnp.exe');
    const raw = JSON.stringify({
      version: 1,
      activeId: 'f1',
      forloeb: { f1: forloeb('Navn\u2066x\u2069', { 'a-1': { done: true, note: 'a\u202db' } }, 'f1') },
    });
    storage!.data.set(STORAGE_KEY, raw);
    const again = new ChecklistStore(() => storage, now);
    expect(again.active.name).toBe('Navnx');
    expect(again.active.items['a-1']?.note).toBe('ab');
    expect(backups(storage!)).toContain(raw);
    expect(exportMarkdown(again, outline)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('the import limits hold for stored data too', () => {
  it('forløb over the limit go to a backup and the user is told', () => {
    const storage = new FakeStorage();
    const many = Object.fromEntries(
      Array.from({ length: LIMITS.tjeklister + 10 }, (_, i) => [
        `f${i}`,
        forloeb(`F${i}`, { 'a-1': { done: true, note: `note ${i}` } }, `f${i}`),
      ]),
    );
    const raw = JSON.stringify({ version: 1, activeId: 'f0', forloeb: many });
    storage.data.set(STORAGE_KEY, raw);
    const { store } = make(storage);
    expect(store.list()).toHaveLength(LIMITS.tjeklister);
    expect(backups(storage)).toEqual([raw]);
    // The user reads that a copy was put aside, never the storage key.
    expect(store.notices.map(noticeText).join(' ')).toContain('kopi af alt det gemte');
    expect(store.notices.map(noticeText).join(' ')).not.toContain(BACKUP_PREFIX);
  });

  it('an over-long note and too many items are cut to the limits, with the whole value in a backup', () => {
    const storage = new FakeStorage();
    const items: Record<string, { done: boolean; note?: string }> = Object.fromEntries(
      Array.from({ length: LIMITS.items + 5 }, (_, i) => [`p-${i}`, { done: true }]),
    );
    items['p-0'] = { done: true, note: 'x'.repeat(LIMITS.noteLength + 10) };
    const raw = JSON.stringify({ version: 1, activeId: 'f1', forloeb: { f1: forloeb('A', items, 'f1') } });
    storage.data.set(STORAGE_KEY, raw);
    const { store } = make(storage);
    expect(Object.keys(store.active.items)).toHaveLength(LIMITS.items);
    expect(store.active.items['p-0']?.note).toHaveLength(LIMITS.noteLength);
    expect(backups(storage)).toEqual([raw]);
    expect(store.notices.length).toBe(1);
  });
});

describe('siblings found on the way', () => {
  it('two backups made in the same millisecond do not overwrite each other', () => {
    const storage = new FakeStorage();
    const fixed = () => new Date('2026-11-23T12:00:00.000Z');
    storage.data.set(STORAGE_KEY, 'første ødelagte værdi');
    new ChecklistStore(() => storage, fixed);
    storage.data.set(STORAGE_KEY, 'anden ødelagte værdi');
    new ChecklistStore(() => storage, fixed);
    expect(backups(storage).sort()).toEqual(['anden ødelagte værdi', 'første ødelagte værdi']);
  });

  it('two tabs that create a forløb at the same moment get different ids, and both forløb are kept', () => {
    const storage = new FakeStorage();
    const fixed = () => new Date('2026-11-23T12:00:00.000Z');
    const a = new ChecklistStore(() => storage, fixed);
    const b = new ChecklistStore(() => storage, fixed);
    const fa = createTjekliste(a, 'Fra A')!;
    const fb = createTjekliste(b, 'Fra B')!;
    expect(fa.id).not.toBe(fb.id);
    a.external(storage.data.get(STORAGE_KEY)!);
    expect(
      a
        .list()
        .map((f) => f.name)
        .sort(),
    ).toEqual(['Fra A', 'Fra B', 'Mit partnerskab']);
  });

  it('a forløb deleted in one tab is not brought back by a tab that had not seen the deletion', () => {
    const storage = new FakeStorage();
    const view = new LaggingView(storage);
    const a = new ChecklistStore(() => storage, now);
    const doomed = createTjekliste(a, 'Slettes')!;
    const b = new ChecklistStore(() => view, now);
    view.freeze();
    removeTjekliste(a, doomed.id);
    b.setDone('a-1', true, b.list()[0]!.id); // writes from a read that still has the forløb
    view.thaw();
    a.external(storage.data.get(STORAGE_KEY)!);
    b.external(storage.data.get(STORAGE_KEY)!);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).forloeb[doomed.id]).toBeUndefined();
    expect(b.list().map((f) => f.id)).not.toContain(doomed.id);
  });

  it('a forløb created in one tab survives a stale write from another', () => {
    const storage = new FakeStorage();
    const view = new LaggingView(storage);
    const a = new ChecklistStore(() => storage, now);
    const b = new ChecklistStore(() => view, now);
    view.freeze();
    const created = createTjekliste(a, 'Nyt')!;
    a.setNote('a-1', 'note i det nye', created.id);
    b.setDone('a-2', true);
    view.thaw();
    a.external(storage.data.get(STORAGE_KEY)!);
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!);
    expect(saved.forloeb[created.id].items['a-1'].note).toBe('note i det nye');
  });
});

describe('changes that could not be saved are never forgotten', () => {
  it('while storage is full, older unsaved changes stay and are written once there is room', () => {
    const storage = new FakeStorage();
    let t = Date.parse('2026-11-23T12:00:00.000Z');
    const clock = () => new Date(t);
    const store = new ChecklistStore(() => storage, clock);
    store.setDone('a-1', true);
    storage.quota = 10;
    store.setDone('a-2', true);
    t += 60_000;
    store.setNote('b-1', 'skrevet mens lageret var fuldt');
    t += 60_000;
    storage.quota = Infinity;
    store.setDone('b-2', true);
    const saved = stored(storage);
    expect(bare(saved.forloeb[saved.activeId].items)).toEqual({
      'a-1': { done: true },
      'a-2': { done: true },
      'b-1': { done: false, note: 'skrevet mens lageret var fuldt' },
      'b-2': { done: true },
    });
  });
});

describe('merging always settles', () => {
  it('two tabs renaming the same forløb at once end with the later name, without writing back and forth', () => {
    const storage = new FakeStorage();
    const view = new LaggingView(storage);
    let writes = 0;
    const counting = {
      getItem: (k: string) => storage.getItem(k),
      setItem: (k: string, v: string) => {
        writes++;
        storage.setItem(k, v);
      },
    };
    const a = new ChecklistStore(() => counting, now);
    const b = new ChecklistStore(() => view, now);
    const id = a.active.id;
    view.freeze();
    renameTjekliste(a, id, 'Navn fra A');
    renameTjekliste(b, id, 'Navn fra B'); // later, from a stale read
    view.thaw();
    writes = 0;
    for (let round = 0; round < 5; round++) {
      a.external(storage.data.get(STORAGE_KEY)!);
      b.external(storage.data.get(STORAGE_KEY)!);
    }
    expect(a.active.name).toBe('Navn fra B');
    expect(b.active.name).toBe('Navn fra B');
    expect(writes).toBeLessThanOrEqual(1);
  });
});

describe('a tick and a note merge separately', () => {
  it('a tick made from a stale read does not take the note another tab just wrote on the same item', () => {
    const storage = new FakeStorage();
    const view = new LaggingView(storage);
    const a = new ChecklistStore(() => storage, now);
    const b = new ChecklistStore(() => view, now);
    view.freeze();
    a.setNote('a-1', 'skrevet i A');
    b.setDone('a-1', true);
    view.thaw();
    a.external(storage.data.get(STORAGE_KEY)!);
    b.external(storage.data.get(STORAGE_KEY)!);
    expect(bare(stored(storage).forloeb[stored(storage).activeId].items)).toEqual({
      'a-1': { done: true, note: 'skrevet i A' },
    });
  });
});
