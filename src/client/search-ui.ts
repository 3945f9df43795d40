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
import { Vocabulary, decodeVocabulary, mergeResults, planQuery, type WeightedResults } from './search-query';
import { synonymVariants, synonymsFor } from './search-synonyms';
import {
  FILTER_KEYS,
  correctionText,
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
  score: number;
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
let vocabulary: Promise<Vocabulary | undefined> | undefined;
const pagefindBase = () => new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`, location.href).href;

/** Imports /pagefind/pagefind.js once, at run time (Vite must not bundle or rewrite it). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${pagefindBase()}pagefind.js`)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  // A failed load (offline, say) may be retried by the next search.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/**
 * The index's words (written by scripts/pagefind.mjs, gzip), fetched with the
 * index on the first search. Without it the search still works, uncorrected.
 */
export function loadVocabulary(): Promise<Vocabulary | undefined> {
  vocabulary ??= (async () => {
    try {
      const res = await fetch(`${pagefindBase()}vocabulary.da.gz`);
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      const text = await new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).text();
      return new Vocabulary(decodeVocabulary(text));
    } catch (error) {
      console.warn('Søgningens ordforråd kunne ikke indlæses; der søges uden stavekontrol.', error);
      vocabulary = undefined;
      return undefined;
    }
  })();
  return vocabulary;
}

/** Weights of the searches merged into one list (search-query.ts mergeResults). */
const WEIGHT = { query: 1, synonym: 0.8, word: 0.5, wordSynonym: 0.4 };
/** Below this many pages holding every word, pages holding some of them are added after them. */
const FEW_RESULTS = 3;

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

/** The page's parts (SearchPage.astro); throws naming the parts that are missing. */
function parts(root: HTMLElement) {
  const found = {
    form: root.querySelector<HTMLFormElement>('form[data-search-form]'),
    input: root.querySelector<HTMLInputElement>('input[name="q"]'),
    filtersBox: root.querySelector<HTMLDetailsElement>('details[data-search-filters]'),
    fieldsBox: root.querySelector<HTMLElement>('[data-search-fieldsets]'),
    resultsHeading: root.querySelector<HTMLElement>('[data-search-heading]'),
    status: root.querySelector<HTMLElement>('[data-search-status]'),
    note: root.querySelector<HTMLElement>('[data-search-note]'),
    list: root.querySelector<HTMLOListElement>('[data-search-results]'),
    more: root.querySelector<HTMLButtonElement>('[data-search-more]'),
    empty: root.querySelector<HTMLElement>('[data-search-empty]'),
    correction: root.querySelector<HTMLElement>('[data-search-correction]'),
  };
  const missing = Object.entries(found).filter(([, v]) => !v).map(([k]) => k);
  if (missing.length) throw new Error(`Søgesiden mangler dele i sin HTML: ${missing.join(', ')} (se SearchPage.astro).`);
  return found as { [K in keyof typeof found]: NonNullable<(typeof found)[K]> };
}

export function enhanceSearch(root: HTMLElement): void {
  const { form, input, filtersBox, fieldsBox, resultsHeading, status, note, list, more, empty, correction } = parts(root);
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
    const items = data.map(renderResult);
    list.append(...items);
    more.hidden = pending.length === 0;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /** "Viser resultater for »grøn«. Søg i stedet efter »groen«." with the undo link, or nothing. */
  function showCorrection(c: { searched: string; typed: string } | null) {
    correction.hidden = !c;
    if (!c) return correction.replaceChildren();
    const { before, link, after } = correctionText(c.searched, c.typed);
    const undo = el('a', { href: `${location.pathname}${writeState({ q: c.typed, filters: state.filters, exact: true })}` }, link);
    undo.addEventListener('click', (event) => {
      event.preventDefault();
      state = { q: c.typed, filters: state.filters, exact: true };
      void search(true);
    });
    correction.replaceChildren(before, undo, after);
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
      resultsHeading.classList.add('search-ui__heading--idle');
      note.hidden = true;
      showCorrection(null);
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
      const vocab = state.exact || !term ? undefined : await loadVocabulary();
      const plan = term ? planQuery(term, vocab) : null;
      const words = plan?.words.length ? plan.words : term ? [term] : [];
      const query = words.length ? words.join(' ') : null;
      // One Pagefind search per distinct query and filter set.
      const searches = new Map<string, Promise<PagefindSearch | null>>();
      const runSearch = (q: string | null, filters: object) => {
        const key = JSON.stringify([q, filters]);
        if (!searches.has(key)) searches.set(key, pf.search(q, { filters }));
        return searches.get(key)!;
      };
      // The whole query, and the query with a synonym in place of a word.
      const wholeQueries: [string | null, number][] = [[query, WEIGHT.query], ...synonymVariants(words).map((v): [string, number] => [v.join(' '), WEIGHT.synonym])];
      const collect = async (queries: [string | null, number][], filters: object) =>
        (await Promise.all(queries.map(async ([q, weight]) => ({ weight, found: await runSearch(q, filters) })))).filter((x) => x.found);
      const selected = pagefindFilters(state.filters);
      const whole = await collect(wholeQueries, selected);
      let usedQueries = wholeQueries;
      let perWord: WeightedResults<PagefindResult>[][] = [];
      const wholeCount = new Set(whole.flatMap((w) => w.found!.results.map((r) => r.id))).size;
      if (words.length > 1 && wholeCount < FEW_RESULTS) {
        // Few pages hold every word (a question, say): add pages that hold some of them.
        const wordQueries = words.map((w): [string, number][] => [[w, WEIGHT.word], ...synonymsFor(w).map((s): [string, number] => [s, WEIGHT.wordSynonym])]);
        perWord = await Promise.all(wordQueries.map(async (qs) => (await collect(qs, selected)).map((x) => ({ weight: x.weight, results: x.found!.results }))));
        usedQueries = wholeQueries.concat(wordQueries.flat());
      }
      const results = mergeResults(
        whole.map((x) => ({ weight: x.weight, results: x.found!.results })),
        perWord,
      );
      // Filter counts: each filter's counts without its own selection. With several searches
      // merged, a value's count is the largest any one search gives (a lower bound, never 0 when
      // a result has the value).
      const counts: Partial<Record<FilterKey, Record<string, number>>> = {};
      for (const key of FILTER_KEYS) {
        const others = pagefindFilters(state.filters, key);
        if (!term && Object.keys(others).length === 0) {
          // No query and no other filter: the counts are the whole index's.
          counts[key] = allFilters[key];
          continue;
        }
        const merged: Record<string, number> = {};
        for (const { found } of await collect(usedQueries, others)) {
          for (const [value, n] of Object.entries(found!.filters[key] ?? {})) merged[value] = Math.max(merged[value] ?? 0, n);
        }
        counts[key] = merged;
      }
      if (token !== run) return;

      pending = results;
      list.replaceChildren();
      await showMore(token, false);
      if (token !== run) return;
      updateCounts(counts);
      resultsHeading.classList.remove('search-ui__heading--idle');
      empty.hidden = results.length > 0;
      note.hidden = !truncated;
      showCorrection(plan?.original ? { searched: plan.term, typed: plan.original } : null);
      status.textContent = statusText({ count: results.length, term, filtered });
      status.dataset.count = String(results.length);
      root.dataset.state = 'done';
    } catch (error) {
      console.error('Søgningen fejlede:', error);
      if (token !== run) return;
      showCorrection(null);
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
    state = { q: input.value, filters: { ...state.filters, [key]: values }, exact: state.exact && input.value === state.q };
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
