/**
 * <pg-checklist>: one guide step's checklist (components/checklist/Checklist.astro).
 * Saves ticks and notes into the active forløb through the shared store and
 * re-renders from the store after every change. A note edit is bound to the
 * forløb and item it started in: if that forløb is deleted in another tab, the
 * typed text stays in the field with a message and is never saved elsewhere.
 * User text is only ever written as value or textContent.
 */
import { all, data, must } from './checklist-dom';
import { progressCount, stepProgressLine } from '../lib/progress-line';
import { hasForloeb, setDoneIn, setNoteIn } from './checklist-store-adapter';
import { onChange, runtime, type Runtime } from './checklist-runtime';

const NAME = 'pg-checklist';

interface Note {
  id: string;
  button: HTMLButtonElement;
  area: HTMLTextAreaElement;
  wrap: HTMLElement;
  print: HTMLElement;
  /** The forløb the current edit started in (set on focus). */
  boundTo: string | null;
  /** Text kept because its forløb was deleted elsewhere; the field is then left alone. */
  orphaned: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

export class ChecklistElement extends HTMLElement {
  private rt!: Runtime;
  private boxes: HTMLInputElement[] = [];
  private notes: Note[] = [];
  private progressOut!: HTMLElement;
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    this.rt = runtime();
    const fieldset = must(this, 'fieldset[data-step]', HTMLFieldSetElement, NAME);
    this.progressOut = must(fieldset, '[data-step-progress]', HTMLElement, NAME);
    this.boxes = all(fieldset, 'input[data-item]', HTMLInputElement);
    for (const box of this.boxes) box.addEventListener('change', () => this.tick(box));
    for (const row of all(fieldset, 'li[data-item-row]', HTMLLIElement)) this.notes.push(this.bindNote(row));
    onChange(() => this.render());
    this.render();
  }

  private itemIds(): string[] {
    return this.boxes.map((b) => data(b, 'item', NAME));
  }

  private tick(box: HTMLInputElement): void {
    const { store } = this.rt;
    setDoneIn(store, data(box, 'item', NAME), box.checked, store.state.activeId);
    this.rt.changed({ source: 'local', announce: this.announcement() });
  }

  /** "Trinnet: 1 af 5. Før: 1 af 30. I alt: 1 af 76." */
  private announcement(): string {
    const { store, phaseItems, phaseLabels, allItems } = this.rt;
    const step = store.progress(this.itemIds());
    const parts = [`Trinnet: ${progressCount(step.done, step.total)}.`];
    const phase = this.querySelector('fieldset')?.dataset.phase;
    const ids = phase ? phaseItems.get(phase) : undefined;
    if (phase && ids) {
      const p = store.progress(ids);
      parts.push(`${phaseLabels.get(phase) ?? phase}: ${progressCount(p.done, p.total)}.`);
    }
    const sum = store.progress(allItems);
    parts.push(`I alt: ${progressCount(sum.done, sum.total)}.`);
    return parts.join(' ');
  }

  private bindNote(row: HTMLLIElement): Note {
    const note: Note = {
      id: data(row, 'itemRow', NAME),
      button: must(row, 'button[data-note-toggle]', HTMLButtonElement, NAME),
      area: must(row, 'textarea[data-note]', HTMLTextAreaElement, NAME),
      wrap: must(row, '.checklist__note', HTMLElement, NAME),
      print: must(row, '[data-note-print]', HTMLElement, NAME),
      boundTo: null,
      orphaned: false,
    };
    note.button.addEventListener('click', () => this.toggleNote(note));
    note.area.addEventListener('focus', () => {
      if (!note.orphaned) note.boundTo = this.rt.store.state.activeId;
    });
    note.area.addEventListener('input', () => {
      clearTimeout(note.timer);
      note.timer = setTimeout(() => this.saveNote(note), 300);
    });
    note.area.addEventListener('change', () => {
      clearTimeout(note.timer);
      this.saveNote(note);
    });
    return note;
  }

  private toggleNote(note: Note): void {
    const open = note.wrap.hidden;
    note.wrap.hidden = !open;
    note.button.setAttribute('aria-expanded', String(open));
    if (open) note.area.focus();
    this.renderNoteButton(note);
  }

  private saveNote(note: Note): void {
    note.timer = undefined;
    if (note.orphaned) return;
    const { store } = this.rt;
    const target = note.boundTo ?? store.state.activeId;
    if (!setNoteIn(store, note.id, note.area.value, target)) {
      this.orphan(note);
      return;
    }
    this.rt.changed({ source: 'local' });
  }

  /** The forløb this note was typed for is gone: keep the text, say so, never save it elsewhere. */
  private orphan(note: Note): void {
    note.orphaned = true;
    let msg = note.wrap.querySelector<HTMLElement>('[data-note-msg]');
    if (!msg) {
      msg = document.createElement('p');
      msg.className = 'checklist__note-msg';
      msg.dataset.noteMsg = '';
      msg.setAttribute('role', 'alert');
      note.wrap.append(msg);
    }
    msg.textContent =
      'Den gemte tjekliste, du skrev noten i, er slettet i et andet vindue. Teksten står stadig i feltet, men gemmes ikke. Kopiér den, før du forlader siden.';
  }

  private renderNoteButton(note: Note): void {
    const items = this.rt.store.active.items;
    const has = Object.hasOwn(items, note.id) && Boolean(items[note.id]?.note);
    note.button.textContent = note.wrap.hidden ? (has ? 'Vis note' : 'Tilføj note') : 'Skjul note';
  }

  /** Everything from what the store holds now. */
  render(): void {
    const { store } = this.rt;
    const items = store.active.items;
    const state = (id: string) => (Object.hasOwn(items, id) ? items[id] : undefined);
    for (const box of this.boxes) box.checked = Boolean(state(data(box, 'item', NAME))?.done);
    for (const note of this.notes) {
      if (note.boundTo && !note.orphaned && !hasForloeb(store, note.boundTo) && (document.activeElement === note.area || note.timer)) {
        this.orphan(note);
      }
      if (note.orphaned) continue;
      const text = state(note.id)?.note ?? '';
      if (document.activeElement !== note.area) {
        note.area.value = text;
        note.boundTo = null;
      }
      note.print.textContent = text;
      this.renderNoteButton(note);
    }
    const p = store.progress(this.itemIds());
    this.progressOut.textContent = stepProgressLine(p.done, p.total);
  }
}
