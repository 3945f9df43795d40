/**
 * Checklist progress in the browser: named tjeklister (stored as "forloeb"), a tick and a note per item.
 * Every change is read–modify–write, merged item by item with what another tab wrote (merge.ts). Nothing is
 * wiped silently: what must be repaired is backed up first, what cannot be read (a newer version, torn JSON)
 * is never written over, and without usable storage the store works in memory and says so. Storage and clock
 * are injected so tests can hand them faults.
 */
import {
  BACKUP_PREFIX,
  ITEM_ID,
  LIMITS,
  STORAGE_KEY,
  cloneEnvelope,
  dict,
  freshEnvelope,
  newTjeklisteId,
  own,
  sortedTjekliste,
  type Envelope,
  type Tjekliste,
  type ItemState,
  type Notice,
  type NoticeKind,
} from './model';
import { DEFAULT_NAME } from '../strings';
import { mergeEnvelope } from './merge';
import { sanitizeUserText } from './text';
import { parseEnvelope } from './validate';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const isQuotaError = (e: unknown): boolean =>
  e instanceof Error &&
  (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (e as { code?: number }).code === 22);

/** Copies a raw value to a new backup key, never over an earlier one; null when there was no room or no access. */
function writeBackup(storage: StorageLike, raw: string, time: string): string | null {
  try {
    let key = `${BACKUP_PREFIX}${time}`;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${BACKUP_PREFIX}${time}-${n}`;
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

export class ChecklistStore {
  /** What is stored, with this tab's changes; the UI renders from it. */
  state: Envelope;
  notices: Notice[] = [];
  /** Saving has stopped: storage holds what this page must not write over (torn data, a newer version). */
  stopped = false;
  /** This tab holds changes that are not in storage (it is full, or saving has stopped). */
  unsavedChanges = false;
  /** The clock; files and exports are stamped with it. */
  readonly now: () => Date;
  /** null: no usable storage, so the store works in memory. */
  private storage: StorageLike | null = null;
  private lastStamp = 0;

  constructor(getStorage: () => StorageLike | null, now: () => Date = () => new Date()) {
    this.now = now;
    try {
      this.storage = getStorage();
    } catch {
      this.storage = null;
    }
    this.state = freshEnvelope(now().toISOString());
    this.load();
  }

  /** Whether changes are written to storage (false: memory only, see notices). */
  get writable(): boolean {
    return this.storage !== null && !this.stopped;
  }

  get active(): Tjekliste {
    return own(this.state.forloeb, this.state.activeId) ?? this.list()[0]!;
  }

  /** The tjeklister, oldest first. */
  list(): Tjekliste[] {
    return sortedTjekliste(this.state);
  }

  /** A time stamp later than every earlier one from this tab and than `after`. */
  stamp(after = ''): string {
    const floor = after ? Date.parse(after) + 1 : 0;
    this.lastStamp = Math.max(this.now().getTime(), this.lastStamp + 1, floor);
    return new Date(this.lastStamp).toISOString();
  }

  /** Ticks or unticks an item in a tjekliste (default: the active one); false when it no longer exists. */
  setDone(itemId: string, done: boolean, tjeklisteId: string = this.state.activeId): boolean {
    return this.setItem(itemId, tjeklisteId, 'doneAt', { done });
  }

  /** Sets an item's note (default: in the active tjekliste); false when that tjekliste no longer exists. */
  setNote(itemId: string, note: string, tjeklisteId: string = this.state.activeId): boolean {
    const text = sanitizeUserText(note).slice(0, LIMITS.noteLength);
    return this.setItem(itemId, tjeklisteId, 'noteAt', { note: text.trim() ? text : undefined });
  }

  private setItem(itemId: string, listId: string, at: 'doneAt' | 'noteAt', change: Partial<ItemState>): boolean {
    // A tjekliste this tab knows is gone is never written into (a note typed for it stays in its field).
    if (!ITEM_ID.test(itemId) || !own(this.state.forloeb, listId)) return false;
    return this.update((env) => {
      const f = own(env.forloeb, listId);
      if (!f) return false;
      const state: ItemState = { ...(own(f.items, itemId) ?? { done: false }), ...change };
      if (!state.note) delete state.note;
      // Later than the stamp it replaces, even when that came from a clock ahead of ours.
      const stamp = this.stamp(state[at]);
      state[at] = stamp;
      f.items[itemId] = state;
      if (f.updated < stamp) f.updated = stamp;
      return true;
    });
  }

  /** Progress of the active tjekliste over a set of item ids. */
  progress(itemIds: readonly string[]): { done: number; total: number } {
    const items = this.active.items;
    return { done: itemIds.filter((id) => own(items, id)?.done).length, total: itemIds.length };
  }

  /** Every change: `change` edits what is stored now (with this tab's unsaved changes); written if it says so. */
  update(change: (env: Envelope) => boolean): boolean {
    const env = this.read();
    const changed = change(env);
    // Unchanged, the page still follows what is stored (another tab may have deleted the tjekliste).
    this.adopt(env);
    if (changed) this.write();
    return changed;
  }

  dismiss(kind: NoticeKind): void {
    this.notices = this.notices.filter((n) => n.kind !== kind);
  }

  /** Another tab wrote the key: merge, and write back what this tab held that it lacked. */
  external(newValue: string | null): void {
    if (!this.storage) return;
    if (newValue === null) {
      // Storage was cleared, in another tab or by the user: start afresh.
      this.unsavedChanges = false;
      this.state = freshEnvelope(this.now().toISOString());
    } else {
      const wasStopped = this.stopped;
      this.stopped = false;
      const env = this.parse(newValue, false);
      if (!env) return;
      if (wasStopped) for (const kind of ['unreadable', 'newer', 'corrupt', 'repaired'] as const) this.dismiss(kind);
      const behind = mergeEnvelope(env, this.state);
      this.adopt(env);
      if (behind || this.unsavedChanges) this.write();
    }
    this.notify('external');
  }

  private notify(kind: NoticeKind, details: Omit<Notice, 'kind'> = {}): void {
    this.notices = [...this.notices.filter((n) => n.kind !== kind), { kind, ...details }];
  }

  private unavailable(): void {
    this.storage = null;
    this.notify('unavailable');
  }

  /** The stored value, or null (nothing stored, or no access: then the store works in memory). */
  private getRaw(): string | null {
    if (!this.storage) return null;
    try {
      return this.storage.getItem(STORAGE_KEY);
    } catch {
      this.unavailable();
      return null;
    }
  }

  /** A stored value as an envelope (backed up first if it needs repair), or null: it must not be written over. */
  private parse(raw: string, atLoad: boolean): Envelope | null {
    const time = this.now().toISOString();
    const parsed = parseEnvelope(raw, time);
    if (parsed.kind === 'ok') {
      if (!parsed.lossy) return parsed.envelope;
      const key = writeBackup(this.storage!, raw, time);
      this.notify('repaired', { backupKey: key });
      if (key) return parsed.envelope;
    } else if (!atLoad) this.notify('unreadable');
    else if (parsed.kind === 'newer') this.notify('newer', { version: parsed.version });
    else {
      // Corrupt at start: keep the raw value under a backup key, then start clean.
      const key = writeBackup(this.storage!, raw, time);
      this.notify('corrupt', { backupKey: key });
      if (key) return freshEnvelope(time);
    }
    this.stopped = true;
    return null;
  }

  /** Reads storage at start; data that had to be repaired (or had no current shape) is written back. */
  private load(): void {
    if (!this.storage) {
      this.unavailable();
      return;
    }
    const raw = this.getRaw();
    if (raw === null) return;
    const env = this.parse(raw, true);
    if (!env) return;
    this.state = env;
    if (raw !== JSON.stringify(env)) this.write();
  }

  /** What is stored, merged with this tab's state: keeps what this tab could not save or another wrote away. */
  private read(): Envelope {
    if (!this.writable) return cloneEnvelope(this.state);
    const raw = this.getRaw();
    const stored = raw === null ? null : this.parse(raw, false);
    if (!stored) return cloneEnvelope(this.state);
    mergeEnvelope(stored, this.state);
    return stored;
  }

  /** Makes `env` this tab's state: keeps this tab's active tjekliste, and never leaves none. */
  private adopt(env: Envelope): void {
    if (!Object.keys(env.forloeb).length) {
      const t = this.stamp();
      const id = newTjeklisteId(env.forloeb, this.now().getTime());
      env.forloeb[id] = { id, name: DEFAULT_NAME, created: t, updated: t, items: dict<ItemState>() };
    }
    const mine = this.state.activeId;
    if (own(env.forloeb, mine)) env.activeId = mine;
    else if (!own(env.forloeb, env.activeId)) env.activeId = sortedTjekliste(env)[0]!.id;
    this.state = env;
  }

  /** Writes the state; on failure keeps everything in memory and says so. */
  private write(): void {
    if (!this.writable) {
      this.unsavedChanges = true;
      return;
    }
    try {
      this.storage!.setItem(STORAGE_KEY, JSON.stringify(this.state));
      this.unsavedChanges = false;
      this.dismiss('quota');
    } catch (e) {
      this.unsavedChanges = true;
      if (isQuotaError(e)) this.notify('quota');
      else this.unavailable();
    }
  }
}
