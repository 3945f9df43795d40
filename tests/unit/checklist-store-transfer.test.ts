/** The checklist store's export and import: the JSON backup, files it refuses, and the Markdown export. */
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, LIMITS, STORAGE_KEY } from '../../src/client/tjekliste/store/model';
import { fileName, type Outline } from '../../src/client/tjekliste/on-demand/document';
import { renameTjekliste } from '../../src/client/tjekliste/on-demand/manage';
import { tjeklisteRichText } from '../../src/client/tjekliste/on-demand/document';
import { exportJson, importJson } from '../../src/client/tjekliste/on-demand/file';
import { bare, make } from './checklist-store-fakes';

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

describe('checklist store: export and import', () => {
  it('JSON export round-trips into a new tjekliste with the same ticks and notes', () => {
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

  it('a file from a newer version keeps the fields this version does not know, as stored data does', () => {
    const { store, storage } = make();
    const file = JSON.parse(exportJson(store));
    file.forloeb.farve = 'grøn';
    file.forloeb.items = { 'a-1': { done: true, doneAt: '2026-01-01T00:00:00.000Z', kilde: 'møde' } };
    expect(importJson(store, JSON.stringify(file)).ok).toBe(true);
    const stored = JSON.parse(storage!.getItem(STORAGE_KEY)!).forloeb[store.active.id];
    expect(stored.farve).toBe('grøn');
    expect(stored.items['a-1'].kilde).toBe('møde');
  });

  it('an imported tjekliste never overwrites one with the same name', () => {
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
    // The page shows the message as it is, so it must say that nothing changed.
    if (!result.ok) expect(result.message).toContain('Intet er ændret.');
    expect(storage!.data.get(STORAGE_KEY)).toBe(before);
    expect(store.list()).toHaveLength(1);
  });

  it('rejects a huge file by its size before parsing it', () => {
    const { store } = make();
    const result = importJson(store, '{}', LIMITS.fileBytes + 1);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/for stor.*Intet er ændret\./) });
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
    const md = tjeklisteRichText(store.active, outline, store.now()).markdown;
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
    const md = tjeklisteRichText(store.active, outline, store.now()).markdown;
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
