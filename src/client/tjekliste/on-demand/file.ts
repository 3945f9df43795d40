/**
 * A tjekliste from outside (a backup file, a share link) into the store, and the backup file out. Nothing is
 * trusted until it has passed the store's reader (store/validate.ts) with no problem; anything wrong refuses it
 * with a Danish message and nothing changes.
 */
import { CURRENT_VERSION, EXPORT_FORMAT, LIMITS, TJEKLISTE_ID, isRecord, own, type Tjekliste } from '../store/model';
import type { ChecklistStore } from '../store/store';
import { oneLine } from '../store/text';
import { readTjekliste } from '../store/validate';
import { addTjekliste } from './manage';
import { EXPORT, FILE_MESSAGES, IMPORT_REASONS, MESSAGES } from './strings';

export type ImportResult = { ok: true; tjekliste: Tjekliste } | { ok: false; message: string };

/** The tjekliste, or the bare reason it is refused; its id is the given one when valid, else "". */
function check(raw: unknown, now: string): Tjekliste | { error: string } {
  const id = isRecord(raw) && typeof raw.id === 'string' && TJEKLISTE_ID.test(raw.id) ? raw.id : '';
  const read = readTjekliste(raw, id, now);
  if (!read) return { error: IMPORT_REASONS.form };
  if (!read.problem) return read.tjekliste;
  const reason = IMPORT_REASONS[read.problem.kind];
  return { error: typeof reason === 'string' ? reason : reason(oneLine(read.problem.id ?? '').slice(0, 40)) };
}

/** One tjekliste from a share link (or a file): the import's rules, a Danish message on failure. */
export function validateTjekliste(raw: unknown, now: string = new Date().toISOString()): ImportResult {
  const read = check(raw, now);
  return 'error' in read ? { ok: false, message: IMPORT_REASONS.refused(read.error) } : { ok: true, tjekliste: read };
}

export function parseTjeklisteFile(text: string, sizeBytes: number, now: string): ImportResult {
  if (sizeBytes > LIMITS.fileBytes) return { ok: false, message: MESSAGES.fileTooLarge(sizeBytes) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: FILE_MESSAGES.notABackup };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return { ok: false, message: FILE_MESSAGES.foreign };
  if (!Number.isInteger(data.version) || (data.version as number) < 1)
    return { ok: false, message: FILE_MESSAGES.damaged };
  if ((data.version as number) > CURRENT_VERSION) return { ok: false, message: FILE_MESSAGES.newer };
  const read = check(data.forloeb, now);
  return 'error' in read ? { ok: false, message: FILE_MESSAGES.invalid(read.error) } : { ok: true, tjekliste: read };
}

const refused = (message: string): ImportResult => ({ ok: false, message: `${message} ${EXPORT.nothingChanged}` });

/** Adds a validated tjekliste as a new one, or says why it cannot. */
export function addToStore(store: ChecklistStore, tjekliste: Tjekliste): ImportResult {
  // Saving has stopped: adding it would only live until the reload the page asks for.
  if (store.stopped) return refused(MESSAGES.notSaved);
  const added = addTjekliste(store, tjekliste);
  return added ? { ok: true, tjekliste: added } : refused(MESSAGES.tooManyTjeklister);
}

/** Reads a backup file into a new tjekliste; nothing changes unless it is valid. */
export function importJson(store: ChecklistStore, text: string, sizeBytes = text.length): ImportResult {
  const read = parseTjeklisteFile(text, sizeBytes, store.now().toISOString());
  return read.ok ? addToStore(store, read.tjekliste) : read;
}

/** The backup file of a tjekliste (default, or when that id is gone: the active one). */
export function exportJson(store: ChecklistStore, id = store.state.activeId): string {
  const f = own(store.state.forloeb, id) ?? store.active;
  // "forloeb" is the file format's word for a tjekliste; files saved by earlier versions use it too.
  const forloeb = { name: f.name, created: f.created, updated: f.updated, items: f.items };
  const exported = store.now().toISOString();
  return JSON.stringify({ format: EXPORT_FORMAT, version: CURRENT_VERSION, exported, forloeb }, null, 2);
}
