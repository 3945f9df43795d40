/**
 * Reading checklist data that came from outside this page. Here: the stored
 * envelope (lenient: what can be kept is kept, and `lossy` says that the raw
 * value must be backed up before it is replaced) and the rules for one item,
 * name and date that every reader shares; where an import would refuse
 * instead, the reader reports the problem as data. An imported file, a share
 * link and a backup are read in validate-import.ts, loaded only with those.
 */
import {
  CURRENT_VERSION,
  DEFAULT_NAME,
  TJEKLISTE_ID,
  ITEM_ID,
  LIMITS,
  MAX_REMOVED,
  dict,
  isRecord,
  own,
  type Envelope,
  type Tjekliste,
  type ItemState,
  type Items,
} from './model';
import { sanitizeUserText } from './text';

export type Migration = (old: Record<string, unknown>, now: string) => Record<string, unknown>;

/**
 * Migrations from each older envelope version to the next: a future version n+1
 * adds `n: (v_n) => v_{n+1}` here and bumps CURRENT_VERSION, and saved progress
 * is carried forward on the next load. Version 1 is the first, so the table is
 * empty; the unit tests prove the path with a migration of their own.
 */
export const MIGRATIONS: Record<number, Migration> = {};

function isDate(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
}

/** A date as ISO time: the merge compares stamps as strings, so "2026/01/01" would beat every later tick. */
const iso = (v: string): string => new Date(Date.parse(v)).toISOString();

/** A stamp in ISO time, no later than now, so a file from a wrong clock cannot win every merge. */
function stamp(v: unknown, now: string): string | undefined {
  if (!isDate(v)) return undefined;
  return Date.parse(v) > Date.parse(now) ? now : iso(v);
}

/**
 * What makes an import refuse an item or its items (the stored data is
 * repaired instead). Data, not words: validate-import.ts says it in Danish,
 * and only an import loads it.
 */
export type ItemProblem =
  | { kind: 'id'; id: string }
  | { kind: 'shape'; id: string }
  | { kind: 'note'; id: string }
  | { kind: 'items' }
  | { kind: 'count' };

interface ReadItem {
  /** The item as it can be kept, or null when it cannot. */
  state: ItemState | null;
  /** Something had to change or go. */
  lossy: boolean;
  problem?: ItemProblem;
}

/** One item, repaired where it can be: an over-long note is cut, a note that is no text is dropped. */
function readItem(id: string, value: unknown, now: string): ReadItem {
  if (!ITEM_ID.test(id) || id.length > 100) return { state: null, lossy: true, problem: { kind: 'id', id } };
  if (!isRecord(value) || typeof value.done !== 'boolean')
    return { state: null, lossy: true, problem: { kind: 'shape', id } };
  // Fields this version does not know are kept, in their place: a newer version may have written them.
  const state = { ...value } as unknown as ItemState;
  let lossy = false;
  let problem: ItemProblem | undefined;
  if (value.note !== undefined) {
    let note = typeof value.note === 'string' ? sanitizeUserText(value.note) : '';
    if (typeof value.note !== 'string' || note.length > LIMITS.noteLength) problem = { kind: 'note', id };
    note = note.slice(0, LIMITS.noteLength);
    if (note !== value.note) lossy = true;
    if (note.trim()) state.note = note;
    else {
      delete state.note;
      if (note) lossy = true; // a note of blanks only is dropped, but not unseen
    }
  }
  for (const key of ['doneAt', 'noteAt'] as const) {
    const at = stamp(value[key], now);
    if (at) state[key] = at;
    else delete state[key];
  }
  return { state, lossy, problem };
}

/**
 * A forløb's items: what can be kept, whether anything had to change or go,
 * and the first problem an import refuses them for.
 */
export function readItems(raw: unknown, now: string): { items: Items; lossy: boolean; problem?: ItemProblem } {
  const items = dict<ItemState>();
  if (!isRecord(raw)) return { items, lossy: true, problem: { kind: 'items' } };
  const entries = Object.entries(raw);
  let lossy = entries.length > LIMITS.items;
  let problem: ItemProblem | undefined = lossy ? { kind: 'count' } : undefined;
  for (const [id, value] of entries.slice(0, LIMITS.items)) {
    const read = readItem(id, value, now);
    if (read.state) items[id] = read.state;
    lossy ||= read.lossy;
    problem ??= read.problem;
  }
  return { items, lossy, problem };
}

