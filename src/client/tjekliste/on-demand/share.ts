/**
 * »Del«, loaded when used: makes the link and receives one. A received link opens a read-only preview; nothing
 * is stored until the reader chooses »Gem som ny tjekliste« or »Flet ind«. A merge takes the newer tick and
 * note item by item, says what it changed, and can be undone.
 */
import type { BarContext } from '../types';
import { required } from '../../shared/markup';
import { mergeTjekliste } from '../store/merge';
import { cloneTjekliste, own, type ItemState, type Tjekliste } from '../store/model';
import { oneLine } from '../store/text';
import { ensureDialog, ensureShareOut } from './controls';
import { loadOutline } from './document';
import { addToStore } from './file';
import {
  SHARE_LINK_MAX,
  SHARE_PREFIX,
  decodeShare,
  describeShared,
  encodeShare,
  shareDataFromHash,
} from './share-codec';
import { SHARE } from './strings';

const NAME = 'Del';
/** The link being previewed, with only the items the guide has (the rest cannot be used). */
let pending: Tjekliste | null = null;
/** For »Fortryd fletningen«: the tjekliste the last merge changed, as it was, and the items the link held. */
let lastMerge: { before: Tjekliste; ids: string[] } | null = null;

const get = <T extends HTMLElement>(ctx: BarContext, selector: string, type: new () => T) =>
  required(ctx.bar, selector, type, NAME);
const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string) =>
  Object.assign(document.createElement(tag), { textContent: text });

async function makeLink(ctx: BarContext): Promise<void> {
  const { store } = ctx.rt;
  await ensureShareOut(ctx.bar);
  const out = get(ctx, '[data-share-out]', HTMLElement);
  const data = await encodeShare(store.active, store.now().toISOString());
  const link = `${location.origin}${location.pathname}#${SHARE_PREFIX}${data}`;
  out.hidden = link.length > SHARE_LINK_MAX;
  if (out.hidden) return ctx.tell(SHARE.tooBig(link.length, SHARE_LINK_MAX));
  const field = get(ctx, 'input[data-share-link]', HTMLInputElement);
  field.value = link;
  field.focus();
  field.select();
  ctx.tell(SHARE.ready(oneLine(store.active.name)));
}

async function copyLink(ctx: BarContext): Promise<void> {
  const field = get(ctx, 'input[data-share-link]', HTMLInputElement);
  try {
    await navigator.clipboard.writeText(field.value);
    ctx.tell(SHARE.copied);
  } catch {
    field.select();
    ctx.tell(SHARE.copyRefused);
  }
}

/** The link's ticked or noted items as lists per step, in the guide's words when the outline can be fetched. */
async function renderItems(ctx: BarContext, items: Record<string, ItemState>, box: HTMLElement): Promise<void> {
  const used = (id: string) => own(items, id)?.done || own(items, id)?.note;
  const shown = Object.keys(items).filter(used);
  box.replaceChildren();
  box.hidden = !shown.length;
  if (!shown.length) return;
  const outline = await loadOutline(ctx.rt).catch(() => null);
  const steps = outline
    ? outline.phases.flatMap((p) => p.steps.map((s) => ({ title: `${p.label}: ${s.title}`, items: s.items })))
    : [{ title: '', items: shown.map((id) => ({ id, text: id })) }];
  for (const step of steps) {
    const rows = step.items.filter((i) => used(i.id));
    if (!rows.length) continue;
    if (step.title) box.append(make('h3', step.title));
    const list = document.createElement('ul');
    for (const item of rows) {
      const state = items[item.id]!;
      const li = document.createElement('li');
      li.append(make('strong', `${state.done ? SHARE.done : SHARE.notDone}: `), item.text);
      if (state.note) li.append(make('blockquote', `${SHARE.note} ${state.note}`));
      list.append(li);
    }
    box.append(list);
  }
}

/** Opens the preview of a link's tjekliste (or says why it cannot be read). Stores nothing. */
export async function receiveShared(ctx: BarContext): Promise<void> {
  const data = shareDataFromHash(location.hash);
  if (data === null) return;
  await ensureDialog(ctx.bar);
  const dialog = get(ctx, 'dialog[data-share-dialog]', HTMLDialogElement);
  const accept = get(ctx, '[data-action="share-accept"]', HTMLButtonElement);
  const merge = get(ctx, '[data-action="share-merge"]', HTMLButtonElement);
  const part = (name: string) => get(ctx, `[data-share-${name}]`, HTMLElement);
  const summary = part('summary');
  const readOnly = part('readonly');
  const warnings = part('warnings');
  const items = part('items');
  const result = await decodeShare(data);
  warnings.replaceChildren();
  pending = null;
  if (!result.ok) {
    summary.textContent = result.message;
    for (const el of [accept, merge, warnings, readOnly, items]) el.hidden = true;
  } else {
    const d = describeShared(result.tjekliste, ctx.rt.allItems);
    pending = { ...result.tjekliste, items: d.usable };
    part('title').textContent = SHARE.title(oneLine(pending.name));
    const when = SHARE.sharedWhen(result.sharedAt ? new Date(result.sharedAt) : null);
    summary.textContent = `${when} ${d.done || d.notes ? SHARE.counts(d.done, d.total, d.notes) : SHARE.nothingInIt}`;
    const notes = [result.newer && SHARE.newer, d.unknown.length && SHARE.unknown(d.unknown.length)].filter(
      (text) => typeof text === 'string',
    );
    warnings.append(...notes.map((text) => make('li', text)));
    warnings.hidden = !notes.length;
    readOnly.textContent = SHARE.readOnly;
    readOnly.hidden = false;
    accept.hidden = false;
    const mine = ctx.rt.store.active;
    // Merging into an empty tjekliste is the same as saving; then only »Gem som ny« is offered.
    merge.hidden = !Object.keys(mine.items).length;
    merge.textContent = SHARE.mergeInto(oneLine(mine.name));
    await renderItems(ctx, d.usable, items);
  }
  dialog.addEventListener('cancel', () => finish(ctx, SHARE.closed), { once: true });
  if (!dialog.open) dialog.showModal();
}

