/**
 * <pg-tjekliste>: one step's checklist (Checklist.astro). Saves ticks and draws everything from the store after
 * every change; writing notes (on-demand/notes.ts) loads on the first open. User text only as value/textContent.
 */
import { required, requiredData } from '../shared/markup';
import { progressCount, stepProgressLine } from '../../lib/progress-line';
import { own } from './store/model';
import { alertLine } from './alert-line';
import { onChange, runtime, type Runtime } from './runtime';
import type { NoteEditor, NoteRow } from './on-demand/notes';
import { NOTE_LOAD_FAILED, noteLabel, tickAnnouncement } from './strings';

const NAME = 'pg-tjekliste';

/** An item's row: checkbox and note button are in the HTML, the line that prints the note is made when needed. */
interface Row extends NoteRow {
  box: HTMLInputElement;
  print?: HTMLElement;
}

export class TjeklisteElement extends HTMLElement {
  private rt!: Runtime;
  private rows: Row[] = [];
  private ids: string[] = [];
  private editor?: NoteEditor;
  private editorLoad?: Promise<void>;
  private progressOut!: HTMLElement;
  /** The step's phase ("foer"), for the announcement. */
  private phase = '';
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    this.rt = runtime();
    const fieldset = required(this, 'fieldset', HTMLFieldSetElement, NAME);
    this.phase = fieldset.dataset.phase ?? '';
    this.progressOut = required(fieldset, '[data-step-progress]', HTMLElement, NAME);
    // Every list item is an item's row; its id is said once, on the checkbox.
    for (const li of fieldset.querySelectorAll('li')) {
      const box = required(li, 'input[data-item]', HTMLInputElement, NAME);
      const row: Row = {
        id: requiredData(box, 'item', NAME),
        li,
        box,
        button: required(li, 'button[data-note-toggle]', HTMLButtonElement, NAME),
      };
      box.addEventListener('change', () => this.tick(row));
      row.button.addEventListener('click', () => this.toggleNote(row));
      this.rows.push(row);
    }
    this.ids = this.rows.map((r) => r.id);
    onChange(() => this.render());
    this.render();
  }

  private tick(row: Row): void {
    this.rt.store.setDone(row.id, row.box.checked);
    this.rt.changed({ source: 'local', announce: this.announcement() });
  }

  /** "Trinnet: 1 af 5. Før: 1 af 30. I alt: 1 af 76." */
  private announcement(): string {
    const { store, phases, allItems } = this.rt;
    const count = (ids: readonly string[]) => {
      const p = store.progress(ids);
      return progressCount(p.done, p.total);
    };
    const phase = phases.get(this.phase);
    return tickAnnouncement(count(this.ids), phase ? `${phase.label}: ${count(phase.items)}` : '', count(allItems));
  }

  /**
   * The first press loads the editor and then opens this note; presses while it loads are that press. A failed
   * load leaves the note closed and says so (some browsers remember a failed fetch until a reload, so the words
   * say both); the next press tries again.
   */
  private toggleNote(row: Row): void {
    if (this.editor) this.editor.toggle(row);
    else
      this.editorLoad ??= import('./on-demand/notes').then(
        (m) => {
          this.editor = new m.NoteEditor(this.rt);
          for (const line of this.querySelectorAll('[data-note-load-failed]')) line.remove();
          this.render();
          this.editor.toggle(row);
        },
        () => {
          this.editorLoad = undefined;
          alertLine(row.li, 'data-note-load-failed', (line) => row.button.after(line)).textContent = NOTE_LOAD_FAILED;
        },
      );
  }

  /** Everything from what the store holds now. */
  render(): void {
    const { store } = this.rt;
    this.editor?.render();
    for (const row of this.rows) {
      const item = own(store.active.items, row.id);
      row.box.checked = Boolean(item?.done);
      if (this.editor?.isOrphaned(row.id)) continue;
      const note = item?.note ?? '';
      if (note && !row.print) {
        row.print = Object.assign(document.createElement('p'), { className: 'checklist__note-print' });
        row.print.dataset.notePrint = '';
        row.li.append(row.print);
      }
      if (row.print) row.print.textContent = note;
      row.button.textContent = noteLabel(Boolean(this.editor?.isOpen(row.id)), Boolean(note));
    }
    const p = store.progress(this.ids);
    this.progressOut.textContent = stepProgressLine(p.done, p.total);
  }
}
