/** The store's API as the checklist UI and the share-link decoder use it. */
import { describe, expect, it } from 'vitest';
import { ChecklistStore } from '../../src/client/tjekliste/store/store';
import { EXPORT_FORMAT, LIMITS, STORAGE_KEY } from '../../src/client/tjekliste/store/model';
import { EXPORT, MESSAGES, noticeText } from '../../src/client/tjekliste/on-demand/strings';
import { addToStore, validateTjekliste } from '../../src/client/tjekliste/on-demand/file';
import { fileName } from '../../src/client/tjekliste/on-demand/document';
import { sanitizeUserText } from '../../src/client/tjekliste/store/text';
import { addTjekliste, createTjekliste, removeTjekliste } from '../../src/client/tjekliste/on-demand/manage';
import { exportJson, importJson } from '../../src/client/tjekliste/on-demand/file';
import { FakeStorage, bare, make, now } from './checklist-store-fakes';

describe('setDone and setNote bound to a tjekliste', () => {
  it('write to the named tjekliste, not the active one, and return true', () => {
    const { storage, store } = make();
    const first = store.active.id;
    const second = createTjekliste(store, 'Andet')!;
    expect(store.active.id).toBe(second.id);
    expect(store.setDone('a-1', true, first)).toBe(true);
    expect(store.setNote('a-2', 'til det første', first)).toBe(true);
    const saved = JSON.parse(storage!.data.get(STORAGE_KEY)!);
    expect(bare(saved.forloeb[first].items)).toEqual({
      'a-1': { done: true },
      'a-2': { done: false, note: 'til det første' },
    });
    expect(bare(saved.forloeb[second.id].items)).toEqual({});
    expect(store.active.id).toBe(second.id);
  });

  it('return false and write nothing when that tjekliste was deleted in another tab', () => {
    const { storage, store } = make();
    const doomed = createTjekliste(store, 'Slettes')!;
    const other = new ChecklistStore(() => storage, now);
    removeTjekliste(other, doomed.id);
    const before = storage!.data.get(STORAGE_KEY);
    expect(store.setNote('a-1', 'tekst skrevet i den slettede tjekliste', doomed.id)).toBe(false);
    expect(store.setDone('a-1', true, doomed.id)).toBe(false);
    expect(storage!.data.get(STORAGE_KEY)).toBe(before);
    // state follows what is stored: the tjekliste is gone here too, and the page falls back to another
    expect(store.list().map((f) => f.id)).not.toContain(doomed.id);
    expect(store.active.items['a-1']).toBeUndefined();
  });

  it('an invalid item id is refused', () => {
    const { store } = make();
    expect(store.setDone('<script>', true)).toBe(false);
    expect(store.setNote('A B', 'x')).toBe(false);
  });
});

describe('state after a storage event', () => {
  it("is what is stored plus this tab's changes", () => {
    const { storage, store } = make();
    const other = new ChecklistStore(() => storage, now);
    other.setDone('b-1', true);
    store.external(storage!.data.get(STORAGE_KEY)!);
    expect(bare(store.state.forloeb[store.state.activeId]!.items)).toEqual({ 'b-1': { done: true } });
  });

  it('a value nobody can read makes an "unreadable" notice with a Danish message that asks for a reload', () => {
    const { store } = make();
    store.external('{"version":1,"forl');
    expect(store.notices).toEqual([{ kind: 'unreadable' }]);
    expect(noticeText(store.notices[0]!)).toBe(MESSAGES.unreadable);
    expect(MESSAGES.unreadable).toMatch(/Genindlæs siden/);
  });
});

