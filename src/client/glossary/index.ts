/**
 * The glossary in place, first part (loaded on every page from Base.astro): a
 * term link in the text (a.term, to /ordliste/#id) becomes a button that opens
 * the term's definition where the reader is. The popover itself and the
 * definitions load on the first wish to read one (./popover.ts, which defines
 * the <pg-term-popover> element): most
 * readers open no term, so every page does not pay for the popover.
 * Without JavaScript, or in a browser without popover support, nothing
 * changes: the term stays a link to its glossary entry.
 */
type PopoverModule = typeof import('./popover');

let popover: Promise<PopoverModule> | undefined;
/** The popover's code; a failed load is not kept, so the next click tries again. */
function loadPopover(): Promise<PopoverModule> {
  popover ??= import('./popover').catch((e: unknown) => {
    popover = undefined;
    throw e;
  });
  return popover;
}

const termOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLButtonElement>('button.term[data-term]') : null;

export function enhanceTermLinks(root: ParentNode = document): void {
  if (!('popover' in HTMLElement.prototype)) return;
  const links = root.querySelectorAll<HTMLAnchorElement>('main a.term[href^="/ordliste/#"]');
  if (links.length === 0) return;
  for (const link of links) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'term';
    button.append(...link.childNodes);
    // ARIA reflection: every browser with popover support has it.
    button.ariaHasPopup = 'dialog';
    button.ariaExpanded = 'false';
    button.dataset.term = decodeURIComponent(link.hash.slice(1));
    link.replaceWith(button);
  }
  // A pointer on a term or focus on it: fetch the popover's code then, so a click rarely waits for it.
  const warm = (e: Event) => {
    if (termOf(e.target)) void loadPopover().catch(() => undefined);
  };
  document.addEventListener('pointerover', warm);
  document.addEventListener('focusin', warm);
  document.addEventListener('click', (e) => {
    const term = termOf(e.target);
    if (!term) return;
    const id = term.dataset.term ?? '';
    loadPopover().then(
      (m) => m.toggleTerm(term),
      () => (location.href = `/ordliste/#${id}`), // no code to show it with: go to the glossary, as the link did
    );
  });
}

enhanceTermLinks();
