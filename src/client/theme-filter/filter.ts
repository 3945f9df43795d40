/**
 * Client-side enhancement of the theme filter (see ThemeFilter.astro). Plain DOM,
 * no framework: links become toggle buttons, cards outside the chosen theme are
 * hidden, the choice lives in the URL (?tema=…) so reload, back and sharing work.
 */
import { required } from '../shared/markup';
import { STRINGS } from './strings';

export function filterCards(cards: Iterable<HTMLElement>, theme: string | null): number {
  let shown = 0;
  for (const card of cards) {
    const match = !theme || (card.dataset.themes ?? '').split(' ').includes(theme);
    card.hidden = !match;
    if (match) shown++;
  }
  return shown;
}

/** Links marked data-keep-tema (e.g. to the comparison) carry the chosen theme along. */
export function carryTheme(links: Iterable<HTMLAnchorElement>, theme: string | null): void {
  for (const link of links) {
    const url = new URL(link.href, location.href);
    if (theme) url.searchParams.set('tema', theme);
    else url.searchParams.delete('tema');
    link.href = url.pathname + url.search + url.hash;
  }
}

export function enhanceThemeFilter(root: HTMLElement): void {
  const list = required(document, `#${root.dataset.target ?? ''}`, HTMLElement, 'pg-theme-filter');
  const status = required(root, '[role="status"]', HTMLElement, 'pg-theme-filter');
  const cards = () => list.querySelectorAll<HTMLElement>(':scope > li');
  const buttons: HTMLButtonElement[] = [];

  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-theme]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.dataset.theme = link.dataset.theme;
    button.setAttribute('aria-pressed', 'false');
    button.append(...link.childNodes);
    link.replaceWith(button);
    buttons.push(button);
  }

  const apply = (theme: string | null, announce: boolean) => {
    const valid = buttons.some((b) => b.dataset.theme === theme) ? theme : null;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.theme === valid));
    const shown = filterCards(cards(), valid);
    carryTheme(document.querySelectorAll<HTMLAnchorElement>('a[data-keep-tema]'), valid);
    if (announce) {
      const label = buttons.find((b) => b.dataset.theme === valid)?.firstChild?.textContent?.trim() ?? '';
      status.textContent = valid ? STRINGS.filterShown(shown, cards().length, label) : STRINGS.filterAll(shown);
    }
  };

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-theme]');
    if (!button) return;
    const next = button.getAttribute('aria-pressed') === 'true' ? null : (button.dataset.theme ?? null);
    const url = new URL(location.href);
    if (next) url.searchParams.set('tema', next);
    else url.searchParams.delete('tema');
    history.pushState({ tema: next }, '', url);
    apply(next, true);
  });
  window.addEventListener('popstate', () => apply(new URL(location.href).searchParams.get('tema'), true));
  apply(new URL(location.href).searchParams.get('tema'), false);
}
