/**
 * The glossary in place, second part (loaded by glossary-terms.ts when a reader
 * wants a definition): one shared native popover with the term, its definition
 * and a link to the glossary. Escape and a click outside close it; focus goes
 * to »Luk« on opening and back to the term on closing. The definitions are
 * fetched once, with this module.
 */
const DEFINITIONS_URL = '/ordliste/forklaringer.json';
const POPOVER_ID = 'term-popover';
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

interface Box {
  popover: HTMLElement;
  title: HTMLElement;
  body: HTMLElement;
  more: HTMLAnchorElement;
  close: HTMLButtonElement;
  opener: HTMLButtonElement | null;
}

function createBox(): Box {
  const popover = el('div', 'term-popover');
  popover.id = POPOVER_ID;
  popover.popover = 'auto';
  popover.setAttribute('role', 'dialog');
  const title = el('p', 'term-popover__term');
  title.id = 'term-popover-titel';
  popover.setAttribute('aria-labelledby', title.id);
  const body = el('p', 'term-popover__definition');
  const more = el('a', 'term-popover__more', 'Se begrebet i ordlisten');
  const close = el('button', 'term-popover__close', 'Luk');
  close.type = 'button';
  close.addEventListener('click', () => popover.hidePopover());
  popover.append(title, body, more, close);
  document.body.append(popover);
  const box: Box = { popover, title, body, more, close, opener: null };
  popover.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    box.opener?.setAttribute('aria-expanded', String(open));
    if (open) return;
    // Back to the term the reader came from, unless they have moved on elsewhere.
    if (box.opener && (popover.contains(document.activeElement) || document.activeElement === document.body))
      box.opener.focus();
  });
  // The terms now control a popover that exists.
  for (const term of document.querySelectorAll('button.term[data-term]'))
    term.setAttribute('aria-controls', POPOVER_ID);
  return box;
}

let box: Box | undefined;

/** Opens the definition of `term` (a button made by glossary-terms.ts), or closes it when it is open. */
export async function toggleTerm(term: HTMLButtonElement): Promise<void> {
  box ??= createBox();
  const { popover } = box;
  if (popover.matches(':popover-open') && box.opener === term) return popover.hidePopover();
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
  if (popover.matches(':popover-open')) popover.hidePopover();
  box.opener = term;
  box.title.textContent = entry.term;
  box.body.textContent = entry.definition;
  box.more.href = `/ordliste/#${id}`;
  // `source` makes the term the popover's anchor (CSS places the box by it) and its invoker.
  popover.showPopover({ source: term });
  box.close.focus();
}
