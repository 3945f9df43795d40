/**
 * Writing notes in a step's checklist, loaded when the reader first opens one (most visits only tick). An edit
 * is bound to the tjekliste it started in: deleted in another tab, the typed text stays with a message.
 */
import { LIMITS, own } from '../store/model';
import { noteLabel } from '../strings';
import { NOTE } from './strings';
import { alertLine } from '../alert-line';
import type { Runtime } from '../runtime';

/** An item's row as the element found it in the HTML. */
export interface NoteRow {
  id: string;
  li: HTMLLIElement;
  button: HTMLButtonElement;
}

/** A row with its field, made on its first open. */
interface Note extends NoteRow {
  wrap: HTMLElement;
  area: HTMLTextAreaElement;
  /** "Gemt i denne browser" under the field, which the field names as its description. */
  state: HTMLElement;
  /** The tjekliste the current edit started in (set on focus). */
  boundTo: string | null;
  /** Text kept because its tjekliste was deleted elsewhere; the field is then left alone. */
  orphaned: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

/** An element with its properties set (text only ever as textContent). */
function make<T extends HTMLElement>(el: T, props: Partial<Pick<T, keyof T & string>>): T {
  return Object.assign(el, props);
}

export class NoteEditor {
  private readonly notes = new Map<string, Note>();

  constructor(private readonly rt: Runtime) {}

  /** The row's field, made on first open; autocomplete off, so the browser never restores it over the store. */
  private field({ id, li, button }: NoteRow): Note {
    const known = this.notes.get(id);
    if (known) return known;
    const base = `note-felt-${id}`;
    const wrap = make(document.createElement('div'), { className: 'checklist__note', id: `note-${id}`, hidden: true });
    const label = make(document.createElement('label'), { htmlFor: base, textContent: NOTE.label });
    const itemText = li.querySelector('label')?.textContent ?? '';
    label.append(make(document.createElement('span'), { className: 'sr-only', textContent: NOTE.labelFor(itemText) }));
    const area = make(document.createElement('textarea'), { id: base, rows: 3, autocomplete: 'off' });
    area.maxLength = LIMITS.noteLength;
    area.dataset.note = id;
    area.value = this.text(id);
    const state = make(document.createElement('p'), { className: 'checklist__note-state', id: `${base}-status` });
    area.setAttribute('aria-describedby', state.id);
    wrap.append(label, area, state);
    button.after(wrap);
    button.setAttribute('aria-controls', wrap.id);
    const note: Note = { id, li, button, wrap, area, state, boundTo: null, orphaned: false };
    area.addEventListener('focus', () => {
      if (!note.orphaned) note.boundTo = this.rt.store.state.activeId;
    });
    area.addEventListener('input', () => {
      clearTimeout(note.timer);
      note.timer = setTimeout(() => this.save(note), 300);
    });
    area.addEventListener('change', () => {
      clearTimeout(note.timer);
      this.save(note);
    });
    this.notes.set(id, note);
    return note;
  }

  /** Opens the row's note field (and focuses it) or closes it. */
  toggle(row: NoteRow): void {
    const note = this.field(row);
    const open = note.wrap.hidden;
    note.wrap.hidden = !open;
    note.button.setAttribute('aria-expanded', String(open));
    if (open) note.area.focus();
    note.button.textContent = noteLabel(open, Boolean(this.text(note.id)));
  }

  isOpen(id: string): boolean {
    return this.notes.get(id)?.wrap.hidden === false;
  }

  /** Whether the row keeps text whose tjekliste was deleted elsewhere (the element then leaves it alone). */
  isOrphaned(id: string): boolean {
    return Boolean(this.notes.get(id)?.orphaned);
  }

  private text(id: string): string {
    return own(this.rt.store.active.items, id)?.note ?? '';
  }

  private save(note: Note): void {
    note.timer = undefined;
    if (note.orphaned) return;
    const { store } = this.rt;
    // Into the tjekliste the edit started in; `false` when it is gone.
    if (!store.setNote(note.id, note.area.value, note.boundTo ?? store.state.activeId)) {
      this.orphan(note);
      return;
    }
    const saved = store.writable && !store.unsavedChanges ? NOTE.saved : NOTE.notSaved;
    if (note.state.textContent !== saved) note.state.textContent = saved;
    this.rt.changed({ source: 'local' });
  }

  /** The tjekliste this note was typed for is gone: keep the text, say so, never save it elsewhere. */
  private orphan(note: Note): void {
    note.orphaned = true;
    note.state.textContent = '';
    alertLine(note.wrap, 'data-note-msg', (line) => note.wrap.append(line)).textContent = NOTE.orphaned;
  }

  /**
   * Before the element renders: a field typed in whose tjekliste is gone keeps its text; the others bind anew
   * and show what the store holds, except the one being typed in.
   */
  render(): void {
    const lists = this.rt.store.state.forloeb;
    for (const note of this.notes.values()) {
      const typing = document.activeElement === note.area;
      if (note.boundTo && !note.orphaned && !own(lists, note.boundTo) && (typing || note.timer)) this.orphan(note);
      if (note.orphaned || typing) continue;
      note.boundTo = null;
      note.area.value = this.text(note.id);
    }
  }
}