/** Closes the preview and drops "#del=…" from the address, so a reload or a bookmark does not ask again. */
function finish(ctx: BarContext, announce: string, message?: string): void {
  pending = null;
  const dialog = get(ctx, 'dialog[data-share-dialog]', HTMLDialogElement);
  if (dialog.open) dialog.close();
  history.replaceState(history.state, '', location.pathname + location.search);
  if (message) ctx.tell(message);
  ctx.rt.changed({ source: 'local', announce });
  get(ctx, 'summary', HTMLElement).focus();
}

/** Keeps the preview open with a message; the link and the stored data stay as they were. */
function refuse(ctx: BarContext, message: string): void {
  get(ctx, '[data-share-summary]', HTMLElement).textContent = message;
  ctx.rt.changed({ source: 'local', announce: message });
}

function save(ctx: BarContext) {
  if (!pending) return finish(ctx, SHARE.closed);
  // The store adds it with a new id and a unique name, never over another.
  const result = addToStore(ctx.rt.store, pending);
  if (!result.ok) return refuse(ctx, result.message);
  const text = SHARE.saved(oneLine(result.tjekliste.name));
  finish(ctx, text, text);
}

function mergeIn(ctx: BarContext) {
  const { store } = ctx.rt;
  const incoming = pending;
  if (!incoming) return finish(ctx, SHARE.closed);
  if (!store.writable) return refuse(ctx, SHARE.mergeNotSaved);
  const target = store.active;
  const before = cloneTjekliste(target);
  let count = { ticks: 0, notes: 0, changed: false };
  store.update((env) => {
    const into = own(env.forloeb, target.id);
    if (into) count = mergeTjekliste(into, { ...incoming, name: into.name, renamed: into.renamed ?? '' });
    return count.changed;
  });
  if (store.unsavedChanges) {
    // The write failed: take the merge back in this page too, so nothing shows that is not stored.
    if (own(store.state.forloeb, target.id)) store.state.forloeb[target.id] = before;
    return refuse(ctx, SHARE.mergeNotSaved);
  }
  const name = oneLine(store.active.name);
  lastMerge = count.changed ? { before, ids: Object.keys(incoming.items) } : null;
  get(ctx, '[data-action="share-undo"]', HTMLButtonElement).hidden = !lastMerge;
  const text = count.ticks || count.notes ? SHARE.merged(count.ticks, count.notes, name) : SHARE.mergedNothing(name);
  finish(ctx, text, text);
}

/** Puts back each tick and note the merge changed, as a new change, so another open tab cannot bring it back. */
function undo(ctx: BarContext): void {
  const { store } = ctx.rt;
  get(ctx, '[data-action="share-undo"]', HTMLButtonElement).hidden = true;
  const merge = lastMerge;
  lastMerge = null;
  if (!merge) return;
  const undone = store.update((env) => {
    const target = own(env.forloeb, merge.before.id);
    if (!target) return false;
    for (const id of merge.ids) {
      const item = own(target.items, id);
      const old = own(merge.before.items, id) ?? { done: false };
      if (!item) continue;
      if (item.done !== old.done) Object.assign(item, { done: old.done, doneAt: store.stamp(item.doneAt) });
      if ((item.note ?? '') === (old.note ?? '')) continue;
      item.note = old.note;
      if (!old.note) delete item.note;
      item.noteAt = store.stamp(item.noteAt);
    }
    return true;
  });
  if (!undone) return;
  const text = SHARE.undone(oneLine(merge.before.name));
  ctx.tell(text);
  ctx.rt.changed({ source: 'local', announce: text });
}

const ACTIONS: Record<string, (ctx: BarContext) => Promise<void> | void> = {
  share: makeLink,
  'share-copy': copyLink,
  'share-accept': save,
  'share-merge': mergeIn,
  'share-undo': undo,
  'share-reject': (ctx) => finish(ctx, SHARE.closed),
};

export function run(ctx: BarContext, action: string): Promise<void> | void {
  return own(ACTIONS, action)?.(ctx);
}
