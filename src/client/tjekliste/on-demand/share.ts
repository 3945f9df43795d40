/**
 * "Del", loaded only when used: makes the link (the tjekliste in the URL
 * fragment, never sent to a server) and receives one. A received link opens
 * a read-only preview: name, when it was shared, counts, and the items with
 * ticks and notes. Nothing is stored until the reader chooses "Gem som ny
 * tjekliste" or "Flet ind i ‹min tjekliste›"; a merge takes the newer tick and
 * note item by item, says what it changed, and can be undone.
 */
import type { BarContext } from '../types';
import { required } from '../../shared/markup';
import {
  SHARE_LINK_MAX,
  SHARE_PREFIX,
  decodeShare,
  describeShared,
  encodeShare,
  shareDataFromHash,
} from './share-codec';
import { dict, own, type Tjekliste, type ItemState } from '../store/model';
import { mergeTjekliste } from '../store/merge';
import { addToStore } from './file';
import { oneLine } from '../store/text';
import { loadOutline } from './document';
import { SHARE } from './strings';
import { ensureDialog, ensureShareOut } from './controls';

const NAME = 'Del';
/** The link being previewed: only the items the guide has (the rest cannot be used). */
let pending: Tjekliste | null = null;
/** The last merge, for "Fortryd fletningen": the tjekliste and its touched items as they were. */
let lastMerge: { tjeklisteId: string; before: Record<string, ItemState | null> } | null = null;

const dialogOf = (ctx: BarContext) => required(ctx.bar, 'dialog[data-share-dialog]', HTMLDialogElement, NAME);
const part = <T extends HTMLElement>(ctx: BarContext, selector: string, type: new () => T) =>
  required(dialogOf(ctx), selector, type, NAME);

/** A tjekliste's items as they were, for undoing a merge: only the items the merge touched. */
function itemsBefore(target: Tjekliste, incoming: Tjekliste): Record<string, ItemState | null> {
  const before = dict<ItemState | null>();
  for (const id of Object.keys(incoming.items)) {
    const state = own(target.items, id);
    before[id] = state ? { ...state } : null;
  }
  return before;
}

async function makeLink(ctx: BarContext): Promise<void> {
  const { store } = ctx.rt;
  ensureShareOut(ctx.bar);
  const out = required(ctx.bar, '[data-share-out]', HTMLElement, NAME);
  const data = await encodeShare(store.active, store.now().toISOString());
  const link = `${location.origin}${location.pathname}#${SHARE_PREFIX}${data}`;
  if (link.length > SHARE_LINK_MAX) {
    out.hidden = true;
    ctx.tell(SHARE.tooBig(link.length, SHARE_LINK_MAX));
    return;
  }
  const field = required(out, 'input[data-share-link]', HTMLInputElement, NAME);
  field.value = link;
  out.hidden = false;
  field.focus();
  field.select();
  ctx.tell(SHARE.ready(oneLine(store.active.name)));
}

async function copyLink(ctx: BarContext): Promise<void> {
  const field = required(ctx.bar, 'input[data-share-link]', HTMLInputElement, NAME);
  try {
    await navigator.clipboard.writeText(field.value);
    ctx.tell(SHARE.copied);
  } catch {
    field.select();
    ctx.tell(SHARE.copyRefused);
  }
}

