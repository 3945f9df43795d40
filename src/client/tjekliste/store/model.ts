/** The stored shape of checklist progress, its keys and its limits. */
import { DEFAULT_NAME } from '../strings';

export const STORAGE_KEY = 'partnerskabsguiden:tjekliste';
export const BACKUP_PREFIX = `${STORAGE_KEY}:backup:`;
export const CURRENT_VERSION = 1;
/** The `format` of a backup file; a backup key may hold one. */
export const EXPORT_FORMAT = 'partnerskabsguiden/forloeb';

export const LIMITS = {
  fileBytes: 1024 * 1024,
  nameLength: 120,
  noteLength: 5000,
  items: 2000,
  tjeklister: 50,
} as const;

export const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TJEKLISTE_ID = /^[a-z0-9-]{1,64}$/;

export interface ItemState {
  done: boolean;
  note?: string;
  /** When the tick was last changed (ISO time): the newest change wins when tabs merge. */
  doneAt?: string;
  /** When the note was last changed, or removed (ISO time). */
  noteAt?: string;
}

/** Kept in objects without a prototype, so ids such as "constructor" are plain keys. */
export type Items = Record<string, ItemState>;

export interface Tjekliste {
  id: string;
  name: string;
  created: string;
  updated: string;
  /** When the name was last changed (ISO time): the newest rename wins when tabs merge. */
  renamed?: string;
  items: Items;
}

export interface Envelope {
  version: number;
  activeId: string;
  /** The tjeklister by id; "forloeb" is the stored format's earlier word, kept so saved data loads unchanged. */
  forloeb: Record<string, Tjekliste>;
  /** Deleted tjeklister, newest last: a tab that has not seen a deletion must not bring the list back. */
  removed?: string[];
}

export const MAX_REMOVED = 100;

export type NoticeKind = 'unavailable' | 'quota' | 'corrupt' | 'newer' | 'repaired' | 'unreadable' | 'external';

/** Something the user must be told about the stored data; its words load only when there is one. */
export interface Notice {
  kind: NoticeKind;
  /** corrupt, repaired: where the raw value was copied (null: there was no room). */
  backupKey?: string | null;
  /** newer: the stored version this page cannot read. */
  version?: number;
}

/** An object for stored or imported keys: no inherited members, "__proto__" is an ordinary key. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A member of a stored or imported record, never one inherited from Object.prototype. */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function cloneTjekliste(f: Tjekliste): Tjekliste {
  const items = dict<ItemState>();
  for (const [id, state] of Object.entries(f.items)) items[id] = { ...state };
  return { ...f, items };
}

export function cloneEnvelope(e: Envelope): Envelope {
  const lists = dict<Tjekliste>();
  for (const [id, f] of Object.entries(e.forloeb)) lists[id] = cloneTjekliste(f);
  return { ...e, forloeb: lists, ...(e.removed ? { removed: [...e.removed] } : {}) };
}

/** Tjeklister in the order the UI lists them: oldest first. */
export function sortedTjekliste(env: Envelope): Tjekliste[] {
  return Object.values(env.forloeb).sort(
    (a, b) => a.created.localeCompare(b.created) || a.name.localeCompare(b.name, 'da'),
  );
}

/** A new id; random, so two tabs creating at the same moment do not pick the same. */
export function newTjeklisteId(taken: Record<string, unknown>, time: number): string {
  let id: string;
  do id = `f${time.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  while (Object.hasOwn(taken, id));
  return id;
}

/** What a first visit starts with: one empty tjekliste. */
export function freshEnvelope(time: string): Envelope {
  const lists = dict<Tjekliste>();
  lists.f1 = { id: 'f1', name: DEFAULT_NAME, created: time, updated: time, items: dict<ItemState>() };
  return { version: CURRENT_VERSION, activeId: 'f1', forloeb: lists };
}
