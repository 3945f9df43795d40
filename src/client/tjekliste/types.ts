/**
 * Types the checklist island's modules share, in a module of their own so
 * that the lazily loaded modules never import the elements that load them.
 */
import type { Runtime } from './runtime';

/** What the bar's lazily loaded modules (on-demand/) get to work with. */
export interface BarContext {
  bar: HTMLElement;
  rt: Runtime;
  /** Polite announcement for screen readers. */
  say(text: string): void;
  /** A visible message in the panel (results of import, copy, share); a new one replaces the old. */
  tell(text: string): void;
  /** The page with the whole checklist, used for printing. */
  printHref: string;
}

/**
 * An item's note controls: the row and its button are in the HTML; the field
 * (made by the note editor on first open) and the print line (made when there
 * is a note to print) are not, so a page carries no markup for notes nobody writes.
 */
export interface NoteRow {
  id: string;
  li: HTMLLIElement;
  button: HTMLButtonElement;
  wrap?: HTMLElement;
  area?: HTMLTextAreaElement;
  print?: HTMLElement;
}
