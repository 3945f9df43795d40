/**
 * The UI's view of the store contract (issue 10): `validateForloeb`,
 * `sanitizeUserText`, `setDone`/`setNote` bound to a forløb id that answer
 * `false` when that forløb is gone. Where the store already offers a name it
 * is used; otherwise a small fallback does the same job with the store's own
 * validation (an import into a throwaway in-memory store). When the hardened
 * store has landed everywhere, the fallbacks can go and this file shrinks to
 * re-exports.
 */
import * as storeModule from './checklist-store';
import { ChecklistStore, CURRENT_VERSION, EXPORT_FORMAT, type Forloeb } from './checklist-store';

export type ValidationResult = { ok: true; forloeb: Forloeb } | { ok: false; message: string };

const offered = storeModule as unknown as Record<string, unknown>;

/** Validates a forløb the way an import does; throws nothing. */
export function validateForloeb(raw: unknown): ValidationResult {
  const own = offered.validateForloeb;
  if (typeof own === 'function') return (own as (r: unknown) => ValidationResult)(raw);
  try {
    const scratch = new ChecklistStore(() => null);
    const result = scratch.importJson(JSON.stringify({ format: EXPORT_FORMAT, version: CURRENT_VERSION, forloeb: raw }));
    return result.ok ? { ok: true, forloeb: result.forloeb } : { ok: false, message: result.message };
  } catch {
    return { ok: false, message: 'Forløbet har forkert form og kan ikke læses. Intet er ændret.' };
  }
}

// Bidirectional controls (U+202A–U+202E, U+2066–U+2069) can make one name pose as another.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** Clean user text for display and export: one kind of line break, no bidi tricks. */
export function sanitizeUserText(s: string): string {
  const own = offered.sanitizeUserText;
  if (typeof own === 'function') return (own as (t: string) => string)(s);
  return s.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(BIDI, '');
}

/** A forløb's name on one line. */
export const oneLine = (s: string): string => sanitizeUserText(s).replace(/\s*\n\s*/g, ' ');

/** Whether a forløb with this id is stored (own keys only, never a prototype member). */
export const hasForloeb = (store: ChecklistStore, id: string): boolean => Object.hasOwn(store.state.forloeb, id);

type BoundWrite = (itemId: string, value: never, forloebId?: string) => unknown;

/**
 * Writes into the forløb the edit started in. `false` when it is gone (or, with
 * the old store that can only write the active one, when it is not active).
 */
function boundWrite(store: ChecklistStore, write: BoundWrite, itemId: string, value: unknown, forloebId: string): boolean {
  if (!hasForloeb(store, forloebId)) return false;
  if (offered.validateForloeb === undefined && store.state.activeId !== forloebId) return false;
  return write.call(store, itemId, value as never, forloebId) !== false;
}

export const setDoneIn = (store: ChecklistStore, itemId: string, done: boolean, forloebId: string): boolean =>
  boundWrite(store, store.setDone as BoundWrite, itemId, done, forloebId);

export const setNoteIn = (store: ChecklistStore, itemId: string, note: string, forloebId: string): boolean =>
  boundWrite(store, store.setNote as BoundWrite, itemId, note, forloebId);
