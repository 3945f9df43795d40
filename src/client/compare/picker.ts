/**
 * Enhances the comparison picker (ComparePicker.astro). Showing the picked
 * summaries, the count on "Vis sammenligning" and the jump to them are CSS's
 * and the link's job and work without this file; here the choice is kept in
 * the URL (?vis=a,b), restored on load and back/forward, announced to screen
 * readers, and a theme carried from a list (?tema=) narrows the choices and
 * the overview to that theme and ticks its cases when nothing else is chosen.
 */
import { MAX_PICK, parseCompareState, writeCompareState, type CompareState } from '../../lib/cases-compare';
import { required, requiredData } from '../shared/markup';
import { STRINGS } from './strings';

const ISLAND = 'pg-compare';

function themeMatches(el: HTMLElement, tema: string | null): boolean {
  return !tema || (el.dataset.themes ?? '').split(' ').includes(tema);
}

/** The theme's cases, in the page's order, at most MAX_PICK: what a theme link pre-ticks. */
export function themePicks(picks: readonly { value: string; themes: string }[], tema: string): string[] {
  return picks
    .filter((p) => p.themes.split(' ').includes(tema))
    .map((p) => p.value)
    .slice(0, MAX_PICK);
}

export function enhanceCompare(root: HTMLElement): void {
  const picks = Array.from(root.querySelectorAll<HTMLInputElement>('input.compare__pick'));
  const caseIds = picks.map((p) => p.value);
  const status = required(root, '[data-compare-status]', HTMLElement, ISLAND);
  const themeNote = required(root, '.compare__theme', HTMLElement, ISLAND);
  const count = required(root, '.compare__count', HTMLElement, ISLAND);
  const labels = JSON.parse(requiredData(themeNote, 'labels', ISLAND)) as Record<string, string>;
  const themeIds = Object.keys(labels);
  const max = Number(root.dataset.max ?? MAX_PICK);

  const nameOf = (input: HTMLInputElement) =>
    root.querySelector(`label[for="${input.id}"] .case-name__title`)?.textContent?.trim() ?? input.value;

  const current = (): CompareState => ({
    picked: picks.filter((p) => p.checked).map((p) => p.value),
    tema: new URL(location.href).searchParams.get('tema'),
  });

  const announce = () => {
    const chosen = picks.filter((p) => p.checked).map(nameOf);
    // The count as text (the CSS counter's job without JavaScript), so every screen reader names the link with it.
    count.textContent = `(${chosen.length})`;
    root.dataset.counted = '';
    status.textContent = chosen.length === 0 ? STRINGS.noneChosen : STRINGS.comparing(chosen);
  };

  const applyTheme = (tema: string | null) => {
    for (const input of picks) {
      // A picked case stays visible even outside the theme, so nothing chosen disappears.
      const visible = themeMatches(input, tema) || input.checked;
      input.hidden = !visible;
      const label = root.querySelector<HTMLElement>(`label[for="${input.id}"]`);
      if (label) label.hidden = !visible;
    }
    for (const row of document.querySelectorAll<HTMLTableRowElement>('tr[data-themes]'))
      row.hidden = !themeMatches(row, tema);
    const label = tema ? labels[tema] : undefined;
    themeNote.hidden = !label;
    themeNote.replaceChildren();
    if (!label) return;
    const all = new URL(location.href);
    all.searchParams.delete('tema');
    const link = document.createElement('a');
    link.href = all.pathname + all.search;
    link.textContent = STRINGS.showAll;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState(null, '', writeCompareState(new URL(location.href), { ...current(), tema: null }));
      applyTheme(null);
    });
    themeNote.append(STRINGS.themeShown(label), link);
  };

  const restore = () => {
    const state = parseCompareState(location.search, caseIds, themeIds);
    const fromTheme =
      state.picked.length === 0 && state.tema
        ? themePicks(
            picks.map((p) => ({ value: p.value, themes: p.dataset.themes ?? '' })),
            state.tema,
          )
        : [];
    const picked = fromTheme.length ? fromTheme : state.picked;
    for (const p of picks) p.checked = picked.includes(p.value);
    if (fromTheme.length) history.replaceState(null, '', writeCompareState(new URL(location.href), current()));
    applyTheme(state.tema);
    if (picked.length) announce();
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
