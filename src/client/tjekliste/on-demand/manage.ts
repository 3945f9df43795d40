/**
 * Managing the forløb themselves: create, add (from a file or a share link),
 * rename, switch and delete. Loaded with »Flere valg« and the transfers, not
 * on a first visit, which only ticks and writes notes (store.ts). Every change
 * goes through the store's update(), so it is read, merged with other tabs and
 * written like a tick.
 */
import {
  DEFAULT_NAME,
  LIMITS,
  MAX_REMOVED,
  dict,
  newForloebId,
  own,
  type Envelope,
  type Forloeb,
  type ItemState,
} from '../store/model';
import { addChange, type Change } from '../store/pending';
import type { ChecklistStore } from '../store/store';
import { sanitizeUserText } from '../store/text';

/** A typed name cleaned (one line, no control characters), within the limit and unique among the other forløb: "Projekt", "Projekt (2)", … */
function uniqueName(env: Envelope, typed: string, exceptId?: string): string {
  const base = (sanitizeUserText(typed, { oneLine: true }) || DEFAULT_NAME).slice(0, LIMITS.nameLength);
  const taken = new Set(
    Object.values(env.forloeb)
      .filter((f) => f.id !== exceptId)
      .map((f) => f.name),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, LIMITS.nameLength - 6)} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A new name; the newest rename wins when tabs merge. */
function renameChange(forloebId: string, name: string, at: string): Change {
  return {
    at,
    settled(envelope) {
      const f = own(envelope.forloeb, forloebId);
      return !f || f.name === name || (f.renamed ?? '') >= at;
    },
    make(envelope) {
      const f = envelope.forloeb[forloebId]!;
      f.name = name;
      f.renamed = at;
      if (f.updated < at) f.updated = at;
    },
  };
}

/** A deletion; the id is remembered, so a tab that has not seen it cannot bring the forløb back. */
function removeChange(forloebId: string, at: string): Change {
  return {
    at,
    settled: (envelope) => !own(envelope.forloeb, forloebId),
    make(envelope) {
      delete envelope.forloeb[forloebId];
      envelope.removed = [...(envelope.removed ?? []).filter((id) => id !== forloebId), forloebId].slice(-MAX_REMOVED);
    },
  };
}

/** Adds a forløb (new id, unique name) and makes it active; null at the limit. */
function add(store: ChecklistStore, source: Omit<Forloeb, 'id'>): Forloeb | null {
  let added: Forloeb | null = null;
  store.update(
    (env) => {
      if (Object.keys(env.forloeb).length >= LIMITS.forloeb) return null;
      added = { ...source, id: newForloebId(env.forloeb, store.now().getTime()), name: uniqueName(env, source.name) };
      return addChange(added, store.stamp());
    },
    (env) => {
      env.activeId = added!.id;
    },
  );
  return added ? (own(store.state.forloeb, (added as Forloeb).id) ?? null) : null;
}

/** A new, empty forløb, made active; null at the limit. */
export function createForloeb(store: ChecklistStore, name: string): Forloeb | null {
  const t = store.stamp();
  return add(store, { name, created: t, updated: t, items: dict<ItemState>() });
}

/** Adds an already validated forløb (see validateForloeb), e.g. from a file or a share link; null at the limit. */
export function addForloeb(store: ChecklistStore, forloeb: Forloeb): Forloeb | null {
  return add(store, { ...forloeb });
}

export function renameForloeb(store: ChecklistStore, id: string, name: string): boolean {
  return store.update((env) => {
    const f = own(env.forloeb, id);
    return f ? renameChange(id, uniqueName(env, name, id), store.stamp(f.renamed)) : null;
  });
}

export function switchForloeb(store: ChecklistStore, id: string): void {
  if (!own(store.state.forloeb, id)) return;
  store.state.activeId = id;
  store.update(() => null);
  store.save();
}

/** Deletes a forløb (the UI asks first). The last one is replaced by an empty one. */
export function removeForloeb(store: ChecklistStore, id: string): boolean {
  return store.update((env) => (own(env.forloeb, id) ? removeChange(id, store.stamp()) : null));
}