export function readName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const name = sanitizeUserText(raw, { oneLine: true });
  return name && name.length <= LIMITS.nameLength ? name : null;
}

export function readDates(raw: Record<string, unknown>, now: string) {
  const renamed = stamp(raw.renamed, now);
  return {
    created: isDate(raw.created) ? iso(raw.created) : now,
    updated: isDate(raw.updated) ? iso(raw.updated) : now,
    ...(renamed ? { renamed } : {}),
  };
}

/** A stored forløb: kept whenever it is an object; what had to change sets `lossy`. */
export function repairTjekliste(raw: unknown, id: string, now: string): { forloeb: Tjekliste; lossy: boolean } | null {
  if (!isRecord(raw)) return null;
  const name = readName(raw.name);
  const items = readItems(raw.items, now);
  // Unknown fields stay, in their place (see readItem); a renamed stamp that cannot be read goes.
  const dates = readDates(raw, now);
  const forloeb = { ...raw, id, name: name ?? DEFAULT_NAME, ...dates, items: items.items } as Tjekliste;
  if (!dates.renamed) delete forloeb.renamed;
  return {
    forloeb,
    lossy: name === null || name !== raw.name || items.lossy,
  };
}

export type ParsedEnvelope =
  | { kind: 'ok'; envelope: Envelope; lossy: boolean }
  | { kind: 'corrupt' }
  | { kind: 'newer'; version: number };

/** A forløb id that is valid and not taken: the given one, or a new one derived from it. */
export function freeId(wanted: unknown, taken: Record<string, unknown>): string {
  const base = typeof wanted === 'string' && TJEKLISTE_ID.test(wanted) ? wanted : 'f';
  if (base !== 'f' && !Object.hasOwn(taken, base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base.slice(0, 56)}-${n}`;
    if (!Object.hasOwn(taken, id)) return id;
  }
}

/**
 * Parses and migrates a stored value. Throws nothing; tells what it found.
 * Forløb beyond the limit, unreadable items and over-long notes are left out
 * (`lossy`: the caller backs the raw value up); two forløb with the same id
 * are both kept, the second under a new id.
 */
export function parseEnvelope(
  raw: string,
  now: string,
  migrations: Record<number, Migration> = MIGRATIONS,
  currentVersion: number = CURRENT_VERSION,
): ParsedEnvelope {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt' };
  }
  if (!isRecord(data) || typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return { kind: 'corrupt' };
  }
  if (data.version > currentVersion) return { kind: 'newer', version: data.version };
  let current: Record<string, unknown> = data;
  try {
    for (let v = data.version; v < currentVersion; v++) {
      const migrate = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
      if (!migrate) return { kind: 'corrupt' };
      current = migrate(current, now);
    }
  } catch {
    return { kind: 'corrupt' };
  }
  if (!isRecord(current.forloeb)) return { kind: 'corrupt' };
  const forloeb = dict<Tjekliste>();
  const entries = Object.entries(current.forloeb);
  let lossy = entries.length > LIMITS.tjeklister;
  for (const [key, value] of entries.slice(0, LIMITS.tjeklister)) {
    const id = freeId(isRecord(value) && TJEKLISTE_ID.test(String(value.id)) ? value.id : key, forloeb);
    const read = repairTjekliste(value, id, now);
    if (!read) {
      lossy = true;
      continue;
    }
    forloeb[id] = read.forloeb;
    lossy ||= read.lossy;
  }
  const ids = Object.keys(forloeb);
  if (!ids.length) return { kind: 'corrupt' };
  const wanted = typeof current.activeId === 'string' ? current.activeId : '';
  const activeId = own(forloeb, wanted) ? wanted : ids[0]!;
  const { removed: _, ...rest } = current;
  const envelope: Envelope = { ...rest, version: currentVersion, activeId, forloeb };
  if (Array.isArray(current.removed)) {
    envelope.removed = current.removed
      .filter((id): id is string => typeof id === 'string' && TJEKLISTE_ID.test(id) && !own(forloeb, id))
      .slice(-MAX_REMOVED);
  }
  return { kind: 'ok', envelope, lossy };
}
