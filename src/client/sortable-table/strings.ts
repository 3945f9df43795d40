/** The words the sortable table shows or announces. */
export const STRINGS = {
  sortBy: 'Sortér efter',
  sorted: (column: string, ascending: boolean) => `Sorteret efter ${column}, ${ascending ? 'stigende' : 'faldende'}.`,
} as const;
