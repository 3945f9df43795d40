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
