/**
 * Faults found after the store was hardened, each written as a failing test
 * before its fix: dates that are valid but not ISO, saving stopped while an
 * import or a share link still said "gemt", and fields this version does not
 * know dropped on first load.
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, STORAGE_KEY } from '../../src/client/tjekliste/store/model';
import { ChecklistStore } from '../../src/client/tjekliste/store/store';
import { addToStore, importJson } from '../../src/client/tjekliste/on-demand/file';
import { FakeStorage, now } from './checklist-store-fakes';

const stored = (s: FakeStorage) => JSON.parse(s.data.get(STORAGE_KEY)!);
const backups = (s: FakeStorage) => [...s.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
const open = (storage: FakeStorage) => new ChecklistStore(() => storage, now);

function envelope(items: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    activeId: 'f1',
    forloeb: {
      f1: { id: 'f1', name: 'A', created: '2026-11-01T00:00:00.000Z', updated: '2026-11-01T00:00:00.000Z', items },
    },
    ...extra,
  };
}

describe('a time that is a valid date but not ISO', () => {
  it.each([['2026/01/01'], ['Thu, 01 Jan 2026 00:00:00 GMT']])(
    'stored as doneAt/noteAt %j: the item can still be ticked, unticked and noted',
    (time) => {
      const storage = new FakeStorage();
      storage.data.set(
        STORAGE_KEY,
        JSON.stringify(envelope({ 'a-1': { done: true, doneAt: time, note: 'x', noteAt: time } })),
      );
      const store = open(storage);
      expect(store.active.items['a-1']?.doneAt).toBe(new Date(time).toISOString());
      store.setDone('a-1', false);
      expect(store.active.items['a-1']?.done).toBe(false);
      store.setNote('a-1', 'y');
      expect(store.active.items['a-1']?.note).toBe('y');
      expect(stored(storage).forloeb.f1.items['a-1']).toMatchObject({ done: false, note: 'y' });
    },
  );

  it('in a backup file: the imported item can be unticked', () => {
    const store = open(new FakeStorage());
    const file = JSON.stringify({
      format: 'partnerskabsguiden/forloeb',
      version: 1,
      exported: '2026-01-02T00:00:00.000Z',
      forloeb: {
        name: 'Fra fil',
        created: '2026/01/01',
        updated: '2026/01/01',
        items: { 'a-1': { done: true, doneAt: '2026/01/01' } },
      },
    });
    const result = importJson(store, file);
    expect(result.ok).toBe(true);
    expect(store.active.created).toBe(new Date('2026/01/01').toISOString());
    store.setDone('a-1', false);
    expect(store.active.items['a-1']?.done).toBe(false);
  });
});

describe('while saving is stopped, nothing claims to be saved', () => {
  const stoppedStore = () => {
    const storage = new FakeStorage();
    storage.data.set(STORAGE_KEY, JSON.stringify({ ...envelope({}), version: 99 }));
    return { storage, store: open(storage) };
  };
  const file = JSON.stringify({
    format: 'partnerskabsguiden/forloeb',
    version: 1,
    exported: '2026-01-02T00:00:00.000Z',
    forloeb: { name: 'Fra fil', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', items: {} },
  });

  it('an import is refused with the reason, and the newer data is untouched', () => {
    const { storage, store } = stoppedStore();
    const before = storage.data.get(STORAGE_KEY);
    const result = importJson(store, file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/ikke gemt/);
    expect(storage.data.get(STORAGE_KEY)).toBe(before);
  });

  it('"Gem som ny tjekliste" from a share link is refused with the reason', () => {
    const { store } = stoppedStore();
    const result = addToStore(store, { id: '', name: 'Delt', created: '', updated: '', items: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/ikke gemt/);
  });
});

describe('fields this version does not know', () => {
  it('are kept in the envelope, the tjekliste and the items, on load and after a tick', () => {
    const storage = new FakeStorage();
    const raw = envelope({ 'a-1': { done: false, flag: 'rød' } }, { settings: { theme: 'mørk' } }) as ReturnType<
      typeof envelope
    > & { forloeb: { f1: Record<string, unknown> } };
    raw.forloeb.f1.colour = 'blå';
    storage.data.set(STORAGE_KEY, JSON.stringify(raw));
    const store = open(storage);
    store.setDone('a-1', true);
    const after = stored(storage);
    expect(after.settings).toEqual({ theme: 'mørk' });
    expect(after.forloeb.f1.colour).toBe('blå');
    expect(after.forloeb.f1.items['a-1']).toMatchObject({ done: true, flag: 'rød' });
    expect(store.notices).toEqual([]);
    expect(backups(storage)).toEqual([]);
  });
});

describe("data as today's site stores it", () => {
  // Written by the site in December 2026 (key partnerskabsguiden:tjekliste): it must load unchanged.
  const TODAY =
    '{"version":1,"activeId":"fmiabc12xyz","forloeb":{"f1":{"id":"f1","name":"Mit partnerskab",' +
    '"created":"2026-11-20T09:00:00.000Z","updated":"2026-11-21T10:00:00.000Z","items":{}},' +
    '"fmiabc12xyz":{"id":"fmiabc12xyz","name":"Sundhedspartnerskab Lolland","created":"2026-11-21T09:00:00.000Z",' +
    '"updated":"2026-11-22T12:30:00.000Z","renamed":"2026-11-21T09:05:00.000Z",' +
    '"items":{"problem-kan-ikke-loeses-alene":' +
    '{"done":true,"doneAt":"2026-11-22T12:00:00.000Z","note":"Drøftes på styregruppemødet",' +
    '"noteAt":"2026-11-22T12:30:00.000Z"},"faelles-maal":{"done":false,"doneAt":"2026-11-22T12:10:00.000Z"}}}},' +
    '"removed":["fold1"]}';

  it('loads with its ticks, notes and names, without a notice, a backup or a write', () => {
    const storage = new FakeStorage();
    storage.data.set(STORAGE_KEY, TODAY);
    const store = open(storage);
    expect(store.notices).toEqual([]);
    expect(store.active.name).toBe('Sundhedspartnerskab Lolland');
    expect(store.active.items['problem-kan-ikke-loeses-alene']).toEqual({
      done: true,
      doneAt: '2026-11-22T12:00:00.000Z',
      note: 'Drøftes på styregruppemødet',
      noteAt: '2026-11-22T12:30:00.000Z',
    });
    expect(store.list().map((f) => f.name)).toEqual(['Mit partnerskab', 'Sundhedspartnerskab Lolland']);
    expect(storage.data.get(STORAGE_KEY)).toBe(TODAY);
    expect(backups(storage)).toEqual([]);
    store.setDone('faelles-maal', true);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toMatchObject({
      version: 1,
      removed: ['fold1'],
      forloeb: { fmiabc12xyz: { items: { 'faelles-maal': { done: true } } } },
    });
  });
});
