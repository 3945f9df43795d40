/**
 * The search page in the browser (SearchPage.astro's <pg-search>): plain DOM on
 * top of Pagefind's JS API. Pagefind (pagefind.js, its worker, WebAssembly and
 * index chunks) is fetched only when there is something to search for: a query
 * or filters in the URL, or the user submitting the form. No other page imports
 * this module.
 *
 * Safety: everything shown comes in as text nodes or attribute values set via
 * the DOM (textContent, href of a checked same-site path); nothing derived from
 * the query, the URL or the index goes through innerHTML.
 */
import {
  FILTER_KEYS,
  type FilterKey,
  type SearchState,
  effectiveQuery,
  hasFilters,
  knownFilters,
  orderValues,
  pagefindFilters,
  parseExcerpt,
  pickSubResults,
  readState,
  safePath,
  statusText,
  writeState,
} from './search';

// --- Pagefind's JS API (the part used here) --------------------------------

type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { element: string; id: string; text?: string; location: number };
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, o?: { filters?: object }): Promise<PagefindSearch | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Imports /pagefind/pagefind.js once, at run time (Vite must not bundle or rewrite it). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`, location.href).href;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  // A failed load (offline, say) may be retried by the next search.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

// --- the page --------------------------------------------------------------

const PAGE_SIZE = 10;
const LEGENDS: Record<FilterKey, string> = { type: 'Indholdstype', tema: 'Tema', fase: 'Fase i procesguiden' };

interface Config {
  labels: Partial<Record<FilterKey, Record<string, string>>>;
  order: Partial<Record<FilterKey, string[]>>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** An excerpt as text nodes and <mark> elements holding text nodes. */
function excerptNodes(excerpt: string): Node[] {
  return parseExcerpt(excerpt).map((p) => (p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text)));
}

function parseConfig(root: HTMLElement): Config {
  try {
    return { labels: JSON.parse(root.dataset.labels ?? '{}'), order: JSON.parse(root.dataset.order ?? '{}') };
  } catch {
    return { labels: {}, order: {} };
  }
}

/** The page's parts (SearchPage.astro), or null if one is missing. */
function parts(root: HTMLElement) {
  const found = {
    form: root.querySelector<HTMLFormElement>('form[data-search-form]'),
    input: root.querySelector<HTMLInputElement>('input[name="q"]'),
    ui: root.querySelector<HTMLElement>('[data-search-ui]'),
    filtersBox: root.querySelector<HTMLElement>('[data-search-filters]'),
    fieldsBox: root.querySelector<HTMLElement>('[data-search-fieldsets]'),
    resultsHeading: root.querySelector<HTMLElement>('[data-search-heading]'),
    status: root.querySelector<HTMLElement>('[data-search-status]'),
    note: root.querySelector<HTMLElement>('[data-search-note]'),
    list: root.querySelector<HTMLOListElement>('[data-search-results]'),
    more: root.querySelector<HTMLButtonElement>('[data-search-more]'),
    empty: root.querySelector<HTMLElement>('[data-search-empty]'),
  };
  return Object.values(found).every(Boolean) ? (found as { [K in keyof typeof found]: NonNullable<(typeof found)[K]> }) : null;
}

export function enhanceSearch(root: HTMLElement): void {
  const found = parts(root);
  if (!found) return;
  const { form, input, ui, filtersBox, fieldsBox, resultsHeading, status, note, list, more, empty } = found;
  const config = parseConfig(root);

  // With JavaScript: the search UI replaces the "needs JavaScript" note.
  for (const n of root.querySelectorAll<HTMLElement>('[data-search-nojs]')) n.hidden = true;
  ui.hidden = false;

  let state: SearchState = readState(location.search);
  let run = 0;
  let allFilters: FilterCounts | undefined;
  let shown: PagefindResult[] = [];
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

  function renderResult(data: PagefindData): HTMLLIElement {
    const url = safePath(data.url) ?? '/';
    const title = data.meta.title?.trim() || url;
    const type = data.meta.type ?? data.filters.type?.[0];
    const facts = [type, ...(data.filters.fase ?? []).map((f) => `${label('fase', f)} partnerskabet`)].filter(Boolean).join(' · ');
    const li = el('li', { className: 'search-result' }, el('h3', { className: 'search-result__title' }, el('a', { href: url }, title)));
    if (facts) li.append(el('p', { className: 'search-result__type' }, facts));
    if (data.excerpt) li.append(el('p', { className: 'search-result__excerpt' }, ...excerptNodes(data.excerpt)));
    const subs = pickSubResults(url, data.sub_results ?? []);
    if (subs.length) {
      const ul = el('ul', { className: 'search-result__sections' });
      for (const s of subs) {
        ul.append(
          el('li', {}, el('a', { href: safePath(s.url) ?? url }, s.title.trim() || title), el('span', { className: 'search-result__section-excerpt' }, ...excerptNodes(s.excerpt))),
        );
      }
      li.append(el('p', { className: 'search-result__sections-label' }, 'Afsnit på siden:'), ul);
    }
    return li;
  }

  async function showMore(token: number, focusFirst: boolean) {
    const batch = pending.slice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (token !== run) return;
    pending = pending.slice(batch.length);
    shown = shown.concat(batch);
    const items = data.map(renderResult);
    list.append(...items);
    more.hidden = pending.length === 0;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
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
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      resultsHeading.hidden = true;
      note.hidden = true;
      status.textContent = askedEmpty ? 'Skriv et eller flere ord for at søge.' : '';
      delete status.dataset.count;
      root.dataset.state = 'idle';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
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
      // One search per distinct filter set: the results, and each filter's counts without its own selection.
      const searches = new Map<string, Promise<PagefindSearch | null>>();
      const runSearch = (filters: object) => {
        const key = JSON.stringify(filters);
        if (!searches.has(key)) searches.set(key, pf.search(term, { filters }));
        return searches.get(key)!;
      };
      const main = await runSearch(pagefindFilters(state.filters));
      const counts: Partial<Record<FilterKey, Record<string, number>>> = {};
      for (const key of FILTER_KEYS) {
        const others = pagefindFilters(state.filters, key);
        // No query and no other filter: the counts are the whole index's.
        counts[key] = !term && Object.keys(others).length === 0 ? allFilters[key] : ((await runSearch(others))?.filters[key] ?? {});
      }
      if (token !== run || !main) return;

      pending = main.results;
      shown = [];
      list.replaceChildren();
      await showMore(token, false);
      if (token !== run) return;
      updateCounts(counts);
      resultsHeading.hidden = false;
      empty.hidden = main.results.length > 0;
      note.hidden = !truncated;
      status.textContent = statusText({ count: main.results.length, term, filtered });
      status.dataset.count = String(main.results.length);
      root.dataset.state = 'done';
    } catch {
      if (token !== run) return;
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = 'Søgningen kunne ikke indlæses. Prøv igen om lidt, eller find vej via menuen.';
      delete status.dataset.count;
      root.dataset.state = 'error';
    } finally {
      if (token === run) list.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value };
    void search(true);
  });

  fieldsBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    const key = box.name as FilterKey;
    if (!FILTER_KEYS.includes(key)) return;
    const values = state.filters[key].filter((v) => v !== box.value);
    if (box.checked) values.push(box.value);
    state = { q: input.value, filters: { ...state.filters, [key]: values } };
    void search(true);
  });

  more.addEventListener('click', () => void showMore(run, true));

  window.addEventListener('popstate', () => {
    state = readState(location.search);
    void search(null);
  });

  // A query or filters in the URL (the header form, a link, a bookmark): search at once.
  void search(false);
}
