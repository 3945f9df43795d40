/**
 * <pg-tjekliste>: one step's checklist (Checklist.astro). Saves ticks and draws everything from the store after
 * every change; writing notes (on-demand/notes.ts) loads on the first open. User text only as value/textContent.
 */
import { required, requiredData } from '../shared/markup';
import { progressCount, stepProgressLine } from '../../lib/progress-line';
import { own } from './store/model';
import { alertLine } from './alert-line';
import { onChange, runtime, type Runtime } from './runtime';
import type { NoteEditor } from './on-demand/notes';
import type { NoteRow } from './types';
import { NOTE_LOAD_FAILED, noteLabel, tickAnnouncement } from './strings';

const NAME = 'pg-tjekliste';

/** The line that prints an item's note under it (made on first need). */
function printLine(row: NoteRow): HTMLElement {
  if (!row.print) {
    row.print = document.createElement('p');
    row.print.className = 'checklist__note-print';
    row.print.dataset.notePrint = '';
    row.li.append(row.print);
  }
  return row.print;
}

export class TjeklisteElement extends HTMLElement {
  private rt!: Runtime;
  private boxes: HTMLInputElement[] = [];
  private rows: NoteRow[] = [];
  private editor?: NoteEditor;
  private editorLoad?: Promise<NoteEditor>;
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
      box.addEventListener('change', () => this.tick(box));
      this.boxes.push(box);
      const row: NoteRow = {
        id: requiredData(box, 'item', NAME),
        li,
        button: required(li, 'button[data-note-toggle]', HTMLButtonElement, NAME),
      };
      row.button.addEventListener('click', () => {
        if (this.editor) return this.editor.toggle(row);
        // The first press loads the editor and then opens this note; presses while it loads are that press.
        // A failed load leaves the note closed, and the next press tries again.
        if (!this.editorLoad)
          void this.noteEditor().then(
            (editor) => {
              row.li.querySelector('[data-note-load-failed]')?.remove();
              editor.toggle(row);
            },
            () => this.loadFailed(row),
          );
      });
      this.rows.push(row);
    }
    onChange(() => this.render());
    this.render();
  }

  private itemIds(): string[] {
    return this.boxes.map((b) => requiredData(b, 'item', NAME));
  }

  private tick(box: HTMLInputElement): void {
    this.rt.store.setDone(requiredData(box, 'item', NAME), box.checked);
    this.rt.changed({ source: 'local', announce: this.announcement() });
  }

  /** "Trinnet: 1 af 5. Før: 1 af 30. I alt: 1 af 76." */
  private announcement(): string {
    const { store, phaseItems, phaseLabels, allItems } = this.rt;
    const count = (ids: readonly string[]) => {
      const p = store.progress(ids);
      return progressCount(p.done, p.total);
    };
    const phaseIds = phaseItems.get(this.phase);
    const phase = phaseIds ? `${phaseLabels.get(this.phase) ?? this.phase}: ${count(phaseIds)}` : '';
    return tickAnnouncement(count(this.itemIds()), phase, count(allItems));
  }

  /** Some browsers remember a failed fetch until a reload, so the words say both. */
  private loadFailed(row: NoteRow): void {
    alertLine(row.li, 'data-note-load-failed', (line) => row.button.after(line)).textContent = NOTE_LOAD_FAILED;
  }

  /** The note editor, loaded on the first open; a failed load is not kept, so the next press tries again. */
  private noteEditor(): Promise<NoteEditor> {
    this.editorLoad ??= import('./on-demand/notes').then(
      (m) => {
        this.editor = new m.NoteEditor(this.rt);
        this.render();
        return this.editor;
      },
      (e: unknown) => {
        this.editorLoad = undefined;
        throw e;
      },
    );
    return this.editorLoad;
  }

  /** Everything from what the store holds now. */
  render(): void {
    const { store } = this.rt;
    const items = store.active.items;
    for (const box of this.boxes) box.checked = Boolean(own(items, requiredData(box, 'item', NAME))?.done);
    this.editor?.render();
    for (const row of this.rows) {
      if (this.editor?.isOrphaned(row.id)) continue;
      const text = own(items, row.id)?.note ?? '';
      // The field being typed in keeps what the reader types.
      if (row.area && document.activeElement !== row.area) row.area.value = text;
      if (text || row.print) printLine(row).textContent = text;
      row.button.textContent = noteLabel(row.wrap?.hidden === false, Boolean(text));
    }
    const p = store.progress(this.itemIds());
    this.progressOut.textContent = stepProgressLine(p.done, p.total);
  }
}
