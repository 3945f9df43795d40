/**
 * The search itself, loaded on the first search (./ui.ts): Pagefind's API, the query's understanding
 * (stop words, æøå, typos, compounds, the Danish word list) and the synonyms. The page's first load
 * carries only the form, the filters and the list; this part comes with the first query, as Pagefind does.
 */
export { glossaryEntry, loadDictionary, loadPagefind, loadVocabulary, searchMerged } from './pagefind';
export { planQuery } from './query';
export { synonymsFor } from './synonyms';