describe('validateTjekliste (shared with the share-link decoder)', () => {
  it('accepts what import accepts and cleans the text', () => {
    const result = validateTjekliste({
      name: ' Lolland\u202e ',
      items: { 'a-1': { done: true, note: 'linje\r\nto' } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tjekliste.name).toBe('Lolland');
    expect(result.tjekliste.items['a-1']).toEqual({ done: true, note: 'linje\nto' });
    expect(Object.getPrototypeOf(result.tjekliste.items)).toBe(null);
  });

  it.each([
    ['null', /forkert form/],
    ['{"items":{}}', /navnet mangler/],
    ['{"name":"x","items":{"__proto__":{"done":true}}}', /navn, siden ikke kender/],
    ['{"name":"x","items":{"a-1":{"done":"ja"}}}', /forkert form/],
    [
      JSON.stringify({ name: 'x', items: { 'a-1': { done: true, note: 'x'.repeat(LIMITS.noteLength + 1) } } }),
      /for lang/,
    ],
  ])('rejects %s with a Danish message', (json, message) => {
    const result = validateTjekliste(JSON.parse(json));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('a validated tjekliste can be added; at the limit the store says so', () => {
    const { store } = make();
    const result = validateTjekliste({ name: 'Delt', items: { 'a-1': { done: true } } });
    if (!result.ok) throw new Error(result.message);
    const added = addToStore(store, result.tjekliste);
    expect(added.ok && store.active.name).toBe('Delt');
    for (let i = store.list().length; i < LIMITS.tjeklister; i++) createTjekliste(store, `F${i}`);
    expect(addTjekliste(store, result.tjekliste)).toBeNull();
    // Each refusal says that nothing changed, as every other refused import does.
    expect(addToStore(store, result.tjekliste)).toEqual({
      ok: false,
      message: `${MESSAGES.tooManyTjeklister} ${EXPORT.nothingChanged}`,
    });
    store.stopped = true;
    expect(addToStore(store, result.tjekliste)).toEqual({
      ok: false,
      message: `${MESSAGES.notSaved} ${EXPORT.nothingChanged}`,
    });
    store.stopped = false;
    expect(createTjekliste(store, 'En for meget')).toBeNull();
  });
});

describe('sanitizeUserText', () => {
  it('normalises every line break, removes control and bidi characters, and folds to one line on request', () => {
    expect(sanitizeUserText('a\r\nb\rc\u2028d\u2029e')).toBe('a\nb\nc\nd\ne');
    expect(sanitizeUserText('x\u0000\u0007\u009by\u202a\u202e\u2066\u2069z')).toBe('xyz');
    expect(sanitizeUserText('  Navn\n\n# ikke overskrift\t ', { oneLine: true })).toBe('Navn # ikke overskrift');
    expect(sanitizeUserText('ret til venstre\u200f')).toBe('ret til venstre\u200f');
  });
});

describe('messages and file names', () => {
  it('the size message names both sizes; import uses it', () => {
    const { store } = make();
    const result = importJson(store, '{}', LIMITS.fileBytes + 1);
    expect(result).toEqual({ ok: false, message: MESSAGES.fileTooLarge(LIMITS.fileBytes + 1) });
    expect(MESSAGES.fileTooLarge(2 * 1024 * 1024)).toMatch(/2 MB.*1 MB/);
  });

  it("file names use the site's slug rules (accents folded, no bidi)", () => {
    expect(fileName('Café Ærø\u202e', 'md')).toBe('cafe-aeroe.md');
    expect(fileName('x'.repeat(80), 'json')).toBe(`${'x'.repeat(60)}.json`);
  });

  it('an export is read back by import with stamps no later than now', () => {
    const storage = new FakeStorage();
    const { store } = make(storage);
    store.setDone('a-1', true);
    const file = JSON.parse(exportJson(store));
    expect(file.format).toBe(EXPORT_FORMAT);
    file.forloeb.items['a-1'].doneAt = '2999-01-01T00:00:00.000Z';
    const result = importJson(store, JSON.stringify(file));
    expect(result.ok && Date.parse(result.tjekliste.items['a-1']!.doneAt!)).toBeLessThan(Date.parse('2999-01-01'));
  });
});
