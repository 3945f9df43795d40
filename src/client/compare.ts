/**
 * Enhances the comparison picker (ComparePicker.astro). Showing the picked
 * summaries is CSS's job and works without this file; here the choice is kept
 * in the URL (?vis=a,b), restored on load and back/forward, announced to screen
 * readers, and a theme carried from the case list (?tema=) narrows the choices
 * and the full table to that theme.
 */
import { parseCompareState, writeCompareState, type CompareState } from '../lib/cases-compare';
import { themes } from '../lib/vocabularies';

function themeMatches(el: HTMLElement, tema: string | null): boolean {
  return !tema || (el.dataset.themes ?? '').split(' ').includes(tema);
}

export function enhanceCompare(root: HTMLElement): void {
  const picks = Array.from(root.querySelectorAll<HTMLInputElement>('input.compare__pick'));
  const caseIds = picks.map((p) => p.value);
  const themeIds: readonly string[] = themes.ids;
  const status = root.querySelector<HTMLElement>('[data-compare-status]');
  const themeNote = root.querySelector<HTMLElement>('.compare__theme');
  const max = Number(root.dataset.max ?? 4);

  const nameOf = (input: HTMLInputElement) =>
    root.querySelector(`label[for="${input.id}"] .case-name__title`)?.textContent?.trim() ?? input.value;

  const current = (): CompareState => ({
    picked: picks.filter((p) => p.checked).map((p) => p.value),
    tema: new URL(location.href).searchParams.get('tema'),
  });

  const announce = () => {
    if (!status) return;
    const chosen = picks.filter((p) => p.checked).map(nameOf);
    status.textContent =
      chosen.length === 0
        ? 'Ingen cases valgt.'
        : `Sammenligner ${chosen.length} ${chosen.length === 1 ? 'case' : 'cases'}: ${chosen.join(', ')}.`;
  };

  const applyTheme = (tema: string | null) => {
    const themeLabel = tema ? themes.label(tema as (typeof themes.ids)[number]) : '';
    for (const input of picks) {
      // A picked case stays visible even outside the theme, so nothing chosen disappears.
      const visible = themeMatches(input, tema) || input.checked;
      input.hidden = !visible;
      const label = root.querySelector<HTMLElement>(`label[for="${input.id}"]`);
      if (label) label.hidden = !visible;
    }
    for (const row of document.querySelectorAll<HTMLTableRowElement>('tr[data-themes]'))
      row.hidden = !themeMatches(row, tema);
    if (themeNote) {
      themeNote.hidden = !tema;
      themeNote.replaceChildren();
      if (tema && themeLabel) {
        const all = new URL(location.href);
        all.searchParams.delete('tema');
        const link = document.createElement('a');
        link.href = all.pathname + all.search;
        link.textContent = 'Vis alle cases';
        link.addEventListener('click', (event) => {
          event.preventDefault();
          const url = writeCompareState(new URL(location.href), { ...current(), tema: null });
          history.pushState(null, '', url);
          applyTheme(null);
        });
        themeNote.append(`Viser cases om ${themeLabel.toLocaleLowerCase('da')}. `, link);
      }
    }
  };

  const restore = () => {
    const state = parseCompareState(location.search, caseIds, themeIds);
    for (const p of picks) p.checked = state.picked.includes(p.value);
    applyTheme(state.tema);
  };

  root.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (!input.classList.contains('compare__pick')) return;
    const state = current();
    // Keep the URL within the limit the page states; the page still shows every checked case.
    const url = writeCompareState(new URL(location.href), { ...state, picked: state.picked.slice(0, max) });
    history.replaceState(null, '', url);
    announce();
  });
  window.addEventListener('popstate', restore);
  restore();
}
