/**
 * Writing notes in a step's checklist, loaded when the reader first opens one (most visits only tick). An edit
 * is bound to the tjekliste it started in: deleted in another tab, the typed text stays with a message.
 */
import { own } from '../store/model';
import { noteLabel } from '../strings';
import type { NoteRow } from '../types';
import { NOTE } from './strings';
import { alertLine } from '../alert-line';
import type { Runtime } from '../runtime';

/** A row whose field has been made. */
interface Note extends NoteRow {
  wrap: HTMLElement;
  area: HTMLTextAreaElement;
  /** The tjekliste the current edit started in (set on focus). */
  boundTo: string | null;
  /** Text kept because its tjekliste was deleted elsewhere; the field is then left alone. */
  orphaned: boolean;
  timer?: ReturnType<typeof setTimeout>;
  /** "Gemt i denne browser" under the field, which the field names as its description. */
  state: HTMLElement;
}

/** An element with its properties set (text only ever as textContent). */
function make<T extends HTMLElement>(el: T, props: Partial<Pick<T, keyof T & string>>): T {
  return Object.assign(el, props);
}

export class NoteEditor {
  private readonly notes = new Map<string, Note>();

  constructor(private readonly rt: Runtime) {}

  /** The row's field, made on first open; autocomplete off, so the browser never restores it over the store. */
  private field(row: NoteRow): Note {
    const known = this.notes.get(row.id);
    if (known) return known;
    const base = `note-felt-${row.id}`;
    const wrap = make(document.createElement('div'), {
      className: 'checklist__note',
      id: `note-${row.id}`,
      hidden: true,
    });
    const label = make(document.createElement('label'), { htmlFor: base, textContent: NOTE.label });
    const itemText = row.li.querySelector('label')?.textContent ?? '';
    label.append(make(document.createElement('span'), { className: 'sr-only', textContent: NOTE.labelFor(itemText) }));
    const area = make(document.createElement('textarea'), { id: base, rows: 3, maxLength: 5000, autocomplete: 'off' });
    area.dataset.note = row.id;
    const state = make(document.createElement('p'), { className: 'checklist__note-state', id: `${base}-status` });
    area.setAttribute('aria-describedby', state.id);
    wrap.append(label, area, state);
    row.button.after(wrap);
    row.button.setAttribute('aria-controls', wrap.id);
    row.wrap = wrap;
    row.area = area;
    area.value = this.text(row.id);
    const note: Note = { ...row, wrap, area, boundTo: null, orphaned: false, state };
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
    this.notes.set(row.id, note);
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
    const target = note.boundTo ?? store.state.activeId;
    // Into the tjekliste the edit started in; `false` when it is gone.
    if (!store.setNote(note.id, note.area.value, target)) {
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

  /** Before the element renders: a field typed in whose tjekliste is gone keeps its text; others bind anew. */
  render(): void {
    const { store } = this.rt;
    for (const note of this.notes.values()) {
      if (
        note.boundTo &&
        !note.orphaned &&
        !own(store.state.forloeb, note.boundTo) &&
        (document.activeElement === note.area || note.timer)
      ) {
        this.orphan(note);
      }
      if (!note.orphaned && document.activeElement !== note.area) note.boundTo = null;
    }
  }
}
