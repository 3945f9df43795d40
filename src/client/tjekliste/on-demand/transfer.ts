/**
 * Files in and out of the store: the backup file (JSON), its import, and the
 * Markdown export. Kept out of ChecklistStore so a page's first load carries
 * no file code; the forløb bar imports this with its exports (checklist-exports.ts).
 */
import type { ChecklistStore } from '../store/store';
import { tjeklisteToMarkdown, type Outline } from './export-markdown';
import { tjeklisteToJson, parseTjeklisteFile } from './file';
import { EXPORT, MESSAGES } from './strings';
import { addTjekliste } from './manage';
import { own, type Tjekliste } from '../store/model';
import type { ValidateResult } from './validate-import';

/** What adding a forløb from outside gave: the forløb as stored, or why not (Danish). */
export type ImportResult = ValidateResult;

/** Adds a validated forløb (from a file or a share link) as a new one, or says why it cannot. */
export function addToStore(store: ChecklistStore, forloeb: Tjekliste): ImportResult {
  // Saving has stopped: adding it would only live until the reload the page asks for.
  if (store.stopped) return { ok: false, message: MESSAGES.notSaved };
  const added = addTjekliste(store, forloeb);
  return added ? { ok: true, forloeb: added } : { ok: false, message: MESSAGES.tooManyTjeklister };
}

/** A forløb by id, or the active one when that id is gone. */
function tjeklisteOrActive(store: ChecklistStore, id: string): Tjekliste {
  return own(store.state.forloeb, id) ?? store.active;
}

/** The backup file of a forløb (default: the active one). */
export function exportJson(store: ChecklistStore, id = store.state.activeId): string {
  return tjeklisteToJson(tjeklisteOrActive(store, id), store.now().toISOString());
}

/** Reads a backup file into a new forløb; nothing changes unless it is valid. */
export function importJson(store: ChecklistStore, text: string, sizeBytes = text.length): ImportResult {
  const read = parseTjeklisteFile(text, sizeBytes, store.now().toISOString());
  return read.ok ? addToStore(store, read.forloeb) : read;
}

/** Markdown for a meeting agenda or an e-mail (see export-markdown.ts). */
export function exportMarkdown(store: ChecklistStore, outline: Outline, id = store.state.activeId): string {
  return tjeklisteToMarkdown(tjeklisteOrActive(store, id), outline, EXPORT.date(store.now()));
}
