/** The words the case islands (comparison, theme filter, sortable table) show or announce. */
export const STRINGS = {
  noneChosen: 'Ingen cases valgt.',
  comparing: (names: readonly string[]) =>
    `Sammenligner ${names.length} ${names.length === 1 ? 'case' : 'cases'}: ${names.join(', ')}.`,
  themeShown: (label: string) => `Viser cases om ${label.toLocaleLowerCase('da')}. `,
  showAll: 'Vis alle cases',
  filterShown: (shown: number, total: number, label: string) => `Viser ${shown} af ${total} cases om ${label}.`,
  filterAll: (shown: number) => `Viser alle ${shown} cases.`,
  sortBy: 'Sortér efter',
  sorted: (column: string, ascending: boolean) => `Sorteret efter ${column}, ${ascending ? 'stigende' : 'faldende'}.`,
} as const;
