/**
 * This tab's changes that another tab may not have seen yet. Every write reads
 * what is stored now and applies these onto it, and so does every storage
 * event; a change to an item's tick or note wins over the stored one only when
 * it is newer (last write wins per item and field, not per envelope). A change is forgotten once a stored
 * value shows it and it is older than GRACE_MS: a tab that read a stale value
 * just before may still write over it, and then it is applied again.
 */
import { MAX_REMOVED, dict, own, type Envelope, type Forloeb, type ItemState } from './model';

/** An item's tick and note merge separately: a tick in one tab never takes a note typed in another. */
export type ItemField = 'done' | 'note';
export const stampOf = (field: ItemField) => (field === 'done' ? 'doneAt' : 'noteAt');

export const GRACE_MS = 10_000;

export type Change =
  | { kind: 'item'; forloebId: string; itemId: string; field: ItemField; value: boolean | string; at: string }
  | { kind: 'add'; forloeb: Forloeb; at: string }
  | { kind: 'rename'; forloebId: string; name: string; at: string }
  | { kind: 'remove'; forloebId: string; at: string };

/** Whether `envelope` already shows the change (or a newer one that replaces it). */
export function settled(change: Change, envelope: Envelope): boolean {
  switch (change.kind) {
    case 'item': {
      const f = own(envelope.forloeb, change.forloebId);
      if (!f) return true; // the forløb is gone: nothing to apply it to
      const stored = own(f.items, change.itemId);
      return Boolean(stored && (stored[stampOf(change.field)] ?? '') >= change.at);
    }
    case 'add':
      return Boolean(own(envelope.forloeb, change.forloeb.id)) || Boolean(envelope.removed?.includes(change.forloeb.id));
    case 'rename': {
      const f = own(envelope.forloeb, change.forloebId);
      return !f || f.name === change.name || (f.renamed ?? '') >= change.at;
    }
    case 'remove':
      return !own(envelope.forloeb, change.forloebId);
  }
}

/** Applies a change onto `envelope` (in place) unless it already shows it. Returns whether anything changed. */
export function apply(change: Change, envelope: Envelope): boolean {
  if (settled(change, envelope)) return false;
  switch (change.kind) {
    case 'item': {
      const f = envelope.forloeb[change.forloebId]!;
      const next: ItemState = { ...(own(f.items, change.itemId) ?? { done: false }) };
      if (change.field === 'done') next.done = change.value === true;
      else if (typeof change.value === 'string' && change.value.trim()) next.note = change.value;
      else delete next.note;
      next[stampOf(change.field)] = change.at;
      f.items[change.itemId] = next;
      if (f.updated < change.at) f.updated = change.at;
      return true;
    }
    case 'add': {
      const items = dict<ItemState>();
      for (const [id, s] of Object.entries(change.forloeb.items)) items[id] = { ...s };
      envelope.forloeb[change.forloeb.id] = { ...change.forloeb, items };
      return true;
    }
    case 'rename': {
      const f = envelope.forloeb[change.forloebId]!;
      f.name = change.name;
      f.renamed = change.at;
      if (f.updated < change.at) f.updated = change.at;
      return true;
    }
    case 'remove':
      delete envelope.forloeb[change.forloebId];
      envelope.removed = [...(envelope.removed ?? []).filter((id) => id !== change.forloebId), change.forloebId].slice(-MAX_REMOVED);
      return true;
  }
}

/**
 * Applies every pending change onto `envelope`; returns the changes still to
 * keep and whether the envelope now differs from what was read.
 */
export function applyAll(changes: readonly Change[], envelope: Envelope, now: number): { keep: Change[]; changed: boolean } {
  let changed = false;
  const keep: Change[] = [];
  for (const change of changes) {
    const seen = settled(change, envelope);
    if (!seen) changed = apply(change, envelope) || changed;
    if (!seen || now - Date.parse(change.at) < GRACE_MS) keep.push(change);
  }
  return { keep, changed };
}
