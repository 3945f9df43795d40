import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  ChecklistStore,
  CURRENT_VERSION,
  EXPORT_FORMAT,
  LIMITS,
  MESSAGES,
  STORAGE_KEY,
  fileName,
  noticeText,
  parseEnvelope,
  type Outline,
} from '../../src/client/tjekliste/all';
import {
  createTjekliste,
  removeTjekliste,
  renameTjekliste,
  switchTjekliste,
} from '../../src/client/tjekliste/on-demand/manage';
import { exportJson, exportMarkdown, importJson } from '../../src/client/tjekliste/on-demand/transfer';
import { FakeStorage, bare, make, now } from './checklist-store-fakes';

const outline: Outline = {
  phases: [
    {
      id: 'foer',
      label: 'Før',
      steps: [
        {
          id: 'trin-1',
          title: 'Find problemet',
          items: [
            { id: 'a-1', text: 'Enige om *problemet*' },
            { id: 'a-2', text: 'Klar interesse' },
          ],
        },
      ],
    },
    {
      id: 'efter',
      label: 'Efter',
      steps: [{ id: 'trin-2', title: 'Evaluér', items: [{ id: 'b-1', text: 'Evaluering planlagt' }] }],
    },
  ],
};

describe('checklist store: load and save', () => {
  it('starts with one empty forløb and saves nothing until something changes', () => {
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

describe('checklist store: named forløb', () => {
  it('creates, renames, switches and deletes, each forløb with its own ticks', () => {
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

  it('deleting the last forløb leaves a fresh empty one, and names stay unique', () => {
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

  it('a forløb with an unreadable item keeps the rest; the whole value is backed up and the user told', () => {
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
    // A hypothetical version 2 that renames every forløb; the real table (MIGRATIONS) is empty until version 2 exists.
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

describe('checklist store: export and import', () => {
  it('JSON export round-trips into a new forløb with the same ticks and notes', () => {
    const { store } = make();
    renameTjekliste(store, store.active.id, 'Sundhedspartnerskab Lolland');
    store.setDone('a-1', true);
    store.setNote('b-1', 'Linje 1\nLinje 2');
    const json = exportJson(store);
    expect(JSON.parse(json).format).toBe(EXPORT_FORMAT);
    const { store: other } = make();
    const result = importJson(other, json);
    expect(result.ok).toBe(true);
    expect(other.active.name).toBe('Sundhedspartnerskab Lolland');
    expect(bare(other.active.items)).toEqual(bare(store.active.items));
    // A first visit's untouched list gives way: the reader ends with one tjekliste, not two.
    expect(other.list()).toHaveLength(1);
    const { store: used } = make();
    used.setDone('a-2', true);
    expect(importJson(used, json).ok).toBe(true);
    expect(used.list()).toHaveLength(2);
  });

  it('an imported forløb never overwrites one with the same name', () => {
    const { store } = make();
    store.setNote('a-1', 'min egen note');
    const json = exportJson(store);
    expect(importJson(store, json).ok).toBe(true);
    expect(store.list().map((f) => f.name)).toEqual(['Mit partnerskab', 'Mit partnerskab (2)']);
  });

  const bad: [string, string, RegExp][] = [
    ['malformed JSON', '{"format": "partnerskabsguiden/forloeb", ', /ikke en sikkerhedskopi, eller den er beskadiget/],
    ['wrong shape', JSON.stringify({ hello: 'world' }), /ikke en sikkerhedskopi/],
    ['an array', '[1,2,3]', /ikke en sikkerhedskopi/],
    [
      'unknown version',
      JSON.stringify({ format: EXPORT_FORMAT, version: 99, forloeb: { name: 'x', items: {} } }),
      /nyere udgave/,
    ],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, forloeb: { name: 'x', items: {} } }), /Filen er beskadiget/],
    ['missing name', JSON.stringify({ format: EXPORT_FORMAT, version: 1, forloeb: { items: {} } }), /navnet mangler/],
    [
      'bad item id',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 1,
        forloeb: { name: 'x', items: { '<script>': { done: true } } },
      }),
      /navn, siden ikke kender/,
    ],
    [
      'item of wrong shape',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, forloeb: { name: 'x', items: { 'a-1': true } } }),
      /forkert form/,
    ],
    [
      'overlong note',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 1,
        forloeb: { name: 'x', items: { 'a-1': { done: true, note: 'x'.repeat(LIMITS.noteLength + 1) } } },
      }),
      /for lang/,
    ],
    [
      'too many items',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 1,
        forloeb: {
          name: 'x',
          items: Object.fromEntries(Array.from({ length: LIMITS.items + 1 }, (_, i) => [`p-${i}`, { done: true }])),
        },
      }),
      /for mange punkter/,
    ],
  ];
  it.each(bad)('rejects %s with a Danish message and changes nothing', (_, text, message) => {
    const { storage, store } = make();
    store.setDone('a-1', true);
    const before = storage!.data.get(STORAGE_KEY);
    const result = importJson(store, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    expect(storage!.data.get(STORAGE_KEY)).toBe(before);
    expect(store.list()).toHaveLength(1);
  });

  it('rejects a huge file by its size before parsing it', () => {
    const { store } = make();
    const result = importJson(store, '{}', LIMITS.fileBytes + 1);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/for stor/) });
  });

  it('hostile text in a note or name stays text: kept verbatim in the data, escaped in Markdown', () => {
    const { store } = make();
    const hostile = '<img src=x onerror=alert(1)>';
    const json = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      forloeb: { name: `${hostile} navn`, items: { 'a-1': { done: true, note: hostile } } },
    });
    expect(importJson(store, json).ok).toBe(true);
    expect(store.active.items['a-1']!.note).toBe(hostile);
    const md = exportMarkdown(store, outline);
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });
});

describe('checklist store: Markdown export', () => {
  it('lists phases, steps and items with their ticks and notes, and items no longer in the guide', () => {
    const { store } = make();
    renameTjekliste(store, store.active.id, 'Sundhedspartnerskab Lolland');
    store.setDone('a-1', true);
    store.setNote('a-2', 'Spørg KL');
    store.setDone('gammelt-punkt', true);
    const md = exportMarkdown(store, outline);
    expect(md).toContain('# Sundhedspartnerskab Lolland');
    // Dates as Danish text writes them, never as 2026-11-23.
    expect(md).toMatch(/eksporteret \d{1,2}\. november 2026\./);
    expect(md).toContain('1 af 3 punkter er klaret.');
    expect(md).toContain(
      '## Før\n\n### Find problemet\n\n- [x] Enige om \\*problemet\\*\n- [ ] Klar interesse\n  > Spørg KL',
    );
    expect(md).toContain('## Efter\n\n### Evaluér\n\n- [ ] Evaluering planlagt');
    expect(md).toContain('## Punkter, der ikke længere står i guiden\n\n- [x] gammelt-punkt');
  });

  it('file names are ASCII slugs', () => {
    expect(fileName('Sundhedspartnerskab Lolland-Falster Ø', 'md')).toBe('sundhedspartnerskab-lolland-falster-oe.md');
    expect(fileName('<>', 'json')).toBe('tjekliste.json');
  });
});
