/** Danish formatting helpers (Intl 'da-DK'). */
const listFormat = new Intl.ListFormat('da-DK', { style: 'long', type: 'conjunction' });

/** ["a", "b", "c"] -> "a, b og c" */
export function joinDa(items: readonly string[]): string {
  return listFormat.format(items);
}

/** A case's period for cards and tables, or a dash where the source gives none. */
export function periodLabel(period: { start?: number; end?: number; text: string } | undefined): string {
  if (!period) return '–';
  if (period.start && period.end) return `${period.start}–${period.end}`;
  if (period.start) return `Fra ${period.start}`;
  return period.text;
}

/** Danish count with singular/plural: countDa(1, 'case', 'cases') -> "1 case". */
export function countDa(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

const WORDS = ['nul', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni'];
/**
 * A number in running text by the site's rule (docs/decisions/0040-tal-datoer-apostroffer.md):
 * words below 10, digits from 10 up. `neuter` gives "ét" for 1 (ét vidensnotat).
 */
export function numberDa(n: number, neuter = false): string {
  if (n === 1 && neuter) return 'ét';
  return Number.isInteger(n) && n >= 0 && n < 10 ? (WORDS[n] as string) : String(n);
}

/** countDa with the number written by numberDa: countWordsDa(4, 'tekst', 'tekster') -> "fire tekster". */
export function countWordsDa(n: number, singular: string, plural: string, neuter = false): string {
  return `${numberDa(n, neuter)} ${n === 1 ? singular : plural}`;
}
