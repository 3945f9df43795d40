/**
 * Small helpers between the UI and the store's contract (issue 10): writes
 * bound to the forløb an edit started in (the store answers `false` when that
 * forløb is gone), and user text as the store cleans it.
 */
import type { ChecklistStore } from './checklist/store';
import { sanitizeUserText } from './checklist/text';

/** User text as shown and exported: one kind of line break, no control or bidi characters. */
export const cleanText = (s: string): string => sanitizeUserText(s);

/** A forløb's name on one line. */
export const oneLine = (s: string): string => sanitizeUserText(s, { oneLine: true });

/** Whether a forløb with this id is stored (own keys only, never a prototype member). */
export const hasForloeb = (store: ChecklistStore, id: string): boolean => Object.hasOwn(store.state.forloeb, id);

/** Ticks in the given forløb; `false` when it is gone. */
export const setDoneIn = (store: ChecklistStore, itemId: string, done: boolean, forloebId: string): boolean =>
  hasForloeb(store, forloebId) && store.setDone(itemId, done, forloebId);

/** Saves a note into the forløb the edit started in; `false` when it is gone (the caller keeps the text and says so). */
export const setNoteIn = (store: ChecklistStore, itemId: string, note: string, forloebId: string): boolean =>
  hasForloeb(store, forloebId) && store.setNote(itemId, note, forloebId);
