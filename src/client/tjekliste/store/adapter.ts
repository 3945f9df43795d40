/**
 * Small helpers between the UI and the store's contract: writes
 * bound to the forløb an edit started in (the store answers `false` when that
 * forløb is gone), and a name as the store cleans it. A note's write is in
 * checklist-notes.ts, which loads with the note editor.
 */
import type { ChecklistStore } from './store';
import { sanitizeUserText } from './text';

/** A forløb's name on one line. */
export const oneLine = (s: string): string => sanitizeUserText(s, { oneLine: true });

/** Whether a forløb with this id is stored (own keys only, never a prototype member). */
export const hasTjekliste = (store: ChecklistStore, id: string): boolean => Object.hasOwn(store.state.forloeb, id);

/** Ticks in the given forløb; `false` when it is gone. */
export const setDoneIn = (store: ChecklistStore, itemId: string, done: boolean, tjeklisteId: string): boolean =>
  hasTjekliste(store, tjeklisteId) && store.setDone(itemId, done, tjeklisteId);
