/**
 * The bar's exports, loaded when one is used: »Kopiér« (rich and plain text; a field to copy by hand when the
 * clipboard refuses) and »Udskriv«, each of this step, this phase or the whole tjekliste; the backup file out
 * and in; and the Markdown file.
 */
import type { BarContext } from '../types';
import { required, requiredData } from '../../shared/markup';
import { copyRichText } from '../../shared/rich-copy';
import { LIMITS } from '../store/model';
import { oneLine } from '../store/text';
import { ensureManual, styled } from './controls';
import { fileName, loadOutline, tjeklisteRichText, type Outline } from './document';
import { exportJson, importJson } from './file';
import { EXPORT } from './strings';

const NAME = 'Eksport';

/** Saves `text` as a file named after the active tjekliste. */
function download(ctx: BarContext, ext: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), {
    href: url,
    download: fileName(ctx.rt.store.active.name, ext),
  });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The print and copy choice: this step, this phase, or (also where the bar offers no choice) the whole. */
const scopeOf = (ctx: BarContext) => ctx.bar.querySelector<HTMLSelectElement>('select[data-scope]')?.value ?? 'alle';

/**
 * The active tjekliste as documents over a part of the guide, with the part's name; null after telling the
 * user that the outline could not be fetched.
 */
async function documentOf(ctx: BarContext, scope: string) {
  let outline: Outline;
  try {
    outline = await loadOutline(ctx.rt);
  } catch {
    ctx.tell(EXPORT.noOutline);
    return null;
  }
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
  return { ...tjeklisteRichText(ctx.rt.store.active, outline, ctx.rt.store.now(), part), part };
}

async function copy(ctx: BarContext): Promise<void> {
  const doc = await documentOf(ctx, scopeOf(ctx));
  if (!doc) return;
  await ensureManual(ctx.bar);
  const manual = required(ctx.bar, '[data-manual]', HTMLElement, NAME);
  manual.hidden = (await copyRichText(doc)).ok;
  if (manual.hidden) return ctx.tell(EXPORT.copied(oneLine(ctx.rt.store.active.name), doc.part));
  const field = required(manual, 'textarea', HTMLTextAreaElement, NAME);
  field.value = doc.text;
  field.focus();
  field.select();
  ctx.tell(EXPORT.copyRefused);
}

const clearPrint = () => {
  document.querySelector('.tjekliste-print')?.remove();
  document.documentElement.classList.remove('pg-print-doc');
};

/** This step, or the whole tjekliste on its own page, is the page itself; another part replaces it in print. */
async function print(ctx: BarContext): Promise<void> {
  const scope = scopeOf(ctx);
  const wholePage = new URL(requiredData(ctx.bar, 'printHref', NAME), location.href).pathname === location.pathname;
  clearPrint();
  if (!((scope === 'trin' && ctx.bar.dataset.scopeStep) || (scope === 'alle' && wholePage))) {
    const doc = await documentOf(ctx, scope);
    if (!doc) return;
    await styled();
    // The document is built from escaped text only (document.ts).
    document.body.append(
      Object.assign(document.createElement('section'), { className: 'tjekliste-print', innerHTML: doc.html }),
    );
    document.documentElement.classList.add('pg-print-doc');
    window.addEventListener('afterprint', clearPrint, { once: true });
  }
  ctx.say(EXPORT.printing);
  window.print();
}

export async function run(ctx: BarContext, action: string): Promise<void> {
  if (action === 'copy') return copy(ctx);
  if (action === 'print') return print(ctx);
  if (action === 'backup') return download(ctx, 'json', 'application/json;charset=utf-8', exportJson(ctx.rt.store));
  if (action !== 'markdown') return;
  // Markdown is always of the whole tjekliste: an agenda for the partnership's meeting.
  const doc = await documentOf(ctx, 'alle');
  if (doc) download(ctx, 'md', 'text/markdown;charset=utf-8', doc.markdown);
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
      return ctx.tell(EXPORT.unreadableFile);
    }
  }
  const result = importJson(store, text, file.size);
  // Every refusal says that nothing changed (file.ts).
  if (!result.ok) return ctx.tell(result.message);
  ctx.tell(EXPORT.opened(oneLine(result.tjekliste.name)));
  ctx.rt.changed({ source: 'local' });
}
