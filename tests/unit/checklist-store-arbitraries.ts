/**
 * Random stored envelopes and imported files for the property tests of the checklist store, and readers
 * that pick the notes out of them: keys that name built-in properties, control characters, notes at the
 * length limit, wrong types and versions.
 */
import fc from 'fast-check';
import { EXPORT_FORMAT, LIMITS } from '../../src/client/tjekliste/store/model';

/** A JSON value as text, built from entry lists so keys such as "__proto__" are written as they are. */
export type Json = null | boolean | number | string | Json[] | { entries: [string, Json][] };
export function toText(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(toText).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}:${toText(x)}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}
export const obj = (entries: [string, Json][]): Json => ({ entries });

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
export const forloeb: fc.Arbitrary<Json> = fc.oneof(
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
export const version: fc.Arbitrary<Json> = fc.oneof(
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
export const envelope = fc.oneof(wildEnvelope, wellFormedEnvelope);

/** Every note string in forloeb[*].items[*].note of a parsed value. */
export function notesIn(text: string): string[] {
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
