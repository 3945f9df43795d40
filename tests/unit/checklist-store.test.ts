/** The checklist store's core: loading and saving, named tjeklister, and migrating older envelopes. */
import { describe, expect, it } from 'vitest';
import { ChecklistStore } from '../../src/client/tjekliste/store/store';
import { CURRENT_VERSION, STORAGE_KEY } from '../../src/client/tjekliste/store/model';
import { parseEnvelope } from '../../src/client/tjekliste/store/validate';
import {
  createTjekliste,
  removeTjekliste,
  renameTjekliste,
  switchTjekliste,
} from '../../src/client/tjekliste/on-demand/manage';
import { exportJson } from '../../src/client/tjekliste/on-demand/file';
import { bare, make, now } from './checklist-store-fakes';

describe('checklist store: load and save', () => {
  it('starts with one empty tjekliste and saves nothing until something changes', () => {
    const { storage, store } = make();
    expect(store.list()).toHaveLength(1);
    expect(store.active.items).toEqual({});
    expect(storage!.data.has(STORAGE_KEY)).toBe(false);
    expect(store.notices).toEqual([]);
  });

  it('saves ticks and notes in a versioned envelope keyed by item id, and reads them back', () => {
    const { storage, store } = make();
    store.setDone('a-1', true);
    store.setNote('a-2', 'Drøftes på mødet');
    const saved = JSON.parse(storage!.data.get(STORAGE_KEY)!);
    expect(saved.version).toBe(CURRENT_VERSION);
    expect(bare(saved.forloeb[saved.activeId].items)).toEqual({
      'a-1': { done: true },
      'a-2': { done: false, note: 'Drøftes på mødet' },
    });
    const again = new ChecklistStore(() => storage, now);
    expect(bare(again.active.items)['a-1']).toEqual({ done: true });
    expect(again.progress(['a-1', 'a-2', 'b-1'])).toEqual({ done: 1, total: 3 });
  });

  it('keeps the state of items that are no longer in the guide (never wiped)', () => {
    const { storage, store } = make();
    store.setDone('fjernet-punkt', true);
    store.setDone('a-1', true);
    const again = new ChecklistStore(() => storage, now);
    again.setDone('a-2', true);
    expect(Object.keys(again.active.items).sort()).toEqual(['a-1', 'a-2', 'fjernet-punkt']);
    expect(JSON.parse(exportJson(again)).forloeb.items['fjernet-punkt'].done).toBe(true);
  });
});

describe('checklist store: named tjeklister', () => {
  it('creates, renames, switches and deletes, each tjekliste with its own ticks', () => {
    const { store } = make();
    const first = store.active.id;
    store.setDone('a-1', true);
    const lolland = createTjekliste(store, 'Sundhedspartnerskab Lolland')!;
    expect(store.active.id).toBe(lolland.id);
    expect(store.active.items).toEqual({});
    store.setDone('b-1', true);
    renameTjekliste(store, lolland.id, 'Sundhedspartnerskab Lolland-Falster');
    expect(store.active.name).toBe('Sundhedspartnerskab Lolland-Falster');
    switchTjekliste(store, first);
    expect(bare(store.active.items)).toEqual({ 'a-1': { done: true } });
    removeTjekliste(store, first);
    expect(store.list().map((f) => f.id)).toEqual([lolland.id]);
    expect(store.active.id).toBe(lolland.id);
  });

  it('deleting the last tjekliste leaves a fresh empty one, and names stay unique', () => {
    const { store } = make();
    removeTjekliste(store, store.active.id);
    expect(store.list()).toHaveLength(1);
    expect(store.active.items).toEqual({});
    const a = createTjekliste(store, 'Projekt')!;
    const b = createTjekliste(store, 'Projekt')!;
    expect([a.name, b.name]).toEqual(['Projekt', 'Projekt (2)']);
    expect(createTjekliste(store, '   ')!.name).toBe('Mit partnerskab (2)');
  });
});

describe('checklist store: migration', () => {
  it('an older envelope is migrated step by step to the current version', () => {
    const v1 = JSON.stringify({
      version: 1,
      activeId: 'f1',
      forloeb: {
        f1: {
          id: 'f1',
          name: 'Gammel',
          created: '2026-01-01T00:00:00Z',
          updated: '2026-01-01T00:00:00Z',
          items: { 'a-1': { done: true } },
        },
      },
    });
    // A hypothetical version 2 that renames every tjekliste; the real table (MIGRATIONS) is empty until version 2 exists.
    const migrations = {
      1: (old: Record<string, unknown>) => ({
        ...old,
        version: 2,
        forloeb: Object.fromEntries(
          Object.entries(old.forloeb as Record<string, { name: string }>).map(([k, f]) => [
            k,
            { ...f, name: `${f.name} (v2)` },
          ]),
        ),
      }),
    };
    const parsed = parseEnvelope(v1, '2026-11-23T00:00:00Z', migrations, 2);
    expect(parsed.kind).toBe('ok');
    if (parsed.kind !== 'ok') return;
    expect(parsed.envelope.version).toBe(2);
    expect(parsed.envelope.forloeb.f1!.name).toBe('Gammel (v2)');
    expect(parsed.envelope.forloeb.f1!.items).toEqual({ 'a-1': { done: true } });
  });

  it('a version with no migration path counts as corrupted (and is backed up, not lost)', () => {
    expect(parseEnvelope(JSON.stringify({ version: 1, forloeb: {} }), 'x', {}, 3).kind).toBe('corrupt');
  });
});
