/** The words the search page shows and announces (one place, plain Danish). */
import type { FilterKey } from './state';

export const LEGENDS: Record<FilterKey, string> = { type: 'Indholdstype', tema: 'Tema', fase: 'Fase i procesguiden' };
export const SECTIONS_LABEL = 'Afsnit på siden:';
export const ASK_FOR_WORDS = 'Skriv et eller flere ord for at søge.';
export const LOAD_FAILED = 'Søgningen kunne ikke indlæses. Prøv igen om lidt, eller find vej via menuen.';
export const VOCABULARY_FAILED = 'Søgningens ordforråd kunne ikke indlæses; der søges uden stavekontrol.';
export const DICTIONARY_FAILED = 'Den danske ordliste kunne ikke indlæses; der rettes kun til sitets egne ord.';
export const phaseFact = (phase: string) => `${phase} partnerskabet`;

/** »a«, »a« eller »b«, »a«, »b« eller »c«. */
export function quotedList(words: readonly string[]): string {
  const q = words.map((w) => `»${w}«`);
  return q.length < 2 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} eller ${q.at(-1)}`;
}

/** "Ingen sider nævner »kontraktskabelon«. " for words no page names, or "". */
export function missingText(missing: readonly string[]): string {
  return missing.length ? `Ingen sider nævner ${quotedList(missing)}. ` : '';
}

export function resultsWord(n: number): string {
  return n === 1 ? '1 resultat' : `${n.toLocaleString('da-DK')} resultater`;
}

/**
 * The correction line's parts: what was searched for, and the query as typed (the undo link); without `typed`
 * (nothing corrected, only words left out) just what was searched for.
 */
export function correctionText(searched: string, typed?: string): { before: string; link: string; after: string } {
  const showing = `Viser resultater for »${searched}«.`;
  if (typed === undefined) return { before: showing, link: '', after: '' };
  return { before: `${showing} Søg i stedet efter `, link: `»${typed}«`, after: '.' };
}

/** The sentence the live region announces after a search. */
export function statusText(opts: {
  count: number;
  term: string | null;
  filtered: boolean;
  typed?: string;
  missing?: readonly string[];
}): string {
  const { count, term, filtered, typed, missing = [] } = opts;
  // Nothing searched because no page names any of the words: say which.
  if (!term && missing.length) return `Ingen resultater: ingen sider nævner ${quotedList(missing)}.`;
  // A corrected query says so in the announcement too: a screen-reader user hears what was searched for.
  const corrected = typed && typed !== term ? ` (du skrev »${typed}«)` : '';
  const suffix = corrected + (filtered ? ' med de valgte filtre' : '');
  if (!term) return count === 0 ? `Ingen sider${suffix}.` : `${count === 1 ? '1 side' : `${count} sider`}${suffix}.`;
  const partial = missing.length ? `${missingText(missing)}` : '';
  if (count === 0) return `${partial}Ingen resultater for »${term}«${suffix}.`;
  return `${partial}${resultsWord(count)} for »${term}«${suffix}.`;
}
