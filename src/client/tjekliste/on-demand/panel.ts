/**
 * The bar's actions, loaded when »Flere valg« opens or a button is pressed: switch, new, rename and delete
 * (confirmed in the page) here; sharing, printing, copying and files each imported when used.
 */
import type { BarContext } from '../types';
import { required } from '../../shared/markup';
import { MESSAGES, PANEL } from './strings';
import { oneLine } from '../store/text';
import { loadOutline } from './document';
import { ensurePanel } from './controls';
import { createTjekliste, removeTjekliste, renameTjekliste, switchTjekliste } from './manage';

const NAME = 'Flere valg';
let nameMode: 'new' | 'rename' = 'new';
let returnFocus: HTMLElement | null = null;

const nameForm = (ctx: BarContext) => required(ctx.bar, 'form[data-name-form]', HTMLFormElement, NAME);
const nameInput = (ctx: BarContext) => required(nameForm(ctx), 'input[name="navn"]', HTMLInputElement, NAME);
const confirmBox = (ctx: BarContext) => required(ctx.bar, '[data-confirm]', HTMLElement, NAME);
const select = (ctx: BarContext) => required(ctx.bar, 'select[data-select]', HTMLSelectElement, NAME);

/** The switcher's list, from what the store holds. */
export async function renderPanel(ctx: BarContext): Promise<void> {
  const { store } = ctx.rt;
  await ensurePanel(ctx.bar);
  // The exports need the whole outline: start fetching it while the user looks at the choices.
  loadOutline(ctx.rt).catch(() => undefined);
  const { activeId } = store.state;
  // new Option() sets the name as text, never as markup.
  select(ctx).replaceChildren(...store.list().map((f) => new Option(oneLine(f.name), f.id, false, f.id === activeId)));
}

function openNameForm(ctx: BarContext, mode: 'new' | 'rename', from: HTMLElement): void {
  nameMode = mode;
  returnFocus = from;
  confirmBox(ctx).hidden = true;
  const active = oneLine(ctx.rt.store.active.name);
  required(ctx.bar, '[data-name-label]', HTMLElement, NAME).textContent =
    mode === 'new' ? PANEL.newName : PANEL.rename(active);
  nameInput(ctx).value = mode === 'new' ? '' : active;
  nameForm(ctx).hidden = false;
  nameInput(ctx).focus();
}

function askDelete(ctx: BarContext, from: HTMLElement): void {
  nameForm(ctx).hidden = true;
  returnFocus = from;
  const name = oneLine(ctx.rt.store.active.name);
  required(ctx.bar, '[data-confirm-text]', HTMLElement, NAME).textContent = PANEL.askDelete(name);
  confirmBox(ctx).hidden = false;
  required(ctx.bar, '[data-action="cancel-delete"]', HTMLButtonElement, NAME).focus();
}

function confirmDelete(ctx: BarContext): void {
  const { store } = ctx.rt;
  const name = oneLine(store.active.name);
  removeTjekliste(store, store.active.id);
  confirmBox(ctx).hidden = true;
  ctx.rt.changed({ source: 'local', announce: PANEL.deleted(name, oneLine(store.active.name)) });
  select(ctx).focus();
}

function cancel(box: HTMLElement): void {
  box.hidden = true;
  returnFocus?.focus();
}

async function onAction(ctx: BarContext, button: HTMLButtonElement): Promise<void> {
  switch (button.dataset.action) {
    case 'new':
    case 'rename':
      return openNameForm(ctx, button.dataset.action, button);
    case 'cancel-name':
      return cancel(nameForm(ctx));
    case 'delete':
      return askDelete(ctx, button);
    case 'cancel-delete':
      return cancel(confirmBox(ctx));
    case 'confirm-delete':
      return confirmDelete(ctx);
    default: {
      const action = button.dataset.action ?? '';
      const module = action.startsWith('share') ? await import('./share') : await import('./exports');
      return module.run(ctx, action);
    }
  }
}

async function onChange(ctx: BarContext, target: EventTarget | null): Promise<void> {
  if (target instanceof HTMLSelectElement && target.matches('[data-select]')) {
    switchTjekliste(ctx.rt.store, target.value);
    ctx.rt.changed({ source: 'local', announce: PANEL.chosen(oneLine(ctx.rt.store.active.name)) });
  } else if (target instanceof HTMLInputElement && target.matches('[data-import]')) {
    await (await import('./exports')).importFile(ctx, target);
  }
}

function onSubmit(ctx: BarContext, form: EventTarget | null): void {
  if (!(form instanceof HTMLFormElement) || !form.matches('[data-name-form]')) return;
  const { store } = ctx.rt;
  const name = oneLine(nameInput(ctx).value).trim();
  if (!name) return;
  if (nameMode === 'new' && !createTjekliste(store, name)) {
    ctx.tell(MESSAGES.tooManyTjeklister);
    return;
  }
  if (nameMode === 'rename') renameTjekliste(store, store.active.id, name);
  // A new tjekliste is made the active one, so either way the active one carries the name now.
  const now = oneLine(store.active.name);
  form.hidden = true;
  ctx.rt.changed({ source: 'local', announce: nameMode === 'new' ? PANEL.created(now) : PANEL.renamed(now) });
  select(ctx).focus();
}

/** A press, change or submit in the bar (bar.ts hands every one over, and has stopped a submit). */
export async function handle(ctx: BarContext, event: Event): Promise<void> {
  if (event.type === 'submit') return onSubmit(ctx, event.target);
  if (event.type === 'change') return onChange(ctx, event.target);
  const button =
    event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
  if (button) return onAction(ctx, button);
}
