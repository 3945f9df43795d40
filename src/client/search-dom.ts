/**
 * The search page's markup as the script meets it (SearchPage.astro): its
 * parts, found once with a clear error naming what is missing, the filter
 * labels and order the page hands over, and small helpers that build DOM from
 * text (never innerHTML). search-ui.ts holds the behaviour.
 */
import { type FilterKey, parseExcerpt } from './search';

export interface Config {
  labels: Partial<Record<FilterKey, Record<string, string>>>;
  order: Partial<Record<FilterKey, string[]>>;
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
  try {
    return { labels: JSON.parse(root.dataset.labels ?? '{}'), order: JSON.parse(root.dataset.order ?? '{}') };
  } catch {
    return { labels: {}, order: {} };
  }
}

/** The page's parts (SearchPage.astro); throws naming the parts that are missing. */
export function pageParts(root: HTMLElement) {
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
  const missing = Object.entries(found)
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length)
    throw new Error(`Søgesiden mangler dele i sin HTML: ${missing.join(', ')} (se SearchPage.astro).`);
  return found as { [K in keyof typeof found]: NonNullable<(typeof found)[K]> };
}
