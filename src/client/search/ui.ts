/**
 * The search page's behaviour (SearchPage.astro's <pg-search>, defined in ./index.ts): plain DOM on top of
 * Pagefind's JS API (./pagefind.ts). The search's code (./engine.ts) and Pagefind (pagefind.js, its
 * WebAssembly, index chunks and the vocabulary) are fetched only when there is something to search for: a
 * query or filters in the URL, or the user about to type or submitting the form. No other page imports
 * this module.
 *
 * Safety: everything shown comes in as text nodes or attribute values set via
 * the DOM (textContent, href of a checked same-site path); nothing derived from
 * the query, the URL or the index goes through innerHTML.
 */
import { loadOnce } from '../shared/load-once';
import { el, pageParts, parseConfig, renderResult } from './dom';
import type { FilterCounts, PagefindResult } from './pagefind';
import type { QueryPlan } from './query';
import {
  FILTER_KEYS,
  type FilterKey,
  type SearchState,
  effectiveQuery,
  hasFilters,
  knownFilters,
  orderValues,
  readState,
  writeState,
} from './state';
import { ASK_FOR_WORDS, LEGENDS, LOAD_FAILED, correctionText, missingText, statusText } from './strings';

/** The search's code (./engine.ts), fetched once; a failed load is tried again on the next search. */
const loadEngine = loadOnce(() => import('./engine'));

// --- the page --------------------------------------------------------------

/** Results per »Vis flere resultater«. */
const PAGE_SIZE = 10;
/**
 * Results whose text (Pagefind fragment, 2–6 KB each) is fetched at once; the
 * rest of a page of results only as the list nears the screen.
 */
const BATCH = 4;

