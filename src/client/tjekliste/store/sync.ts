/**
 * The store's sync with localStorage (ChecklistStore in store.ts adds what the
 * user can do): the versioned envelope of all forløb, read at start, kept in
 * step with other tabs, and written after every change. The Storage is
 * injected so tests can hand it faults.
 *
 * Rules:
 * - Nothing is ever wiped silently. Items that leave the guide keep their saved
 *   state; corrupted data, and stored data over the limits, is copied to a
 *   backup key before it is replaced, and the user is told.
 * - Every write reads what is stored now and applies this tab's pending
 *   changes onto it (pending.ts), so two tabs never write each other's ticks
 *   away. A stored value this page cannot read (a newer version, torn JSON) is
 *   never written over: saving stops and the user is asked to reload.
 * - When storage is unavailable or full, the store keeps working in memory and
 *   reports a notice; the next successful save writes everything.
 */
import {
  DEFAULT_NAME,
  STORAGE_KEY,
  cloneEnvelope,
  dict,
  freshEnvelope,
  newForloebId,
  own,
  sortedForloeb,
  type Envelope,
  type Forloeb,
  type ItemState,
  type Notice,
  type NoticeKind,
} from './model';
import { addChange, applyAll, apply, type Change } from './pending';
import { isQuotaError, writeBackup, type StorageLike } from './storage';
import { parseEnvelope } from './validate';

/** ok: reads and writes storage; memory: there is no usable storage; stopped: storage holds what we must not write over. */
type Mode = 'ok' | 'memory' | 'stopped';

/** The base of ChecklistStore; on its own it only keeps the envelope in sync. */
export abstract class StoreSync {
  /** What is stored merged with this tab's changes; the UI renders from it. */
  state: Envelope;
  notices: Notice[] = [];
  private storage: StorageLike | null = null;
  private mode: Mode = 'ok';
  private pending: Change[] = [];
  /** The clock (injected in tests); files and exports are stamped with it. */
  readonly now: () => Date;
  private lastStamp = 0;
  /** The last value read or written and its envelope: a write needs no parse when nobody else wrote since. */
  private known: { raw: string; envelope: Envelope } | null = null;

  constructor(getStorage: () => StorageLike | null, now: () => Date = () => new Date()) {
    this.now = now;
    try {
      this.storage = getStorage();
    } catch {
      this.storage = null;
    }
    this.state = this.fresh();
    this.load();
  }

  /** Whether changes are written to storage (false: memory only, see notices). */
  get writable(): boolean {
    return this.mode === 'ok';
  }

  /** Whether saving has stopped because storage holds what this page must not write over (see notices). */
  get stopped(): boolean {
    return this.mode === 'stopped';
  }

  /** A time stamp later than every earlier one from this tab and than `after`. */
  stamp(after = ''): string {
    const floor = after ? Date.parse(after) + 1 : 0;
    this.lastStamp = Math.max(this.now().getTime(), this.lastStamp + 1, floor);
    return new Date(this.lastStamp).toISOString();
  }

  protected emptyForloeb(taken: Record<string, unknown>): Forloeb {
    const t = this.stamp();
    return {
      id: newForloebId(taken, this.now().getTime()),
      name: DEFAULT_NAME,
      created: t,
      updated: t,
      items: dict<ItemState>(),
    };
  }

  protected fresh(): Envelope {
    return freshEnvelope(this.now().toISOString());
  }

  protected notify(kind: NoticeKind, details: Omit<Notice, 'kind'> = {}) {
    this.notices = [...this.notices.filter((n) => n.kind !== kind), { kind, ...details }];
  }

  dismiss(kind: NoticeKind): void {
    this.notices = this.notices.filter((n) => n.kind !== kind);
  }

  protected unavailable(): void {
    this.mode = 'memory';
    this.pending = [];
    this.notify('unavailable');
  }

  protected backup(raw: string): string | null {
    return writeBackup(this.storage!, raw, this.now().toISOString());
  }

  /**
   * Parses a stored value. Over-limit or partly unreadable data is backed up
   * first (or, with no room for the backup, saving stops). Returns the
   * envelope, or null when the value must not be written over.
   */
  protected readStored(raw: string, atLoad: boolean): Envelope | null {
    const parsed = parseEnvelope(raw, this.now().toISOString());
    if (parsed.kind === 'ok') {
      if (!parsed.lossy) return parsed.envelope;
      const key = this.backup(raw);
      this.notify('repaired', { backupKey: key });
      if (key) return parsed.envelope;
      this.mode = 'stopped';
      return null;
    }
    this.mode = 'stopped';
    if (!atLoad) this.notify('unreadable');
    else if (parsed.kind === 'newer') this.notify('newer', { version: parsed.version });
    else {
      // Corrupt at start: keep the raw value under a backup key, then start clean.
      const key = this.backup(raw);
      this.notify('corrupt', { backupKey: key });
      if (key) {
        this.mode = 'ok';
        return this.fresh();
      }
    }
    return null;
  }

