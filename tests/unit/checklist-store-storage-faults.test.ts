/**
 * The checklist store when storage fails or holds what it cannot read: no storage, a full quota, corrupted or
 * newer data (kept in a backup, never overwritten), and changes from another tab.
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, CURRENT_VERSION, STORAGE_KEY } from '../../src/client/tjekliste/store/model';
import { ChecklistStore } from '../../src/client/tjekliste/store/store';
import { MESSAGES, noticeText } from '../../src/client/tjekliste/on-demand/strings';
import { FakeStorage, bare, make, now } from './checklist-store-fakes';

describe('checklist store: faults', () => {
  it('storage that throws on access: works in memory and says so', () => {
    const storage = new FakeStorage();
    storage.failGet = true;
    const { store } = make(storage);
    expect(store.writable).toBe(false);
    expect(store.notices.map(noticeText)).toEqual([MESSAGES.unavailable]);
    store.setDone('a-1', true);
    expect(store.active.items['a-1']?.done).toBe(true);
  });

  it('no storage at all (the getter throws): same', () => {
    const store = new ChecklistStore(() => {
      throw new DOMException('denied', 'SecurityError');
    }, now);
    expect(store.notices[0]!.kind).toBe('unavailable');
    store.setDone('a-1', true);
    expect(store.progress(['a-1']).done).toBe(1);
  });

  it('quota exceeded: the change stays in memory, the user is told, the next save succeeds', () => {
    const { storage, store } = make();
    store.setDone('a-1', true);
    storage!.quota = 10;
    store.setNote('a-2', 'en lang note');
    expect(store.notices.map((n) => n.kind)).toEqual(['quota']);
    expect(store.active.items['a-2']!.note).toBe('en lang note');
    storage!.quota = Infinity;
    store.setDone('b-1', true);
    expect(store.notices).toEqual([]);
    expect(JSON.parse(storage!.data.get(STORAGE_KEY)!).forloeb[store.active.id].items['a-2'].note).toBe('en lang note');
  });

  it('corrupted JSON: the raw value is kept in a backup key, the user is told, the store starts clean', () => {
    const storage = new FakeStorage();
    storage.data.set(STORAGE_KEY, '{"version":1,"forloeb":{ broken');
    const { store } = make(storage);
    const backups = [...storage.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
    expect(backups).toHaveLength(1);
    expect(storage.data.get(backups[0]!)).toBe('{"version":1,"forloeb":{ broken');
    expect(store.notices[0]!.kind).toBe('corrupt');
    expect(noticeText(store.notices[0]!)).toContain('lagt en kopi af dem til side');
    expect(noticeText(store.notices[0]!)).not.toContain(backups[0]);
    expect(store.active.items).toEqual({});
    expect(store.writable).toBe(true);
  });

  it('valid JSON of the wrong shape counts as corrupted too (and is backed up)', () => {
    for (const raw of ['[]', '"tekst"', '{"version":1,"forloeb":{}}', '{"version":"1"}']) {
      const storage = new FakeStorage();
      storage.data.set(STORAGE_KEY, raw);
      const { store } = make(storage);
      expect(store.notices[0]?.kind, raw).toBe('corrupt');
      expect([...storage.data.values()]).toContain(raw);
    }
  });

  it('a tjekliste with an unreadable item keeps the rest; the whole value is backed up and the user told', () => {
    const raw = '{"version":1,"forloeb":{"x":{"name":"A","items":{"A B":{"done":true},"a-1":{"done":true}}}}}';
    const storage = new FakeStorage();
    storage.data.set(STORAGE_KEY, raw);
    const { store } = make(storage);
    expect(store.notices.map((n) => n.kind)).toEqual(['repaired']);
    expect(bare(store.active.items)).toEqual({ 'a-1': { done: true } });
    expect([...storage.data.values()]).toContain(raw);
  });

  it('corrupted data and no room for a backup: the original is not overwritten', () => {
    const storage = new FakeStorage();
    storage.data.set(STORAGE_KEY, 'not json');
    storage.quota = 20;
    const { store } = make(storage);
    expect(store.writable).toBe(false);
    store.setDone('a-1', true);
    expect(storage.data.get(STORAGE_KEY)).toBe('not json');
    expect(noticeText(store.notices[0]!)).toBe(MESSAGES.corrupt(null));
  });

  it('an envelope from a newer version is left untouched', () => {
    const storage = new FakeStorage();
    const future = JSON.stringify({ version: CURRENT_VERSION + 1, whatever: true });
    storage.data.set(STORAGE_KEY, future);
    const { store } = make(storage);
    expect(store.notices[0]!.kind).toBe('newer');
    store.setDone('a-1', true);
    expect(storage.data.get(STORAGE_KEY)).toBe(future);
  });

  it('a change from another tab is followed; garbage from it stops saving until a readable value arrives', () => {
    const { storage, store } = make();
    const other = new ChecklistStore(() => storage, now);
    other.setDone('a-1', true);
    store.external(storage!.data.get(STORAGE_KEY)!);
    expect(store.active.items['a-1']?.done).toBe(true);
    expect(store.notices.map((n) => n.kind)).toEqual(['external']);
    store.external('{{{');
    expect(store.active.items['a-1']?.done).toBe(true);
    expect(store.writable).toBe(false);
    expect(store.notices.map((n) => n.kind)).toContain('unreadable');
    store.setDone('a-2', true);
    other.setDone('b-1', true);
    store.external(storage!.data.get(STORAGE_KEY)!);
    expect(store.writable).toBe(true);
    expect(store.notices.map((n) => n.kind)).not.toContain('unreadable');
    const saved = JSON.parse(storage!.data.get(STORAGE_KEY)!);
    expect(Object.keys(saved.forloeb[saved.activeId].items).sort()).toEqual(['a-1', 'a-2', 'b-1']);
  });
});