export function enhanceSearch(root: HTMLElement): void {
  const { form, input, filtersBox, fieldsBox, resultsHeading, status, note, list, more, empty, correction } =
    pageParts(root);
  const config = parseConfig(root);

  // The filters: one disclosure on a phone, open when the page came with filters chosen;
  // always open beside the results on a wide screen (where CSS hides its summary).
  const wide = matchMedia('(min-width: 60em)');
  const initial = readState(location.search);
  filtersBox.open = wide.matches || hasFilters(initial.filters);
  wide.addEventListener('change', () => {
    if (wide.matches) filtersBox.open = true;
  });

  let state: SearchState = initial;
  let run = 0;
  let allFilters: FilterCounts | undefined;
  let pending: PagefindResult[] = [];
  const boxes = new Map<string, { input: HTMLInputElement; item: HTMLLIElement; count: HTMLElement }>();
  const fieldsets = new Map<FilterKey, HTMLFieldSetElement>();

  const label = (key: FilterKey, value: string) => config.labels[key]?.[value] ?? value;

  function setUrl(push: boolean) {
    const url = `${location.pathname}${writeState(state)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Builds the fieldsets once, from every filter value the index has. */
  function buildFilters(all: FilterCounts) {
    for (const key of FILTER_KEYS) {
      const values = orderValues(Object.keys(all[key] ?? {}), config.order[key]);
      if (!values.length) continue;
      const ul = el('ul', { className: 'search-filters__list' });
      values.forEach((value, i) => {
        const id = `soeg-filter-${key}-${i}`;
        const box = el('input', { type: 'checkbox', id, name: key, value });
        const count = el('span', { className: 'search-filters__count' });
        const item = el('li', {}, box, ' ', el('label', { htmlFor: id }, label(key, value), ' ', count));
        boxes.set(`${key}\u0000${value}`, { input: box, item, count });
        ul.append(item);
      });
      const fs = el('fieldset', { className: 'search-filters__group' }, el('legend', {}, LEGENDS[key]), ul);
      fieldsets.set(key, fs);
      fieldsBox.append(fs);
    }
  }

  function syncBoxes() {
    for (const [k, b] of boxes) {
      const [key, value] = k.split('\u0000') as [FilterKey, string];
      b.input.checked = state.filters[key].includes(value);
    }
  }

  function updateCounts(counts: Partial<Record<FilterKey, Record<string, number>>>) {
    for (const [k, b] of boxes) {
      const [key, value] = k.split('\u0000') as [FilterKey, string];
      const n = counts[key]?.[value] ?? 0;
      b.count.textContent = `(${n})`;
      // A value that would give nothing is left out, unless it is ticked or has focus.
      b.item.hidden = n === 0 && !b.input.checked && document.activeElement !== b.input;
    }
    for (const [, fs] of fieldsets) fs.hidden = !fs.querySelector('li:not([hidden])');
    filtersBox.hidden = ![...fieldsets.values()].some((fs) => !fs.hidden);
  }

  // Results shown, and how many this page of results may show before »Vis flere resultater«.
  let shownCount = 0;
  let target = 0;
  let loading: Promise<void> | null = null;
  const nearScreen = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) void showBatch(run, false);
    },
    { rootMargin: '0px 0px 400px 0px' },
  );

  /** Shows the next results up to the target: their fragments fetched now, as few as needed. */
  async function showBatch(token: number, focusFirst: boolean): Promise<void> {
    if (loading) await loading;
    if (token !== run || shownCount >= target || !pending.length) return;
    const batch = pending.slice(0, Math.min(BATCH, target - shownCount));
    loading = (async () => {
      const data = await Promise.all(batch.map((r) => r.data()));
      if (token !== run) return;
      pending = pending.slice(batch.length);
      shownCount += batch.length;
      const items = data.map((d) => renderResult(d, label));
      list.append(...items);
      if (focusFirst) items[0]?.querySelector('a')?.focus();
      // The next batch when the last result nears the screen; the button once this page is full.
      nearScreen.disconnect();
      if (shownCount < target && pending.length) nearScreen.observe(list.lastElementChild!);
      more.hidden = !(pending.length && shownCount >= target);
    })();
    try {
      await loading;
    } finally {
      loading = null;
    }
  }

  function resetList(results: PagefindResult[]) {
    nearScreen.disconnect();
    pending = results;
    shownCount = 0;
    target = PAGE_SIZE;
    list.replaceChildren();
  }

  /**
   * "Ingen sider nævner »x«. " for words left out, then "Viser resultater for »y«. Søg i stedet
   * efter »z«." with the undo link when a word was corrected; nothing when neither.
   */
  function showCorrection(plan: QueryPlan | null) {
    const c = plan?.original ? { searched: plan.term, typed: plan.original } : null;
    const missing = plan?.words.length ? missingText([...plan.split, ...plan.missing]) : '';
    correction.hidden = !c && !missing;
    if (!c) return correction.replaceChildren(missing ? `${missing}${correctionText(plan!.term).before}` : '');
    const { before, link, after } = correctionText(c.searched, c.typed);
    const undo = el(
      'a',
      { href: `${location.pathname}${writeState({ q: c.typed, filters: state.filters, exact: true })}` },
      link,
    );
    undo.addEventListener('click', (event) => {
      event.preventDefault();
      state = { q: c.typed, filters: state.filters, exact: true };
      void search(true);
    });
    correction.replaceChildren(missing, before, undo, after);
  }

  async function search(push: boolean | null) {
    const token = ++run;
    // For tests and styling: loading → done | idle | error.
    root.dataset.state = 'loading';
    const { term, truncated } = effectiveQuery(state.q);
    const askedEmpty = new URLSearchParams(location.search).has('q') || push === true;
    if (push !== null) setUrl(push);
    input.value = term ?? '';
    syncBoxes();
    if (!term && !hasFilters(state.filters)) {
      resetList([]);
      more.hidden = true;
      empty.hidden = true;
      resultsHeading.classList.add('search-ui__heading--idle');
      note.hidden = true;
      showCorrection(null);
      status.textContent = askedEmpty ? ASK_FOR_WORDS : '';
      delete status.dataset.count;
      root.dataset.state = 'idle';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const { glossaryEntry, loadDictionary, loadPagefind, loadVocabulary, planQuery, searchMerged, synonymsFor } =
        await loadEngine();
      const pf = await loadPagefind();
      if (!allFilters) {
        allFilters = await pf.filters();
        buildFilters(allFilters);
      }
      // Values the index does not have (an old or edited link) are dropped, and the URL with them.
      const known = knownFilters(state.filters, allFilters);
      if (known.dropped) {
        state = { ...state, filters: known.filters };
        setUrl(false);
      }
      syncBoxes();
      const filtered = hasFilters(state.filters);
      const vocab = state.exact || !term ? undefined : await loadVocabulary();
      const hasSynonym = (w: string) => synonymsFor(config.synonyms, w).length > 0;
      const plan = term ? await planQuery(term, vocab, { hasSynonym, danish: loadDictionary }) : null;
      // No page names any of the words: nothing is searched (Pagefind would match a word's start, "bl.a.").
      const nothing = plan !== null && !plan.words.length && plan.missing.length > 0;
      const words = plan?.words.length ? plan.words : term && !nothing ? [term] : [];
      const found = nothing
        ? { results: [], counts: {} }
        : await searchMerged(pf, words, state.filters, allFilters, config.synonyms);
      let results = found.results;
      // "hvad er X": X's glossary entry first.
      const entry = plan?.definitionOf && !nothing ? await glossaryEntry(pf, plan.words.join(' ')) : null;
      if (entry) results = [entry, ...results.filter((r) => r.id !== entry.id)];
      const counts = found.counts;
      if (token !== run) return;

      resetList(results);
      await showBatch(token, false);
      if (token !== run) return;
      updateCounts(counts);
      resultsHeading.classList.remove('search-ui__heading--idle');
      empty.hidden = results.length > 0;
      note.hidden = !truncated;
      showCorrection(nothing ? null : plan);
      const missing = plan?.missing ?? [];
      status.textContent = nothing
        ? statusText({ count: 0, term: null, filtered, missing })
        : plan?.original
          ? statusText({ count: results.length, term: plan.term, typed: plan.original, filtered, missing })
          : statusText({ count: results.length, term: missing.length ? plan!.term : term, filtered, missing });
      status.dataset.count = String(results.length);
      root.dataset.state = 'done';
    } catch (error) {
      console.error('Søgningen fejlede:', error);
      if (token !== run) return;
      showCorrection(null);
      resetList([]);
      more.hidden = true;
      empty.hidden = true;
      status.textContent = LOAD_FAILED;
      delete status.dataset.count;
      root.dataset.state = 'error';
    } finally {
      if (token === run) list.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { q: input.value, filters: state.filters };
    void search(true);
  });

  fieldsBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    const key = box.name as FilterKey;
    if (!FILTER_KEYS.includes(key)) return;
    const values = state.filters[key].filter((v) => v !== box.value);
    if (box.checked) values.push(box.value);
    state = {
      q: input.value,
      filters: { ...state.filters, [key]: values },
      exact: state.exact && input.value === state.q,
    };
    void search(true);
  });

  more.addEventListener('click', () => {
    target = shownCount + PAGE_SIZE;
    more.hidden = true;
    void showBatch(run, true);
  });

  window.addEventListener('popstate', () => {
    state = readState(location.search);
    void search(null);
  });

  // Someone about to type: fetch the search's code now, so the first search rarely waits for it.
  input.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });

  // A query or filters in the URL (the header form, a link, a bookmark): search at once.
  void search(false);
}
