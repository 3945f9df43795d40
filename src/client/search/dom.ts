/**
 * The search page's markup as the script meets it (SearchPage.astro): its parts,
 * found once with required() (an error naming what is missing), the filter labels,
 * order and synonyms the page hands over, and the DOM built from text (never
 * innerHTML): excerpts and one result. ./ui.ts holds the behaviour.
 */
import { required } from '../shared/markup';
import type { PagefindData } from './pagefind';
import { type FilterKey, parseExcerpt, pickSubResults, safePath } from './state';
import { SECTIONS_LABEL, phaseFact } from './strings';
import type { SynonymMap } from './synonyms';

const ISLAND = 'Søgesiden (SearchPage.astro)';

export interface Config {
  labels: Partial<Record<FilterKey, Record<string, string>>>;
  order: Partial<Record<FilterKey, string[]>>;
  synonyms: SynonymMap;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** An excerpt as text nodes and <mark> elements holding text nodes. */
export function excerptNodes(excerpt: string): Node[] {
  return parseExcerpt(excerpt).map((p) => (p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text)));
}

export function parseConfig(root: HTMLElement): Config {
  const read = (value: string | undefined) => {
    try {
      return JSON.parse(value ?? '{}');
    } catch {
      return {};
    }
  };
  return { labels: read(root.dataset.labels), order: read(root.dataset.order), synonyms: read(root.dataset.synonyms) };
}

/** The page's parts (SearchPage.astro); throws naming the first part that is missing. */
export function pageParts(root: HTMLElement) {
  const part = <T extends Element>(selector: string, type: { new (): T; prototype: T }) =>
    required(root, selector, type, ISLAND);
  return {
    form: part('form[data-search-form]', HTMLFormElement),
    input: part('input[name="q"]', HTMLInputElement),
    filtersBox: part('details[data-search-filters]', HTMLDetailsElement),
    fieldsBox: part('[data-search-fieldsets]', HTMLElement),
    resultsHeading: part('[data-search-heading]', HTMLElement),
    status: part('[data-search-status]', HTMLElement),
    note: part('[data-search-note]', HTMLElement),
    list: part('[data-search-results]', HTMLOListElement),
    more: part('[data-search-more]', HTMLButtonElement),
    empty: part('[data-search-empty]', HTMLElement),
    correction: part('[data-search-correction]', HTMLElement),
  };
}

/** One result: title link, type and phase, excerpt, and up to three section links. */
export function renderResult(data: PagefindData, label: (key: FilterKey, value: string) => string): HTMLLIElement {
  const url = safePath(data.url) ?? '/';
  const title = data.meta.title?.trim() || url;
  const type = data.meta.type ?? data.filters.type?.[0];
  const facts = [type, ...(data.filters.fase ?? []).map((f) => phaseFact(label('fase', f)))]
    .filter(Boolean)
    .join(' · ');
  const li = el(
    'li',
    { className: 'search-result' },
    el('h3', { className: 'search-result__title' }, el('a', { href: url }, title)),
  );
  if (facts) li.append(el('p', { className: 'search-result__type' }, facts));
  if (data.excerpt) li.append(el('p', { className: 'search-result__excerpt' }, ...excerptNodes(data.excerpt)));
  const subs = pickSubResults(url, data.sub_results ?? []);
  if (subs.length) {
    const ul = el('ul', { className: 'search-result__sections' });
    for (const s of subs) {
      ul.append(
        el(
          'li',
          {},
          el('a', { href: safePath(s.url) ?? url }, s.title.trim() || title),
          el('span', { className: 'search-result__section-excerpt' }, ...excerptNodes(s.excerpt)),
        ),
      );
    }
    li.append(el('p', { className: 'search-result__sections-label' }, SECTIONS_LABEL), ul);
  }
  return li;
}
