/**
 * "Del med en kollega", loaded only when used: makes the link (forløb in the
 * URL fragment, never sent to a server) and receives one. A received forløb is
 * shown in a dialog ("»Navn«: 12 af 76 punkter klaret, 3 noter") with "Gem som
 * ny tjekliste" or "Afvis"; it goes through the import's validation, is only ever
 * added as a new forløb, and the fragment leaves the address bar after the choice.
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
import type { Forloeb } from '../store/model';
import { addToStore } from './transfer';
import { oneLine } from '../store/adapter';
import { SHARE } from './strings';

const NAME = 'Del med en kollega';
let pending: Forloeb | null = null;

const dialogOf = (ctx: BarContext) => required(ctx.bar, 'dialog[data-share-dialog]', HTMLDialogElement, NAME);

async function makeLink(ctx: BarContext): Promise<void> {
  const { store } = ctx.rt;
  const out = required(ctx.bar, '[data-share-out]', HTMLElement, NAME);
  const link = `${location.origin}${location.pathname}#${SHARE_PREFIX}${await encodeShare(store.active)}`;
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

/** Opens the dialog for a link's forløb (or for why it cannot be read). */
export async function receiveShared(ctx: BarContext): Promise<void> {
  const data = shareDataFromHash(location.hash);
  if (data === null) return;
  const dialog = dialogOf(ctx);
  const summary = required(dialog, '[data-share-summary]', HTMLElement, NAME);
  const accept = required(dialog, '[data-action="share-accept"]', HTMLButtonElement, NAME);
  const reject = required(dialog, '[data-action="share-reject"]', HTMLButtonElement, NAME);
  const result = await decodeShare(data);
  if (result.ok) {
    pending = result.forloeb;
    const d = describeShared(result.forloeb, ctx.rt.allItems);
    summary.textContent = SHARE.summary(oneLine(result.forloeb.name), d.done, d.total, d.notes);
    accept.hidden = false;
    reject.textContent = SHARE.reject;
  } else {
    pending = null;
    summary.textContent = result.message;
    accept.hidden = true;
    reject.textContent = SHARE.close;
  }
  dialog.addEventListener('cancel', () => finish(ctx, SHARE.rejected), { once: true });
  dialog.showModal();
}

function finish(ctx: BarContext, announce: string): void {
  pending = null;
  const dialog = dialogOf(ctx);
  if (dialog.open) dialog.close();
  dropFragment();
  ctx.rt.changed({ source: 'local', announce });
  required(ctx.bar, 'summary', HTMLElement, NAME).focus();
}

function save(ctx: BarContext): void {
  if (!pending) {
    finish(ctx, SHARE.nothingChanged);
    return;
  }
  // Validated when decoded; the store adds it with a new id and a unique name, never over another.
  const result = addToStore(ctx.rt.store, pending);
  if (!result.ok) {
    required(dialogOf(ctx), '[data-share-summary]', HTMLElement, NAME).textContent = result.message;
    required(dialogOf(ctx), '[data-action="share-accept"]', HTMLButtonElement, NAME).hidden = true;
    return;
  }
  finish(ctx, SHARE.saved(oneLine(result.forloeb.name)));
}

export function run(ctx: BarContext, action: string): Promise<void> | void {
  switch (action) {
    case 'share':
      return makeLink(ctx);
    case 'share-copy':
      return copyLink(ctx);
    case 'share-accept':
      return save(ctx);
    case 'share-reject':
      return finish(ctx, pending ? SHARE.rejected : SHARE.nothingChanged);
  }
}
