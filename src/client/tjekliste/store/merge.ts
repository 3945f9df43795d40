/**
 * Merging two copies (another tab's write, a shared link): item by item the newer tick and note win, ties go to
 * the larger value, so merging is idempotent and order-free. Only `removed` or a newer deletion deletes.
 */
import { MAX_REMOVED, cloneTjekliste, own, type Envelope, type Tjekliste, type ItemState } from './model';

/** What a merge changed: ticks and notes whose value changed, and whether anything at all did (stamps too). */
export interface MergeCount {
  ticks: number;
  notes: number;
  changed: boolean;
}

const NO_ITEM: ItemState = { done: false };
/** The fields merged by their stamps; any other field is kept as it is (a newer version may have written it). */
const MERGED_FIELDS = new Set(['done', 'doneAt', 'note', 'noteAt']);

/** Whether `from`'s value of a field is the one to keep: the newer stamp, or on equal stamps the larger value. */
function wins(fromAt = '', intoAt = '', fromValue: string, intoValue: string): boolean {
  return fromAt > intoAt || (fromAt === intoAt && fromValue > intoValue);
}

/** Merges one item into `into` (in place, or added); fields this version does not know are kept. */
function mergeItem(items: Record<string, ItemState>, id: string, from: ItemState, count: MergeCount): void {
  const before = own(items, id);
  const current = before ?? NO_ITEM;
  const next: ItemState = { ...current };
  let changed = false;
  for (const [key, value] of Object.entries(from)) {
    if (MERGED_FIELDS.has(key) || Object.hasOwn(next, key)) continue;
    (next as unknown as Record<string, unknown>)[key] = value;
    // An unknown field that only `from` has is news too.
    changed = changed || Boolean(before);
  }
  if (wins(from.doneAt, current.doneAt, from.done ? '1' : '0', current.done ? '1' : '0')) {
    if (from.done !== current.done) count.ticks++;
    next.done = from.done;
    if (from.doneAt) next.doneAt = from.doneAt;
    changed = true;
  }
  if (wins(from.noteAt, current.noteAt, from.note ?? '', current.note ?? '')) {
    if ((from.note ?? '') !== (current.note ?? '')) count.notes++;
    if (from.note) next.note = from.note;
    else delete next.note;
    if (from.noteAt) next.noteAt = from.noteAt;
    changed = true;
  }
  if (!changed) return;
  items[id] = next;
  count.changed = true;
}

/** Merges `from`'s ticks, notes and name into `into` (in place). */
export function mergeTjekliste(into: Tjekliste, from: Tjekliste): MergeCount {
  const count: MergeCount = { ticks: 0, notes: 0, changed: false };
  for (const [id, state] of Object.entries(from.items)) mergeItem(into.items, id, state, count);
  if (wins(from.renamed, into.renamed, from.name, into.name)) {
    into.name = from.name;
    if (from.renamed) into.renamed = from.renamed;
    count.changed = true;
  }
  if (from.updated > into.updated) into.updated = from.updated;
  return count;
}

/** Merges another copy into `into` (in place; its active tjekliste stays); returns whether it changed. */
export function mergeEnvelope(into: Envelope, from: Envelope): boolean {
  let changed = false;
  const removed = [...(into.removed ?? [])];
  for (const id of from.removed ?? []) if (!removed.includes(id)) removed.push(id);
  if (removed.length !== (into.removed ?? []).length) {
    into.removed = removed.slice(-MAX_REMOVED);
    changed = true;
  }
  for (const id of removed) {
    if (own(into.forloeb, id)) {
      delete into.forloeb[id];
      changed = true;
    }
  }
  for (const [id, f] of Object.entries(from.forloeb)) {
    if (removed.includes(id)) continue;
    const mine = own(into.forloeb, id);
    if (!mine) {
      into.forloeb[id] = cloneTjekliste(f);
      changed = true;
    } else changed = mergeTjekliste(mine, f).changed || changed;
  }
  return changed;
}
