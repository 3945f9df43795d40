/**
 * The search page's logic without the DOM or Pagefind (unit-tested in
 * tests/unit/search.test.ts): the state in the URL, the query Pagefind gets,
 * filters in Pagefind's format, excerpts split into plain text and highlights,
 * and which sections of a long page to show.
 * The DOM side is ./ui.ts; query understanding is ./query.ts, synonyms
 * ./synonyms.ts, the words the page shows ./strings.ts.
 */

/** The filters the index carries: type (Base.astro's searchType), tema and fase (vocabulary ids). */
export const FILTER_KEYS = ['type', 'tema', 'fase'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Selection = Record<FilterKey, string[]>;

export interface SearchState {
  /** The query as typed or as it came in the URL (not yet trimmed or capped). */
  q: string;
  filters: Selection;
  /** Search the words as typed, without spelling correction (?praecis=1, the undo link). */
  exact?: boolean;
}

/** The URL parameter that turns spelling correction off. */
export const EXACT_PARAM = 'praecis';

/**
 * Pagefind gets at most this many characters (Unicode code points) of the query;
 * the rest is dropped and the page says so. 200 is the header field's maxlength too.
 */
export const MAX_QUERY_LENGTH = 200;
/** Filter values in the URL longer than this are ignored (no index value is this long). */
const MAX_FILTER_VALUE_LENGTH = 100;
/** At most this many values per filter from the URL. */
const MAX_FILTER_VALUES = 20;

export function emptySelection(): Selection {
  return { type: [], tema: [], fase: [] };
}

export function hasFilters(filters: Selection): boolean {
  return FILTER_KEYS.some((k) => filters[k].length > 0);
}

/** Reads ?q= and the filter parameters (repeated: ?tema=miljoe&tema=sundhed). Never throws. */
export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptySelection();
  for (const key of FILTER_KEYS) {
    const seen = new Set<string>();
    for (const raw of params.getAll(key)) {
      const value = raw.trim();
      if (!value || value.length > MAX_FILTER_VALUE_LENGTH || seen.has(value)) continue;
      seen.add(value);
      if (seen.size > MAX_FILTER_VALUES) break;
      filters[key].push(value);
    }
  }
  const state: SearchState = { q: params.get('q') ?? '', filters };
  if (params.get(EXACT_PARAM) === '1') state.exact = true;
  return state;
}

/** The URL query string for a state ("?q=hjeml%C3%B8se&tema=miljoe"), or "" for an empty state. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  const { term } = effectiveQuery(state.q);
  if (term) params.set('q', term);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (term && state.exact) params.set(EXACT_PARAM, '1');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * The query Pagefind gets: whitespace collapsed, trimmed, capped at
 * MAX_QUERY_LENGTH code points (never splitting an emoji). `term` is null when
 * nothing is left to search for.
 */
export function effectiveQuery(q: string): { term: string | null; truncated: boolean } {
  const clean = q.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(clean);
  const truncated = chars.length > MAX_QUERY_LENGTH;
  const term = (truncated ? chars.slice(0, MAX_QUERY_LENGTH).join('').trimEnd() : clean) || null;
  return { term, truncated };
}

export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

/**
 * The selection in Pagefind's filter format: values within one filter are
 * alternatives (any), filters combine (and). `except` leaves one filter out,
 * which gives that filter's counts as the user would get them by ticking a value.
 */
export function pagefindFilters(filters: Selection, except?: FilterKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of FILTER_KEYS) {
    if (key !== except && filters[key].length) out[key] = { any: [...filters[key]] };
  }
  return out;
}

/** Keeps only values the index has; returns the cleaned selection and whether anything was dropped. */
export function knownFilters(
  filters: Selection,
  available: Record<string, Record<string, number>>,
): { filters: Selection; dropped: boolean } {
  const out = emptySelection();
  let dropped = false;
  for (const key of FILTER_KEYS) {
    for (const value of filters[key]) {
      if (available[key] && Object.hasOwn(available[key], value)) out[key].push(value);
      else dropped = true;
    }
  }
  return { filters: out, dropped };
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

/** Undoes the few entities Pagefind writes into excerpts (it escapes < and > of the page text). */
export function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|#39|#x27|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Splits a Pagefind excerpt on its <mark>…</mark> highlights into plain text
 * parts. The page inserts every part as a text node (never as HTML), so nothing
 * in an excerpt can become markup.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const t = decodeEntities(text.replace(/<\/?mark>/g, ''));
    if (!t) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += t;
    else parts.push({ text: t, mark });
  };
  let at = 0;
  for (const m of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
    push(excerpt.slice(at, m.index), false);
    push(m[1] ?? '', true);
    at = m.index + m[0].length;
  }
  push(excerpt.slice(at), false);
  return parts;
}

/** A link target from the index: only a same-site path ("/cases/fuldkorn/#fakta"), else null. */
export function safePath(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  if (!url.startsWith('/') || url.startsWith('//') || url.includes('\\')) return null;
  return url;
}

export interface SubResultLike {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { location: number } | undefined;
}

/**
 * The sections of a page to link to under a result: matches under a heading
 * with an id (not the page top), the `max` with most matches, in page order.
 */
export function pickSubResults<T extends SubResultLike>(pageUrl: string, subs: readonly T[], max = 3): T[] {
  const pageBase = pageUrl.split('#')[0];
  return subs
    .filter((s) => s.anchor && s.url.split('#')[0] === pageBase && s.url !== pageBase && safePath(s.url))
    .map((s, i) => ({ s, i, hits: s.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => (a.s.anchor?.location ?? 0) - (b.s.anchor?.location ?? 0))
    .map((x) => x.s);
}

/** Filter values in a stable order: the vocabulary's order, then the rest alphabetically (Danish). */
export function orderValues(values: Iterable<string>, order: readonly string[] = []): string[] {
  const rank = (v: string) => {
    const i = order.indexOf(v);
    return i < 0 ? order.length : i;
  };
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'da'));
}