  /** Reads storage at start. */
  load(): void {
    if (!this.storage) {
      this.unavailable();
      return;
    }
    let raw: string | null;
    try {
      raw = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.unavailable();
      return;
    }
    if (raw === null) return;
    const envelope = this.readStored(raw, true);
    if (!envelope) return;
    this.state = envelope;
    if (raw !== JSON.stringify(envelope)) this.save();
  }

  /** What is stored now as a base for a change: the stored envelope, or this page's state when nothing (readable) is stored. */
  protected latest(): Envelope {
    if (this.mode !== 'ok' || !this.storage) return cloneEnvelope(this.state);
    let raw: string | null;
    try {
      raw = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.unavailable();
      return cloneEnvelope(this.state);
    }
    if (raw === null) return cloneEnvelope(this.state);
    if (raw === this.known?.raw) return cloneEnvelope(this.known.envelope);
    return this.readStored(raw, false) ?? cloneEnvelope(this.state);
  }

  /**
   * Applies this tab's pending changes onto `base` (in place), then `change`
   * if given, and makes the result this page's state. Returns whether `base`
   * differed from the result (something of ours was missing from it).
   */
  protected adopt(
    base: Envelope,
    make?: (env: Envelope) => Change | null,
  ): { changed: boolean; change: Change | null } {
    const { keep, changed } = applyAll(this.pending, base, this.now().getTime());
    // Memory only: nothing to reconcile with. Stopped: keep every change for when saving can resume.
    this.pending = this.mode === 'ok' ? keep : this.mode === 'stopped' ? this.pending : [];
    const change = make?.(base) ?? null;
    const extra: Change[] = change ? [change] : [];
    if (change) apply(change, base);
    if (!Object.keys(base.forloeb).length) {
      const f = this.emptyForloeb(base.forloeb);
      extra.push(addChange(f, f.created));
      apply(extra.at(-1)!, base);
    }
    if (this.mode !== 'memory') this.pending.push(...extra);
    const mine = this.state.activeId;
    base.activeId = own(base.forloeb, mine)
      ? mine
      : own(base.forloeb, base.activeId)
        ? base.activeId
        : sortedForloeb(base)[0]!.id;
    this.state = base;
    return { changed: changed || extra.length > 0, change };
  }

  /**
   * Read, change, write: `make` sees what is stored now with this tab's
   * pending changes and returns the change to make, or null when it no longer
   * applies (then nothing is written). Every change goes through here, the
   * store's own and manage.ts's.
   */
  update(make: (env: Envelope) => Change | null, after?: (env: Envelope) => void): boolean {
    const { change } = this.adopt(this.latest(), make);
    if (!change) return false;
    after?.(this.state);
    this.save();
    return true;
  }

  /** Writes the state; on failure keeps everything in memory and says so. */
  save(): boolean {
    if (this.mode !== 'ok' || !this.storage) return false;
    try {
      const raw = JSON.stringify(this.state);
      this.storage.setItem(STORAGE_KEY, raw);
      this.known = { raw, envelope: cloneEnvelope(this.state) };
      this.dismiss('quota');
      return true;
    } catch (e) {
      if (isQuotaError(e)) this.notify('quota');
      else this.unavailable();
      return false;
    }
  }

  /**
   * Another tab wrote the key (a storage event): follow it, keeping this tab's
   * changes that it does not show yet (and write them back). A value this page
   * cannot read stops saving; a readable one lets saving resume.
   */
  external(newValue: string | null): void {
    if (this.mode === 'memory') return;
    if (newValue === null) {
      // Storage was cleared (in another tab or by the user): start afresh.
      this.pending = [];
      this.state = this.fresh();
    } else {
      const wasStopped = this.mode === 'stopped';
      this.mode = 'ok';
      const envelope = this.readStored(newValue, false);
      if (!envelope) return;
      if (wasStopped) for (const kind of ['unreadable', 'newer', 'corrupt', 'repaired'] as const) this.dismiss(kind);
      if (this.adopt(envelope).changed || wasStopped) this.save();
    }
    this.notify('external');
  }
}
