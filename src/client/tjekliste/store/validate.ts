/**
 * The one reader of tjekliste data from outside this page: stored data, a backup, an imported file and a share
 * link all pass through readTjekliste. It keeps what can be kept and reports the rest: `lossy` (the stored
 * value is backed up before it is replaced) and `problem` (why an import refuses it; words in on-demand/file.ts).
 */
import {
  CURRENT_VERSION,
  ITEM_ID,
  LIMITS,
  MAX_REMOVED,
  TJEKLISTE_ID,
  dict,
  isRecord,
  own,
  type Envelope,
  type ItemState,
  type Tjekliste,
} from './model';
import { DEFAULT_NAME } from '../strings';
import { sanitizeUserText } from './text';

export type Migration = (old: Record<string, unknown>, now: string) => Record<string, unknown>;

/** Version n → n+1 of the stored envelope; empty while version 1 is the only one (the tests prove the path). */
export const MIGRATIONS: Record<number, Migration> = {};

/** What makes an import refuse a tjekliste (stored data is repaired instead). */
export type Problem = { kind: 'name' | 'items' | 'count' | 'id' | 'shape' | 'note'; id?: string };

export interface Read {
  tjekliste: Tjekliste;
  /** Something had to change or go. */
  lossy: boolean;
  problem?: Problem;
}

const isDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
/** ISO time: the merge compares stamps as strings, so "2026/01/01" would beat every later tick. */
const iso = (v: string): string => new Date(Date.parse(v)).toISOString();
/** A stamp no later than now, so a file from a wrong clock cannot win every merge. */
const stamp = (v: unknown, now: string): string | undefined =>
  isDate(v) ? (Date.parse(v) > Date.parse(now) ? now : iso(v)) : undefined;

/** One item; an over-long note is cut, a note that is no text is dropped, unknown fields stay. */
function readItem(
  id: string,
  value: unknown,
  now: string,
): { state: ItemState | null; lossy: boolean; problem?: Problem } {
  if (!ITEM_ID.test(id) || id.length > 100) return { state: null, lossy: true, problem: { kind: 'id', id } };
  if (!isRecord(value) || typeof value.done !== 'boolean')
    return { state: null, lossy: true, problem: { kind: 'shape', id } };
  const state = { ...value } as unknown as ItemState;
  const text = typeof value.note === 'string' ? sanitizeUserText(value.note) : '';
  const note = text.slice(0, LIMITS.noteLength);
  if (note.trim()) state.note = note;
  else delete state.note;
  for (const key of ['doneAt', 'noteAt'] as const) {
    const at = stamp(value[key], now);
    if (at) state[key] = at;
    else delete state[key];
  }
  const given = value.note === undefined ? '' : value.note;
  // A changed, cut or dropped note is a loss (a note of blanks only too); an empty one is nothing.
  const lossy = (state.note ?? '') !== given;
  const badNote = typeof given !== 'string' || text.length > LIMITS.noteLength;
  return { state, lossy, ...(badNote ? { problem: { kind: 'note', id } } : {}) };
}

/** One tjekliste under the given id; null when it is no object. */
export function readTjekliste(raw: unknown, id: string, now: string): Read | null {
  if (!isRecord(raw)) return null;
  const items = dict<ItemState>();
  const given = isRecord(raw.items) ? raw.items : null;
  const entries = given ? Object.entries(given) : [];
  let lossy = !given || entries.length > LIMITS.items;
  let itemProblem: Problem | undefined = !given ? { kind: 'items' } : lossy ? { kind: 'count' } : undefined;
  for (const [itemId, value] of entries.slice(0, LIMITS.items)) {
    const read = readItem(itemId, value, now);
    if (read.state) items[itemId] = read.state;
    lossy ||= read.lossy;
    itemProblem ??= read.problem;
  }
  const cleanName = typeof raw.name === 'string' ? sanitizeUserText(raw.name, { oneLine: true }) : '';
  const name = cleanName && cleanName.length <= LIMITS.nameLength ? cleanName : null;
  const renamed = stamp(raw.renamed, now);
  // Unknown fields stay, in their place; a renamed stamp that cannot be read goes.
  const tjekliste = {
    ...raw,
    id,
    name: name ?? DEFAULT_NAME,
    created: isDate(raw.created) ? iso(raw.created) : now,
    updated: isDate(raw.updated) ? iso(raw.updated) : now,
    ...(renamed ? { renamed } : {}),
    items,
  } as Tjekliste;
  if (!renamed) delete tjekliste.renamed;
  const problem = name === null ? { kind: 'name' as const } : itemProblem;
  return { tjekliste, lossy: lossy || name === null || name !== raw.name, ...(problem ? { problem } : {}) };
}

/** A tjekliste id that is valid and not taken: the given one, or a new one derived from it. */
function freeId(wanted: unknown, taken: Record<string, unknown>): string {
  const base = typeof wanted === 'string' && TJEKLISTE_ID.test(wanted) ? wanted : 'f';
  if (base !== 'f' && !Object.hasOwn(taken, base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base.slice(0, 56)}-${n}`;
    if (!Object.hasOwn(taken, id)) return id;
  }
}

export type ParsedEnvelope =
  | { kind: 'ok'; envelope: Envelope; lossy: boolean }
  | { kind: 'corrupt' }
  | { kind: 'newer'; version: number };

/** Parses and migrates a stored value; throws nothing. Two tjeklister with one id are both kept. */
export function parseEnvelope(
  raw: string,
  now: string,
  migrations: Record<number, Migration> = MIGRATIONS,
  currentVersion: number = CURRENT_VERSION,
): ParsedEnvelope {
  let current: unknown;
  try {
    current = JSON.parse(raw);
    if (!isRecord(current) || !Number.isInteger(current.version) || (current.version as number) < 1)
      return { kind: 'corrupt' };
    const version = current.version as number;
    if (version > currentVersion) return { kind: 'newer', version };
    for (let v = version; v < currentVersion; v++) {
      const migrate = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
      if (!migrate) return { kind: 'corrupt' };
      current = migrate(current as Record<string, unknown>, now);
    }
  } catch {
    return { kind: 'corrupt' };
  }
  const data = current as Record<string, unknown>;
  if (!isRecord(data.forloeb)) return { kind: 'corrupt' };
  const lists = dict<Tjekliste>();
  const entries = Object.entries(data.forloeb);
  let lossy = entries.length > LIMITS.tjeklister;
  for (const [key, value] of entries.slice(0, LIMITS.tjeklister)) {
    const wanted = isRecord(value) && TJEKLISTE_ID.test(String(value.id)) ? value.id : key;
    const read = readTjekliste(value, freeId(wanted, lists), now);
    if (read) lists[read.tjekliste.id] = read.tjekliste;
    lossy ||= !read || read.lossy;
  }
  const ids = Object.keys(lists);
  if (!ids.length) return { kind: 'corrupt' };
  const activeId = typeof data.activeId === 'string' && own(lists, data.activeId) ? data.activeId : ids[0]!;
  const { removed: _, ...rest } = data;
  const envelope: Envelope = { ...rest, version: currentVersion, activeId, forloeb: lists };
  if (Array.isArray(data.removed)) {
    envelope.removed = data.removed
      .filter((id): id is string => typeof id === 'string' && TJEKLISTE_ID.test(id) && !own(lists, id))
      .slice(-MAX_REMOVED);
  }
  return { kind: 'ok', envelope, lossy };
}