/** The address without "#del=…", so a reload or a bookmark does not ask again. */
function dropFragment(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** The link's items as lists per step, with the guide's own words when the outline can be fetched. */
async function renderItems(ctx: BarContext, forloeb: Tjekliste, box: HTMLElement): Promise<void> {
  const shown = Object.entries(forloeb.items).filter(([, s]) => s.done || s.note);
  box.replaceChildren();
  box.hidden = !shown.length;
  if (!shown.length) return;
  const outline = await loadOutline(ctx.rt).catch(() => null);
  const steps = outline
    ? outline.phases.flatMap((p) => p.steps.map((s) => ({ title: `${p.label}: ${s.title}`, items: s.items })))
    : [{ title: '', items: shown.map(([id]) => ({ id, text: id })) }];
  for (const step of steps) {
    const rows = step.items.filter((i) => own(forloeb.items, i.id)?.done || own(forloeb.items, i.id)?.note);
    if (!rows.length) continue;
    if (step.title) box.append(Object.assign(document.createElement('h3'), { textContent: step.title }));
    const list = document.createElement('ul');
    for (const item of rows) {
      const state = forloeb.items[item.id]!;
      const li = document.createElement('li');
      const status = document.createElement('strong');
      status.textContent = `${state.done ? SHARE.done : SHARE.notDone}: `;
      li.append(status, item.text);
      if (state.note) {
        const quote = document.createElement('blockquote');
        quote.textContent = `${SHARE.note} ${state.note}`;
        li.append(quote);
      }
      list.append(li);
    }
    box.append(list);
  }
}

/** Opens the preview of a link's tjekliste (or says why it cannot be read). Stores nothing. */
export async function receiveShared(ctx: BarContext): Promise<void> {
  const data = shareDataFromHash(location.hash);
  if (data === null) return;
  ensureDialog(ctx.bar);
  const dialog = dialogOf(ctx);
  const accept = part(ctx, '[data-action="share-accept"]', HTMLButtonElement);
  const merge = part(ctx, '[data-action="share-merge"]', HTMLButtonElement);
  const warnings = part(ctx, '[data-share-warnings]', HTMLElement);
  const readOnly = part(ctx, '[data-share-readonly]', HTMLElement);
  const items = part(ctx, '[data-share-items]', HTMLElement);
  const result = await decodeShare(data);
  warnings.replaceChildren();
  if (result.ok) {
    const known = new Set(ctx.rt.allItems);
    const d = describeShared(result.forloeb, ctx.rt.allItems);
    const usable = dict<ItemState>();
    for (const [id, s] of Object.entries(result.forloeb.items)) if (known.has(id)) usable[id] = s;
    pending = { ...result.forloeb, items: usable };
    part(ctx, '[data-share-title]', HTMLElement).textContent = SHARE.title(oneLine(pending.name));
    const when = SHARE.sharedWhen(result.sharedAt ? new Date(result.sharedAt) : null);
    const counts = d.done || d.notes ? SHARE.counts(d.done, d.total, d.notes) : SHARE.nothingInIt;
    part(ctx, '[data-share-summary]', HTMLElement).textContent = `${when} ${counts}`;
    const notes = [
      ...(result.newer ? [SHARE.newer] : []),
      ...(d.unknown.length ? [SHARE.unknown(d.unknown.length)] : []),
    ];
    for (const text of notes) warnings.append(Object.assign(document.createElement('li'), { textContent: text }));
    warnings.hidden = !notes.length;
    readOnly.textContent = SHARE.readOnly;
    readOnly.hidden = false;
    accept.hidden = false;
    const mine = ctx.rt.store.active;
    // Merging into an empty tjekliste is the same as saving; then only "Gem som ny" is offered.
    merge.hidden = !Object.keys(mine.items).length;
    merge.textContent = SHARE.mergeInto(oneLine(mine.name));
    await renderItems(ctx, pending, items);
  } else {
    pending = null;
    part(ctx, '[data-share-summary]', HTMLElement).textContent = result.message;
    for (const el of [accept, merge, warnings, readOnly, items]) el.hidden = true;
  }
  dialog.addEventListener('cancel', () => finish(ctx, SHARE.closed), { once: true });
  if (!dialog.open) dialog.showModal();
}

function finish(ctx: BarContext, announce: string, message?: string): void {
  pending = null;
  const dialog = dialogOf(ctx);
  if (dialog.open) dialog.close();
  dropFragment();
  if (message) ctx.tell(message);
  ctx.rt.changed({ source: 'local', announce });
  required(ctx.bar, 'summary', HTMLElement, NAME).focus();
}

/** Keeps the preview open with a message; the link and the stored data stay as they were. */
function refuse(ctx: BarContext, message: string): void {
  part(ctx, '[data-share-summary]', HTMLElement).textContent = message;
  ctx.rt.changed({ source: 'local', announce: message });
}

function save(ctx: BarContext): void {
  if (!pending) {
    finish(ctx, SHARE.closed);
    return;
  }
  // Validated when decoded; the store adds it with a new id and a unique name, never over another.
  const result = addToStore(ctx.rt.store, pending);
  if (!result.ok) {
    refuse(ctx, result.message);
    return;
  }
  const text = SHARE.saved(oneLine(result.forloeb.name));
  finish(ctx, text, text);
}

function mergeIn(ctx: BarContext): void {
  const { store } = ctx.rt;
  const incoming = pending;
  if (!incoming) {
    finish(ctx, SHARE.closed);
    return;
  }
  if (!store.writable) {
    refuse(ctx, SHARE.mergeNotSaved);
    return;
  }
  const targetId = store.active.id;
  const before = itemsBefore(store.active, incoming);
  let count = { ticks: 0, notes: 0, changed: false };
  store.update((env) => {
    const target = own(env.forloeb, targetId);
    if (!target) return false;
    count = mergeTjekliste(target, { ...incoming, name: target.name, renamed: target.renamed ?? '' });
    return count.changed;
  });
  if (!store.writable || store.unsavedChanges) {
    // The write failed: take the merge back in this page too, so nothing shows that is not stored.
    restore(ctx, targetId, before);
    refuse(ctx, SHARE.mergeNotSaved);
    return;
  }
  const name = oneLine(store.active.name);
  lastMerge = count.changed ? { tjeklisteId: targetId, before } : null;
  required(ctx.bar, '[data-action="share-undo"]', HTMLButtonElement, NAME).hidden = !lastMerge;
  const text = count.ticks || count.notes ? SHARE.merged(count.ticks, count.notes, name) : SHARE.mergedNothing(name);
  finish(ctx, text, text);
}

/** Puts a tjekliste's items back exactly as they were: for a merge that was never stored. */
function restore(ctx: BarContext, tjeklisteId: string, before: Record<string, ItemState | null>): boolean {
  return ctx.rt.store.update((env) => {
    const target = own(env.forloeb, tjeklisteId);
    if (!target) return false;
    for (const [id, state] of Object.entries(before)) {
      if (state) target.items[id] = { ...state };
      else delete target.items[id];
    }
    return true;
  });
}

/**
 * Undoes the last merge as a new change: each tick and note the merge changed
 * gets its old value with a new time, so another open tab cannot bring the
 * merged value back.
 */
function undo(ctx: BarContext): void {
  const { store } = ctx.rt;
  required(ctx.bar, '[data-action="share-undo"]', HTMLButtonElement, NAME).hidden = true;
  if (!lastMerge) return;
  const { tjeklisteId, before } = lastMerge;
  lastMerge = null;
  const undone = store.update((env) => {
    const target = own(env.forloeb, tjeklisteId);
    if (!target) return false;
    for (const [id, old] of Object.entries(before)) {
      const now = own(target.items, id);
      if (!now) continue;
      const next: ItemState = { ...now };
      if (now.done !== (old?.done ?? false)) {
        next.done = old?.done ?? false;
        next.doneAt = store.stamp(now.doneAt);
      }
      if ((now.note ?? '') !== (old?.note ?? '')) {
        if (old?.note) next.note = old.note;
        else delete next.note;
        next.noteAt = store.stamp(now.noteAt);
      }
      target.items[id] = next;
    }
    return true;
  });
  if (!undone) return;
  const text = SHARE.undone(oneLine(own(store.state.forloeb, tjeklisteId)?.name ?? ''));
  ctx.tell(text);
  ctx.rt.changed({ source: 'local', announce: text });
}

export function run(ctx: BarContext, action: string): Promise<void> | void {
  switch (action) {
    case 'share':
      return makeLink(ctx);
    case 'share-copy':
      return copyLink(ctx);
    case 'share-accept':
      return save(ctx);
    case 'share-merge':
      return mergeIn(ctx);
    case 'share-undo':
      return undo(ctx);
    case 'share-reject':
      return finish(ctx, SHARE.closed);
  }
}
