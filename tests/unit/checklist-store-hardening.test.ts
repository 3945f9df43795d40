/**
 * Hostile and broken stored data, store level: each case here failed before the fix (prototype keys,
 * entries dropped on load, writing over unreadable data, Markdown reshaped by user text, stored data
 * over the limits, unsaved changes forgotten). Two tabs at once are in checklist-store-tabs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, LIMITS, STORAGE_KEY } from '../../src/client/tjekliste/store/model';
import { ChecklistStore } from '../../src/client/tjekliste/store/store';
import { noticeText } from '../../src/client/tjekliste/on-demand/strings';
import type { Outline } from '../../src/client/tjekliste/on-demand/document';
import { renameTjekliste } from '../../src/client/tjekliste/on-demand/manage';
import { tjeklisteRichText } from '../../src/client/tjekliste/on-demand/document';
import { FakeStorage, bare, make, now } from './checklist-store-fakes';
import { backups, forloeb, stored } from './checklist-store-stored';

describe('1: keys that name built-in properties', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'a stored activeId %j falls back to a real tjekliste; ticks show and save',
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
  it('a tjekliste stored under the key "__proto__" is kept with its notes', () => {
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

  it('two tjeklister with the same inner id are both kept, the second under a new id', () => {
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
    const md = tjeklisteRichText(store.active, outline, store.now()).markdown;
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
    expect(tjeklisteRichText(again.active, outline, again.now()).markdown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('the import limits hold for stored data too', () => {
  it('tjeklister over the limit go to a backup and the user is told', () => {
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
