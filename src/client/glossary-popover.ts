/**
 * The glossary in place: a term link in the text (a.term, to /ordliste/#id)
 * becomes a button that opens the term's definition where the reader is, in
 * one shared native popover (Escape and a click outside close it; focus goes
 * back to the term). Without JavaScript, or in a browser without popover
 * support, nothing changes: the term stays a link to its glossary entry.
 * The definitions are fetched once, on the first click.
 */
const DEFINITIONS_URL = '/ordliste/forklaringer.json';
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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

export function enhanceTermLinks(root: ParentNode = document): void {
  if (!('popover' in HTMLElement.prototype)) return;
  const links = root.querySelectorAll<HTMLAnchorElement>('main a.term[href^="/ordliste/#"]');
  if (links.length === 0) return;

  const popover = el('div', 'term-popover');
  popover.id = 'term-popover';
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

  let opener: HTMLButtonElement | null = null;
  popover.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    opener?.setAttribute('aria-expanded', String(open));
    if (open) return;
    // Back to the term the reader came from, unless they have moved on elsewhere.
    if (opener && (popover.contains(document.activeElement) || document.activeElement === document.body)) opener.focus();
  });

  for (const link of links) {
    const id = decodeURIComponent(link.hash.slice(1));
    const button = el('button', 'term');
    button.type = 'button';
    button.append(...link.childNodes);
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', popover.id);
    button.dataset.term = id;
    link.replaceWith(button);
    button.addEventListener('click', async () => {
      if (popover.matches(':popover-open') && opener === button) return popover.hidePopover();
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
      opener = button;
      title.textContent = entry.term;
      body.textContent = entry.definition;
      more.href = `/ordliste/#${id}`;
      // `source` makes the term the popover's anchor (CSS places the box by it) and its invoker.
      popover.showPopover({ source: button });
      close.focus();
    });
  }
}

enhanceTermLinks();
