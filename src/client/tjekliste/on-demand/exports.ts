/**
 * The forløb bar's exports, loaded only when one is used: "Kopiér til e-mail
 * eller Word" (rich text + plain text; a field to copy by hand when the
 * clipboard is unavailable), "Udskriv / gem som PDF" (the whole checklist's
 * print view), "Gem sikkerhedskopi" / "Hent sikkerhedskopi" (the JSON file,
 * the store's validation and messages) and Markdown under "Andre formater".
 */
import type { BarContext } from '../types';
import { required } from '../../shared/markup';
import { forloebRichText } from './richtext';
import { fileName } from './export-text';
import type { Outline } from './export-markdown';
import { LIMITS } from '../store/model';
import { exportJson, exportMarkdown, importJson } from './transfer';
import { oneLine } from '../store/adapter';
import { copyRichText } from '../../shared/rich-copy';
import { loadOutline } from './outline';
import { EXPORT } from './strings';

const NAME = 'Eksport';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The whole outline for an export, or null after telling the user it could not be fetched. */
async function outlineOrSay(ctx: BarContext): Promise<Outline | null> {
  try {
    return await loadOutline(ctx.rt);
  } catch {
    ctx.tell(EXPORT.noOutline);
    return null;
  }
}

async function copy(ctx: BarContext): Promise<void> {
  const { store } = ctx.rt;
  const outline = await outlineOrSay(ctx);
  if (!outline) return;
  const doc = forloebRichText(store.active, outline, new Date());
  const manual = required(ctx.bar, '[data-manual]', HTMLElement, NAME);
  const result = await copyRichText(doc);
  const name = oneLine(store.active.name);
  if (result.ok) {
    manual.hidden = true;
    ctx.tell(EXPORT.copied(name));
    return;
  }
  const field = required(manual, 'textarea', HTMLTextAreaElement, NAME);
  field.value = doc.text;
  manual.hidden = false;
  field.focus();
  field.select();
  ctx.tell(EXPORT.copyRefused);
}

function print(ctx: BarContext): void {
  const target = new URL(ctx.printHref, location.href);
  if (target.pathname === location.pathname) window.print();
  else location.assign(`${target.pathname}?udskriv`);
}

/** Arrived with "?udskriv": print this page's whole checklist, then tidy the address. */
export function printNow(ctx: BarContext): void {
  history.replaceState(history.state, '', location.pathname + location.hash);
  ctx.say(EXPORT.printing);
  window.print();
}

async function markdown(ctx: BarContext): Promise<void> {
  const { store } = ctx.rt;
  const outline = await outlineOrSay(ctx);
  if (outline)
    download(fileName(store.active.name, 'md'), 'text/markdown;charset=utf-8', exportMarkdown(store, outline));
}

export function run(ctx: BarContext, action: string): Promise<void> | void {
  const { store } = ctx.rt;
  switch (action) {
    case 'copy':
      return copy(ctx);
    case 'print':
      return print(ctx);
    case 'backup':
      return download(fileName(store.active.name, 'json'), 'application/json;charset=utf-8', exportJson(store));
    case 'markdown':
      return markdown(ctx);
  }
}

/** "Hent sikkerhedskopi": the store validates; nothing changes unless the file is good. */
export async function importFile(ctx: BarContext, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const { store } = ctx.rt;
  // The store judges the size first, so an oversized file is refused without reading it.
  let text = '';
  if (file.size <= LIMITS.fileBytes) {
    try {
      text = await file.text();
    } catch {
      ctx.tell(EXPORT.unreadableFile);
      return;
    }
  }
  const result = importJson(store, text, file.size);
  if (!result.ok) {
    ctx.tell(
      result.message.includes(EXPORT.nothingChanged) ? result.message : `${result.message} ${EXPORT.nothingChanged}`,
    );
    return;
  }
  ctx.tell(EXPORT.opened(oneLine(result.forloeb.name)));
  ctx.rt.changed({ source: 'local' });
}
