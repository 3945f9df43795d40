/**
 * This tab's changes that another tab may not have seen yet. Every write reads
 * what is stored now and applies these onto it, and so does every storage
 * event; a change to an item's tick or note wins over the stored one only when
 * it is newer (last write wins per item and field, not per envelope). A change is forgotten once a stored
 * value shows it and it is older than GRACE_MS: a tab that read a stale value
 * just before may still write over it, and then it is applied again.
 *
 * A change carries its own rules (whether an envelope shows it, how to apply
 * it), so the rules for renaming and deleting a forløb load with manage.ts;
 * the ones here are what every visit makes: a tick or a note, and the empty
 * forløb that replaces the last one deleted.
 */
import { dict, own, type Envelope, type Forloeb, type ItemState } from './model';

/** An item's tick and note merge separately: a tick in one tab never takes a note typed in another. */
export type ItemField = 'done' | 'note';
export const stampOf = (field: ItemField) => (field === 'done' ? 'doneAt' : 'noteAt');

export const GRACE_MS = 10_000;

export interface Change {
  /** When the change was made (ISO time). */
  at: string;
  /** Whether `envelope` already shows the change (or a newer one that replaces it). */
  settled(envelope: Envelope): boolean;
  /** Makes the change in `envelope` (in place); called only when it is not settled. */
  make(envelope: Envelope): void;
}

/** A tick or a note in a forløb. */
export function itemChange(
  forloebId: string,
  itemId: string,
  field: ItemField,
  value: boolean | string,
  at: string,
): Change {
  return {
    at,
    settled(envelope) {
      const f = own(envelope.forloeb, forloebId);
      if (!f) return true; // the forløb is gone: nothing to apply it to
      const stored = own(f.items, itemId);
      return Boolean(stored && (stored[stampOf(field)] ?? '') >= at);
    },
    make(envelope) {
      const f = envelope.forloeb[forloebId]!;
      const next: ItemState = { ...(own(f.items, itemId) ?? { done: false }) };
      if (field === 'done') next.done = value === true;
      else if (typeof value === 'string' && value.trim()) next.note = value;
      else delete next.note;
      next[stampOf(field)] = at;
      f.items[itemId] = next;
      if (f.updated < at) f.updated = at;
    },
  };
}

/** A new forløb (a copy is stored, so later edits to `forloeb` do not leak in). */
export function addChange(forloeb: Forloeb, at: string): Change {
  return {
    at,
    settled: (envelope) =>
      Boolean(own(envelope.forloeb, forloeb.id)) || Boolean(envelope.removed?.includes(forloeb.id)),
    make(envelope) {
      const items = dict<ItemState>();
      for (const [id, s] of Object.entries(forloeb.items)) items[id] = { ...s };
      envelope.forloeb[forloeb.id] = { ...forloeb, items };
    },
  };
}

/** Applies a change onto `envelope` (in place) unless it already shows it. Returns whether anything changed. */
export function apply(change: Change, envelope: Envelope): boolean {
  if (change.settled(envelope)) return false;
  change.make(envelope);
  return true;
}

/**
 * Applies every pending change onto `envelope`; returns the changes still to
 * keep and whether the envelope now differs from what was read.
 */
export function applyAll(
  changes: readonly Change[],
  envelope: Envelope,
  now: number,
): { keep: Change[]; changed: boolean } {
  let changed = false;
  const keep: Change[] = [];
  for (const change of changes) {
    const seen = change.settled(envelope);
    if (!seen) {
      change.make(envelope);
      changed = true;
    }
    if (!seen || now - Date.parse(change.at) < GRACE_MS) keep.push(change);
  }
  return { keep, changed };
}
