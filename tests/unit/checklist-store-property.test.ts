/**
 * Random stored values, imported files and backups: whatever comes
 * in, no exception escapes, and every note that went in is either in the live
 * store or in a backup (at load), present after import (or the import is
 * refused and nothing changes), or recovered from a backup (or it says it is
 * incomplete). The random values are made in checklist-store-arbitraries.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, EXPORT_FORMAT, STORAGE_KEY } from '../../src/client/tjekliste/store/model';
import { ChecklistStore } from '../../src/client/tjekliste/store/store';
import { sanitizeUserText } from '../../src/client/tjekliste/store/text';
import { importJson } from '../../src/client/tjekliste/on-demand/file';
import { type Json, envelope, forloeb, notesIn, obj, toText, version } from './checklist-store-arbitraries';
import { FakeStorage, LaggingView, now } from './checklist-store-fakes';

describe('random input never escapes as an exception and never loses a note', () => {
  it('at load: each note is in the live store or in a backup (or the stored value is left untouched)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 9, arbitrary: envelope.map(toText) },
          { weight: 1, arbitrary: envelope.map((e) => toText(e).slice(0, -3)) },
        ),
        (raw) => {
          const storage = new FakeStorage();
          storage.data.set(STORAGE_KEY, raw);
          const store = new ChecklistStore(() => storage, now);
          store.setDone('a-1', true);
          const kept = new Set<string>();
          for (const f of store.list()) for (const s of Object.values(f.items)) if (s.note) kept.add(s.note);
          for (const [k, v] of storage.data) {
            if (k.startsWith(BACKUP_PREFIX) || (k === STORAGE_KEY && v === raw)) {
              kept.add(v);
              for (const n of notesIn(v)) kept.add(n);
            }
          }
          for (const n of notesIn(raw)) expect(kept.has(n), JSON.stringify(n)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('at import: a file is taken with its notes (cleaned) or refused with a message and nothing changes', () => {
    const file = fc
      .record({ format: fc.constantFrom<Json>(EXPORT_FORMAT, 'noget andet'), version, forloeb })
      .map((r) => toText(obj(Object.entries(r) as [string, Json][])));
    fc.assert(
      fc.property(file, (text) => {
        const storage = new FakeStorage();
        const store = new ChecklistStore(() => storage, now);
        store.setNote('a-1', 'min egen note');
        const before = storage.data.get(STORAGE_KEY);
        const result = importJson(store, text);
        if (!result.ok) {
          expect(result.message.length).toBeGreaterThan(10);
          expect(storage.data.get(STORAGE_KEY)).toBe(before);
          return;
        }
        const notes = new Set(Object.values(result.tjekliste.items).map((s) => s.note));
        for (const n of notesIn(text))
          if (sanitizeUserText(n).trim()) expect(notes.has(sanitizeUserText(n))).toBe(true);
        expect(JSON.stringify(JSON.parse(storage.data.get(STORAGE_KEY)!))).toContain('min egen note');
      }),
      { numRuns: 300 },
    );
  });
});

describe('two tabs in any interleaving', () => {
  type Op = { tab: 0 | 1; item: string; done: boolean; note: boolean; deliver: boolean; lag: number };
  const op: fc.Arbitrary<Op> = fc.record({
    tab: fc.constantFrom<0 | 1>(0, 1),
    item: fc.constantFrom('a-1', 'a-2', 'a-3', 'constructor'),
    done: fc.boolean(),
    note: fc.boolean(),
    deliver: fc.boolean(),
    lag: fc.constantFrom(0, 0, 1, 2),
  });

  it('end equal to storage, and every item holds the last change made to it', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const storage = new FakeStorage();
        const views = [new LaggingView(storage), new LaggingView(storage)];
        // A tab's view lags by milliseconds in a browser, well within GRACE_MS: the clock steps 1 ms per call.
        let t = Date.parse('2026-11-23T12:00:00.000Z');
        const msClock = () => new Date(t++);
        const tabs = views.map((v) => new ChecklistStore(() => v, msClock));
        const expectedDone = new Map<string, boolean>();
        const expectedNote = new Map<string, string>();
        const history: (string | null)[] = [null];
        ops.forEach((o, i) => {
          const view = views[o.tab]!;
          // With a lag, this tab reads the value from some writes ago (the other tab's writes have not reached it).
          if (o.lag) view.showOld(STORAGE_KEY, history[Math.max(0, history.length - 1 - o.lag)]!);
          const tab = tabs[o.tab]!;
          if (o.note) {
            tab.setNote(o.item, `note ${i}`);
            expectedNote.set(o.item, `note ${i}`);
          } else {
            tab.setDone(o.item, o.done);
            expectedDone.set(o.item, o.done);
          }
          view.thaw();
          history.push(storage.data.get(STORAGE_KEY) ?? null);
          if (o.deliver) tabs[1 - o.tab]!.external(storage.data.get(STORAGE_KEY) ?? null);
        });
        for (let round = 0; round < 3; round++)
          for (const tab of tabs) tab.external(storage.data.get(STORAGE_KEY) ?? null);
        const saved = JSON.parse(storage.data.get(STORAGE_KEY)!);
        const items = saved.forloeb.f1.items as Record<string, { done: boolean; note?: string }>;
        for (const tab of tabs) expect({ ...tab.state.forloeb.f1!.items }).toEqual(items);
        for (const [item, done] of expectedDone) expect(items[item]?.done, item).toBe(done);
        for (const [item, note] of expectedNote) expect(items[item]?.note, item).toBe(note);
      }),
      { numRuns: 300 },
    );
  });
});
