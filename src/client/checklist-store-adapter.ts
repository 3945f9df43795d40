/**
 * The UI's first-load view of the store contract (issue 10): writes bound to
 * the forløb an edit started in, and display-clean user text. Kept free of
 * anything only the lazy modules need (validation lives in
 * checklist-validate.ts) so the first-load script stays small.
 */
import type { ChecklistStore } from './checklist-store';

// Bidirectional controls (U+202A–U+202E, U+2066–U+2069) can make one name pose as another.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** User text as shown and exported: one kind of line break, no bidi tricks (the store's sanitizeUserText does the same on save). */
export const cleanText = (s: string): string => s.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(BIDI, '');

/** A forløb's name on one line. */
export const oneLine = (s: string): string => cleanText(s).replace(/\s*\n\s*/g, ' ');

/** Whether a forløb with this id is stored (own keys only, never a prototype member). */
export const hasForloeb = (store: ChecklistStore, id: string): boolean => Object.hasOwn(store.state.forloeb, id);

type BoundWrite = (this: ChecklistStore, itemId: string, value: never, forloebId?: string) => unknown;

/**
 * Writes into the forløb the edit started in, only while it is stored and is
 * this page's active one (so a write can never land in another forløb, with the
 * old store that writes to the active one or the new one that takes the id).
 * `false` when the forløb is gone: the caller keeps the user's text and says so.
 */
function boundWrite(store: ChecklistStore, write: BoundWrite, itemId: string, value: unknown, forloebId: string): boolean {
  if (!hasForloeb(store, forloebId) || store.state.activeId !== forloebId) return false;
  return write.call(store, itemId, value as never, forloebId) !== false;
}

export const setDoneIn = (store: ChecklistStore, itemId: string, done: boolean, forloebId: string): boolean =>
  boundWrite(store, store.setDone as BoundWrite, itemId, done, forloebId);

export const setNoteIn = (store: ChecklistStore, itemId: string, note: string, forloebId: string): boolean =>
  boundWrite(store, store.setNote as BoundWrite, itemId, note, forloebId);
