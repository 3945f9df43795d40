/**
 * The glossary in place, first part (loaded on every page from Base.astro): <pg-term> wraps a term link
 * in the text (a.term, to /ordliste/#id; made by src/lib/remark-glossary.ts and Term.astro) and turns it
 * into a button that opens the term's definition where the reader is. The popover, its style and the
 * definitions load on the first wish to read one (./popover.ts): most readers open no term, so every page
 * does not pay for the popover.
 * Without JavaScript, or in a browser without popover support, nothing changes: the term stays a link to
 * its glossary entry.
 */
import { loadOnce } from '../shared/load-once';
import { required } from '../shared/markup';

type PopoverModule = typeof import('./popover');

const TAG = 'pg-term';
const LINK = 'a.term[href^="/ordliste/#"]';

/** The popover's code, fetched once; a failed load is tried again on the next click. */
const loadPopover = loadOnce((): Promise<PopoverModule> => import('./popover'));

class TermElement extends HTMLElement {
  connectedCallback() {
    if (!('popover' in HTMLElement.prototype) || this.querySelector('button.term')) return;
    const link = required(this, LINK, HTMLAnchorElement, TAG);
    const id = decodeURIComponent(link.hash.slice(1));
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'term';
    button.append(...link.childNodes);
    // ARIA reflection: every browser with popover support has it.
    button.ariaHasPopup = 'dialog';
    button.ariaExpanded = 'false';
    button.dataset.term = id;
    link.replaceWith(button);
    // A pointer on the term or focus on it: fetch the popover's code then, so a click rarely waits for it.
    const warm = () => void loadPopover().catch(() => undefined);
    button.addEventListener('pointerover', warm, { once: true });
    button.addEventListener('focus', warm, { once: true });
    button.addEventListener('click', () =>
      loadPopover().then(
        (m) => m.toggleTerm(button),
        () => (location.href = `/ordliste/#${id}`), // no code to show it with: go to the glossary, as the link did
      ),
    );
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, TermElement);
