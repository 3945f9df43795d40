/**
 * The glossary in place, second part (loaded by ./index.ts when a reader wants
 * a definition): one shared native popover, <pg-term-popover>, with the term,
 * its definition and a link to the glossary. Escape and a click outside close
 * it; focus goes to »Luk« on opening and back to the term on closing. The
 * definitions are fetched once, with this module.
 */
import { STRINGS } from './strings';

const DEFINITIONS_URL = '/ordliste/forklaringer.json';
const POPOVER_ID = 'term-popover';
const ISLAND = 'pg-term-popover';
type Definitions = Record<string, { term: string; definition: string }>;
declare global {
  // Newer than TypeScript's DOM types: the invoker, for anchoring and focus return.
  interface HTMLElement {
    showPopover(options?: { source?: HTMLElement }): void;
  }
}

let definitions: Promise<Definitions> | undefined;
function loadDefinitions(): Promise<Definitions> {
  definitions ??= fetch(DEFINITIONS_URL).then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<Definitions>;
  });
  definitions.catch(() => (definitions = undefined)); // try again on the next click
  return definitions;
}
void loadDefinitions().catch(() => undefined);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** The popover: builds its parts once, on joining the page, and shows one term's definition at a time. */
class TermPopoverElement extends HTMLElement {
  readonly termName = el('p', 'term-popover__term');
  readonly definition = el('p', 'term-popover__definition');
  readonly more = el('a', 'term-popover__more', STRINGS.more);
  readonly closer = el('button', 'term-popover__close', STRINGS.close);
  /** The term button that opened the popover. */
  opener: HTMLButtonElement | null = null;

  connectedCallback() {
    if (this.childElementCount > 0) return;
    this.id = POPOVER_ID;
    this.className = 'term-popover';
    this.popover = 'auto';
    this.setAttribute('role', 'dialog');
    this.termName.id = 'term-popover-titel';
    this.setAttribute('aria-labelledby', this.termName.id);
    this.closer.type = 'button';
    this.closer.addEventListener('click', () => this.hidePopover());
    this.append(this.termName, this.definition, this.more, this.closer);
    this.addEventListener('toggle', (event) => {
      const open = (event as ToggleEvent).newState === 'open';
      this.opener?.setAttribute('aria-expanded', String(open));
      if (open) return;
      // Back to the term the reader came from, unless they have moved on elsewhere.
      if (this.opener && (this.contains(document.activeElement) || document.activeElement === document.body))
        this.opener.focus();
    });
    // The terms now control a popover that exists.
    for (const term of document.querySelectorAll('button.term[data-term]'))
      term.setAttribute('aria-controls', POPOVER_ID);
  }

  /** Shows `entry` beside `term`. */
  show(term: HTMLButtonElement, id: string, entry: Definitions[string]) {
    if (this.matches(':popover-open')) this.hidePopover();
    this.opener = term;
    this.termName.textContent = entry.term;
    this.definition.textContent = entry.definition;
    this.more.href = `/ordliste/#${id}`;
    // `source` makes the term the popover's anchor (CSS places the box by it) and its invoker.
    this.showPopover({ source: term });
    this.closer.focus();
  }
}
if (!customElements.get(ISLAND)) customElements.define(ISLAND, TermPopoverElement);

let box: TermPopoverElement | undefined;

/** Opens the definition of `term` (the button <pg-term> made), or closes it when it is open. */
export async function toggleTerm(term: HTMLButtonElement): Promise<void> {
  if (!box) {
    box = document.createElement(ISLAND) as TermPopoverElement;
    document.body.append(box);
  }
  if (box.matches(':popover-open') && box.opener === term) return box.hidePopover();
  const id = term.dataset.term ?? '';
  let entry: Definitions[string] | undefined;
  try {
    entry = (await loadDefinitions())[id];
  } catch {
    entry = undefined;
  }
  if (!entry) {
    location.href = `/ordliste/#${id}`; // no definition to show: go to the glossary, as the link did
    return;
  }
  box.show(term, id, entry);
}
