/** Create, add, rename, switch and delete tjeklister: each an update() of the store, merged like a tick. */
import {
  LIMITS,
  MAX_REMOVED,
  cloneTjekliste,
  dict,
  newTjeklisteId,
  own,
  type Envelope,
  type Tjekliste,
  type ItemState,
} from '../store/model';
import { DEFAULT_NAME } from '../strings';
import type { ChecklistStore } from '../store/store';
import { sanitizeUserText } from '../store/text';

/** A typed name, cleaned, within the limit and unique among the others: "Projekt", "Projekt (2)", … */
function uniqueName(env: Envelope, typed: string, exceptId?: string): string {
  const base = (sanitizeUserText(typed, { oneLine: true }) || DEFAULT_NAME).slice(0, LIMITS.nameLength);
  const taken = new Set(Object.values(env.forloeb).flatMap((f) => (f.id === exceptId ? [] : [f.name])));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, LIMITS.nameLength - 6)} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A list with the default name and no tick or note: what a first visit starts with. */
function isUntouched(f: Tjekliste): boolean {
  return f.name === DEFAULT_NAME && !Object.values(f.items).some((s) => s.done || s.note);
}

/** Deletes a tjekliste and remembers its id, so a tab that has not seen the deletion cannot bring it back. */
function forget(env: Envelope, id: string): boolean {
  if (!own(env.forloeb, id)) return false;
  delete env.forloeb[id];
  env.removed = [...(env.removed ?? []).filter((r) => r !== id), id].slice(-MAX_REMOVED);
  return true;
}

/** Adds a tjekliste (new id, unique name) and makes it active; null at the limit. */
function add(store: ChecklistStore, source: Omit<Tjekliste, 'id'>, replaceEmpty = false): Tjekliste | null {
  let id = '';
  store.update((env) => {
    const lists = Object.values(env.forloeb);
    // A first visit's untouched default list gives way, so the reader ends with one tjekliste, not two.
    if (lists.length === 1 && replaceEmpty && isUntouched(lists[0]!)) forget(env, lists[0]!.id);
    else if (lists.length >= LIMITS.tjeklister) return false;
    id = newTjeklisteId(env.forloeb, store.now().getTime());
    env.forloeb[id] = cloneTjekliste({ ...source, id, name: uniqueName(env, source.name) });
    env.activeId = id;
    store.state.activeId = id;
    return true;
  });
  return own(store.state.forloeb, id) ?? null;
}

/** A new, empty tjekliste, made active; null at the limit. */
export function createTjekliste(store: ChecklistStore, name: string): Tjekliste | null {
  const t = store.stamp();
  return add(store, { name, created: t, updated: t, items: dict<ItemState>() });
}

/** Adds a validated tjekliste (from a file or a share link); null at the limit. */
export function addTjekliste(store: ChecklistStore, tjekliste: Tjekliste): Tjekliste | null {
  return add(store, tjekliste, true);
}

export function renameTjekliste(store: ChecklistStore, id: string, name: string): boolean {
  return store.update((env) => {
    const f = own(env.forloeb, id);
    if (!f) return false;
    const at = store.stamp(f.renamed);
    f.name = uniqueName(env, name, id);
    f.renamed = at;
    if (f.updated < at) f.updated = at;
    return true;
  });
}

export function switchTjekliste(store: ChecklistStore, id: string): void {
  if (!own(store.state.forloeb, id)) return;
  store.state.activeId = id;
  store.update((env) => {
    env.activeId = id;
    return true;
  });
}

export function removeTjekliste(store: ChecklistStore, id: string): boolean {
  return store.update((env) => forget(env, id));
}
