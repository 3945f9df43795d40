/**
 * Reading a forløb that the user brings in: an imported file or a share link
 * (strict: anything wrong rejects it with a Danish message and nothing
 * changes), and a backup key's value for restoring. Loaded only with the
 * exports, the share link and the notices, never on a page's first load.
 */
import { TJEKLISTE_ID, dict, isRecord, type Tjekliste } from '../store/model';
import { sanitizeUserText } from '../store/text';
import { IMPORT_REASONS } from './strings';
import { freeId, readDates, readItems, readName, repairTjekliste, type ItemProblem } from '../store/validate';

/** The `format` of an exported backup file (file.ts); a backup key may hold one. */
export const EXPORT_FORMAT = 'partnerskabsguiden/forloeb';

export type ValidateResult = { ok: true; forloeb: Tjekliste } | { ok: false; message: string };

/** Why an import refuses a tjekliste's items, in Danish. */
function problemText(problem: ItemProblem): string {
  switch (problem.kind) {
    case 'id':
      return IMPORT_REASONS.unknownId(sanitizeUserText(problem.id, { oneLine: true }).slice(0, 40));
    case 'shape':
      return IMPORT_REASONS.shape(problem.id);
    case 'note':
      return IMPORT_REASONS.note(problem.id);
    case 'items':
      return IMPORT_REASONS.items;
    case 'count':
      return IMPORT_REASONS.count;
  }
}

/**
 * The import's rules for one tjekliste: the tjekliste, or the bare reason it is refused (reading a file
 * wraps it in its own message).
 */
export function validateTjeklisteReason(raw: unknown, now: string): Tjekliste | { error: string } {
  if (!isRecord(raw)) return { error: IMPORT_REASONS.form };
  const name = readName(raw.name);
  if (name === null) return { error: IMPORT_REASONS.name };
  const items = readItems(raw.items, now);
  if (items.problem) return { error: problemText(items.problem) };
  const id = typeof raw.id === 'string' && TJEKLISTE_ID.test(raw.id) ? raw.id : '';
  return { id, name, ...readDates(raw, now), items: items.items };
}

/**
 * Validates one forløb from a file or a share link: the same rules as import,
 * Danish message on failure. `forloeb.id` is the given id when valid, else ""
 * (the store gives every added forløb a fresh id anyway).
 */
export function validateTjekliste(raw: unknown, now: string = new Date().toISOString()): ValidateResult {
  const read = validateTjeklisteReason(raw, now);
  return 'error' in read ? { ok: false, message: IMPORT_REASONS.refused(read.error) } : { ok: true, forloeb: read };
}

/**
 * Reads a backup key's value (a stored envelope of any version, or an exported
 * file) for restoring: every forløb that can be used, each under a fresh id
 * among its siblings; `complete` is false when something in it could not be
 * used as it was (the backup itself is never changed). Throws nothing.
 */
export function readBackup(raw: string, now: string): { forloeb: Tjekliste[]; complete: boolean } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { forloeb: [], complete: false };
  }
  if (!isRecord(data)) return { forloeb: [], complete: false };
  const candidates =
    data.format === EXPORT_FORMAT ? [data.forloeb] : isRecord(data.forloeb) ? Object.values(data.forloeb) : [];
  const found = dict<Tjekliste>();
  let complete = candidates.length > 0;
  for (const value of candidates) {
    const read = repairTjekliste(value, freeId(isRecord(value) ? value.id : undefined, found), now);
    if (!read) {
      complete = false;
      continue;
    }
    found[read.forloeb.id] = read.forloeb;
    complete &&= !read.lossy;
  }
  return { forloeb: Object.values(found), complete };
}
