/**
 * Two tabs on the same stored data, store level: each case here failed before the fix (ticks written away
 * by a stale read, backups or tjeklister made in the same millisecond, deletions brought back, merges that
 * never settle, a tick taking another tab's note).
 */
import { describe, expect, it } from 'vitest';
import { ChecklistStore } from '../../src/client/tjekliste/store/store';
import { STORAGE_KEY } from '../../src/client/tjekliste/store/model';
import { createTjekliste, removeTjekliste, renameTjekliste } from '../../src/client/tjekliste/on-demand/manage';
import { FakeStorage, LaggingView, bare, now } from './checklist-store-fakes';
import { backups, stored } from './checklist-store-stored';

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

  it('two tabs that create a tjekliste at the same moment get different ids, and both tjeklister are kept', () => {
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

  it('a tjekliste deleted in one tab is not brought back by a tab that had not seen the deletion', () => {
    const storage = new FakeStorage();
    const view = new LaggingView(storage);
    const a = new ChecklistStore(() => storage, now);
    const doomed = createTjekliste(a, 'Slettes')!;
    const b = new ChecklistStore(() => view, now);
    view.freeze();
    removeTjekliste(a, doomed.id);
    b.setDone('a-1', true, b.list()[0]!.id); // writes from a read that still has the tjekliste
    view.thaw();
    a.external(storage.data.get(STORAGE_KEY)!);
    b.external(storage.data.get(STORAGE_KEY)!);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!).forloeb[doomed.id]).toBeUndefined();
    expect(b.list().map((f) => f.id)).not.toContain(doomed.id);
  });

  it('a tjekliste created in one tab survives a stale write from another', () => {
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

describe('merging always settles', () => {
  it('two tabs renaming the same tjekliste at once end with the later name, without writing back and forth', () => {
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
