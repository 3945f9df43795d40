/**
 * Random stored values, imported files and backups: whatever comes
 * in, no exception escapes, and every note that went in is either in the live
 * store or in a backup (at load), present after import (or the import is
 * refused and nothing changes), or recovered from a backup (or it says it is
 * incomplete).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  ChecklistStore,
  EXPORT_FORMAT,
  LIMITS,
  STORAGE_KEY,
  readBackup,
  sanitizeUserText,
} from '../../src/client/tjekliste/all';
import { importJson } from '../../src/client/tjekliste/on-demand/transfer';
import { FakeStorage, LaggingView, now } from './checklist-store-fakes';

/** A JSON value as text, built from entry lists so keys such as "__proto__" are written as they are. */
type Json = null | boolean | number | string | Json[] | { entries: [string, Json][] };
function toText(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(toText).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}:${toText(x)}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}
const obj = (entries: [string, Json][]): Json => ({ entries });

const trickyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'f1',
  'a-1',
  'a-2',
  'x',
  '',
);
const key = fc.oneof(trickyKey, fc.string({ maxLength: 8 }), fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/));
const controlText = fc.string({
  unit: fc.constantFrom(
    'a',
    ' ',
    '\n',
    '\r',
    '\u2028',
    '\u2029',
    '\u202e',
    '\u2066',
    '\u0000',
    '\u0007',
    '\t',
    '#',
    '-',
    '~',
  ),
  maxLength: 30,
});
const note = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: controlText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('   ', '\n', 'Vigtig note') },
  {
    weight: 1,
    arbitrary: fc.integer({ min: LIMITS.noteLength - 2, max: LIMITS.noteLength + 3 }).map((n) => 'n'.repeat(n)),
  },
);
const stampValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant('2026-11-01T00:00:00.000Z'),
  fc.constant('2999-01-01T00:00:00.000Z'),
  fc.string({ maxLength: 5 }),
  fc.integer(),
);
const item: fc.Arbitrary<Json> = fc
  .record(
    {
      done: fc.oneof(fc.boolean(), fc.constant<Json>('ja'), fc.constant<Json>(null)),
      note: note as fc.Arbitrary<Json>,
      doneAt: stampValue,
      noteAt: stampValue,
    },
    { requiredKeys: ['done'] },
  )
  .map((r) => obj(Object.entries(r) as [string, Json][]));
const uniqueEntries = <T>(value: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(fc.tuple(key, value), { maxLength, selector: ([k]) => k });
const items: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: uniqueEntries(item, 6).map(obj) },
  { weight: 1, arbitrary: fc.constant<Json>([]) },
);
const forloeb: fc.Arbitrary<Json> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record(
        {
          id: fc.oneof(fc.constantFrom<Json>('f1', 'f2', 'x'), key as fc.Arbitrary<Json>, fc.integer()),
          name: fc.oneof(note, fc.constant('')) as fc.Arbitrary<Json>,
          items,
        },
        { requiredKeys: ['items'] },
      )
      .map((r) => obj(Object.entries(r) as [string, Json][])),
  },
  { weight: 1, arbitrary: fc.oneof(fc.constant<Json>(null), fc.string() as fc.Arbitrary<Json>, fc.constant<Json>([])) },
);
const version: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(1),
  fc.constant(2),
  fc.constant(0),
  fc.constant(1.5),
  fc.constant('1'),
  fc.integer(),
);
const wildEnvelope = fc
  .record({
    version,
    activeId: key as fc.Arbitrary<Json>,
    forloeb: fc.oneof(
      { weight: 8, arbitrary: uniqueEntries(forloeb, 5).map(obj) },
      { weight: 1, arbitrary: fc.constant<Json>(null) },
    ),
  })
  .map((r) => obj(Object.entries(r) as [string, Json][]));
/** Envelopes as the site writes them, with only the notes random: most must load without a backup. */
const itemId = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/);
const wellFormedTjekliste = fc
  .record({
    id: fc.constantFrom('f1', 'f2', 'constructor'),
    name: fc.constantFrom('Lolland', 'Mit partnerskab'),
    items: fc
      .uniqueArray(
        fc.tuple(
          itemId,
          fc.record({ done: fc.boolean(), note }).map((r) => obj(Object.entries(r) as [string, Json][])),
        ),
        { maxLength: 4, selector: ([k]) => k },
      )
      .map(obj),
  })
  .map((r) => obj(Object.entries(r) as [string, Json][]));
const wellFormedEnvelope = fc
  .tuple(
    fc.constantFrom<Json>('f1', '__proto__'),
    fc.uniqueArray(fc.tuple(fc.constantFrom('f1', 'f2', '__proto__', 'x'), wellFormedTjekliste), {
      minLength: 1,
      maxLength: 3,
      selector: ([k]) => k,
    }),
  )
  .map(([activeId, entries]) =>
    obj([
      ['version', 1],
      ['activeId', activeId],
      ['forloeb', obj(entries)],
    ]),
  );
const envelope = fc.oneof(wildEnvelope, wellFormedEnvelope);

/** Every note string in forloeb[*].items[*].note of a parsed value. */
function notesIn(text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const rec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const list =
    rec(data) && data.format === EXPORT_FORMAT
      ? [data.forloeb]
      : rec(data) && rec(data.forloeb)
        ? Object.values(data.forloeb)
        : [];
  return list.flatMap((f) =>
    rec(f) && rec(f.items)
      ? Object.values(f.items).flatMap((i) => (rec(i) && typeof i.note === 'string' && i.note ? [i.note] : []))
      : [],
  );
}

function allStrings(v: unknown, into: Set<string>): Set<string> {
  if (typeof v === 'string') into.add(v);
  else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) allStrings(x, into);
  return into;
}

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
        const notes = new Set(Object.values(result.forloeb.items).map((s) => s.note));
        for (const n of notesIn(text))
          if (sanitizeUserText(n).trim()) expect(notes.has(sanitizeUserText(n))).toBe(true);
        expect(JSON.stringify(JSON.parse(storage.data.get(STORAGE_KEY)!))).toContain('min egen note');
      }),
      { numRuns: 300 },
    );
  });

  it('the backup reader: every note is recovered, or it says the backup is incomplete', () => {
    fc.assert(
      fc.property(envelope.map(toText), (raw) => {
        const read = readBackup(raw, '2026-11-23T00:00:00.000Z');
        const recovered = allStrings(read.forloeb, new Set());
        if (read.complete) for (const n of notesIn(raw)) expect(recovered.has(n)).toBe(true);
        expect(new Set(read.forloeb.map((f) => f.id)).size).toBe(read.forloeb.length);
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
