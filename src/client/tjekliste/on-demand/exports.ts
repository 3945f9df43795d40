/**
 * The bar's exports, loaded when one is used: »Kopiér« (rich and plain text; a field to copy by hand when the
 * clipboard refuses) and »Udskriv«, each of this step, this phase or the whole tjekliste; the backup file out
 * and in; and the Markdown file.
 */
import type { BarContext } from '../types';
import { required } from '../../shared/markup';
import { copyRichText, type RichText } from '../../shared/rich-copy';
import { LIMITS } from '../store/model';
import { oneLine } from '../store/text';
import { ensureManual, styled } from './controls';
import { exportMarkdown, fileName, loadOutline, tjeklisteRichText, type Outline } from './document';
import { exportJson, importJson } from './file';
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

/** The print and copy choice: this step, this phase, or (also where the bar offers no choice) the whole. */
const scopeOf = (ctx: BarContext) => ctx.bar.querySelector<HTMLSelectElement>('select[data-scope]')?.value ?? 'alle';

/** The active tjekliste as a document over the chosen part of the guide, and the part's name; null if no outline. */
async function documentOf(ctx: BarContext): Promise<{ doc: RichText; part?: string } | null> {
  let outline = await outlineOrSay(ctx);
  if (!outline) return null;
  const scope = scopeOf(ctx);
  const phase = outline.phases.find((p) => p.id === ctx.bar.dataset.scopePhase);
  const step = phase?.steps.find((s) => s.id === ctx.bar.dataset.scopeStep);
  let part: string | undefined;
  if (phase && scope === 'trin' && step) {
    outline = { phases: [{ ...phase, steps: [step] }] };
    part = EXPORT.stepPart(step.title);
  } else if (phase && scope !== 'alle') {
    outline = { phases: [phase] };
    part = EXPORT.phasePart(phase.label);
  }
  return { doc: tjeklisteRichText(ctx.rt.store.active, outline, new Date(), part), part };
}

async function copy(ctx: BarContext): Promise<void> {
  const made = await documentOf(ctx);
  if (!made) return;
  const { doc } = made;
  await ensureManual(ctx.bar);
  const manual = required(ctx.bar, '[data-manual]', HTMLElement, NAME);
  const result = await copyRichText(doc);
  const name = oneLine(ctx.rt.store.active.name);
  if (result.ok) {
    manual.hidden = true;
    ctx.tell(EXPORT.copied(name, made.part));
    return;
  }
  const field = required(manual, 'textarea', HTMLTextAreaElement, NAME);
  field.value = doc.text;
  manual.hidden = false;
  field.focus();
  field.select();
  ctx.tell(EXPORT.copyRefused);
}

/** This step, or the whole tjekliste on its own page, is the page itself; another part replaces it in print. */
async function print(ctx: BarContext): Promise<void> {
  const scope = scopeOf(ctx);
  const own = new URL(ctx.printHref, location.href).pathname === location.pathname;
  document.querySelector('.tjekliste-print')?.remove();
  document.documentElement.classList.remove('pg-print-doc');
  if ((scope === 'trin' && ctx.bar.dataset.scopeStep) || (scope === 'alle' && own)) {
    ctx.say(EXPORT.printing);
    window.print();
    return;
  }
  const made = await documentOf(ctx);
  if (!made) return;
  await styled();
  const section = document.createElement('section');
  section.className = 'tjekliste-print';
  // The document is built from escaped text only (document.ts).
  section.innerHTML = made.doc.html;
  document.body.append(section);
  document.documentElement.classList.add('pg-print-doc');
  window.addEventListener(
    'afterprint',
    () => {
      section.remove();
      document.documentElement.classList.remove('pg-print-doc');
    },
    { once: true },
  );
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
  // An oversized file is refused by its size, without reading it.
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
