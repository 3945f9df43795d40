/**
 * Pagefind for the search page: its JS API (the part used), loading it and the
 * vocabulary on the first search, and one result list from several searches
 * (the query, its synonyms, and, for few results, its single words).
 */
import { type DanishDictionary, decodeDictionary } from './dictionary';
import { Vocabulary, decodeVocabulary, fold, mergeResults, type WeightedResults } from './query';
import { FILTER_KEYS, type FilterKey, type Selection, pagefindFilters } from './state';
import { DICTIONARY_FAILED, VOCABULARY_FAILED } from './strings';
import { type SynonymMap, synonymVariants, synonymsFor } from './synonyms';

export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { element: string; id: string; text?: string; location: number };
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface Pagefind {
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
    // noWorker: the index is small, so searching on the main thread takes milliseconds, and
    // the first search saves fetching pagefind-worker.js (12 KB gzip).
    await pf.options({ excerptLength: 24, noWorker: true });
    await pf.init();
    return pf;
  })();
  // A failed load (offline, say) may be retried by the next search.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** A gzip file's text (as is, if a host sent it with Content-Encoding: gzip and the browser unpacked it). */
async function fetchGzipText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const plain = gzip
    ? new Uint8Array(
        await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer(),
      )
    : bytes;
  return new TextDecoder().decode(plain);
}

/**
 * The index's words (written by scripts/pagefind.mjs, gzip), fetched with the
 * index on the first search. Without it the search still works, uncorrected.
 */
export function loadVocabulary(): Promise<Vocabulary | undefined> {
  vocabulary ??= fetchGzipText(`${pagefindBase()}vocabulary.da.gz`).then(
    (text) => new Vocabulary(decodeVocabulary(text)),
    (error) => {
      console.warn(VOCABULARY_FAILED, error);
      vocabulary = undefined;
      return undefined;
    },
  );
  return vocabulary;
}

let dictionary: Promise<DanishDictionary | undefined> | undefined;

/** The Danish word list (./dictionary.ts), fetched the first time a query word is not on the site. */
export function loadDictionary(): Promise<DanishDictionary | undefined> {
  dictionary ??= fetchGzipText(`${pagefindBase()}ordbog.da.gz`).then(decodeDictionary, (error) => {
    console.warn(DICTIONARY_FAILED, error);
    dictionary = undefined;
    return undefined;
  });
  return dictionary;
}

/** Weights of the searches merged into one list (search-query.ts mergeResults). */
const WEIGHT = { query: 1, synonym: 0.8, word: 0.5, wordSynonym: 0.4 };
/** Below this many pages holding every word, pages holding some of them are added after them. */
const FEW_RESULTS = 3;

export interface MergedSearch {
  results: PagefindResult[];
  /** Each filter's value counts without that filter's own selection. */
  counts: Partial<Record<FilterKey, Record<string, number>>>;
}

/** Searches for the words (none: filters only) within the selection, merged into one list. */
export async function searchMerged(
  pf: Pagefind,
  words: readonly string[],
  selection: Selection,
  allFilters: FilterCounts,
  synonyms: SynonymMap = {},
): Promise<MergedSearch> {
  const query = words.length ? words.join(' ') : null;
  // One Pagefind search per distinct query and filter set.
  const searches = new Map<string, Promise<PagefindSearch | null>>();
  const runSearch = (q: string | null, filters: object) => {
    const key = JSON.stringify([q, filters]);
    if (!searches.has(key)) searches.set(key, pf.search(q, { filters }));
    return searches.get(key)!;
  };
  // The whole query, and the query with a synonym in place of a word.
  const wholeQueries: [string | null, number][] = [
    [query, WEIGHT.query],
    ...synonymVariants(synonyms, words).map((v): [string, number] => [v.join(' '), WEIGHT.synonym]),
  ];
  const collect = async (queries: [string | null, number][], filters: object) =>
    (await Promise.all(queries.map(async ([q, weight]) => ({ weight, found: await runSearch(q, filters) })))).filter(
      (x) => x.found,
    );
  const selected = pagefindFilters(selection);
  const whole = await collect(wholeQueries, selected);
  let usedQueries = wholeQueries;
  let perWord: WeightedResults<PagefindResult>[][] = [];
  const wholeCount = new Set(whole.flatMap((w) => w.found!.results.map((r) => r.id))).size;
  if (words.length > 1 && wholeCount < FEW_RESULTS) {
    // Few pages hold every word (a question, say): add pages that hold some of them.
    const wordQueries = words.map((w): [string, number][] => [
      [w, WEIGHT.word],
      ...synonymsFor(synonyms, w).map((s): [string, number] => [s, WEIGHT.wordSynonym]),
    ]);
    perWord = await Promise.all(
      wordQueries.map(async (qs) =>
        (await collect(qs, selected)).map((x) => ({ weight: x.weight, results: x.found!.results })),
      ),
    );
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
    const others = pagefindFilters(selection, key);
    if (!words.length && Object.keys(others).length === 0) {
      // No query and no other filter: the counts are the whole index's.
      counts[key] = allFilters[key];
      continue;
    }
    const merged: Record<string, number> = {};
    for (const { found } of await collect(usedQueries, others)) {
      for (const [value, n] of Object.entries(found!.filters[key] ?? {}))
        merged[value] = Math.max(merged[value] ?? 0, n);
    }
    counts[key] = merged;
  }
  return { results, counts };
}

/**
 * "hvad er X": X's own glossary entry (an Ordliste record whose term or other spelling is X),
 * or null. Another entry that only mentions X is not it.
 */
export async function glossaryEntry(pf: Pagefind, subject: string): Promise<PagefindResult | null> {
  const found = await pf.search(subject, { filters: { type: { any: ['Ordliste'] } } });
  const want = fold(subject);
  for (const r of found?.results.slice(0, 3) ?? []) {
    const data = await r.data();
    const names = [data.meta.title ?? '', ...(data.meta.aliases ?? '').split('|')];
    if (data.meta.ordliste && names.some((n) => n && fold(n) === want)) return r;
  }
  return null;
}
