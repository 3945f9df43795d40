/** The words the comparison picker shows or announces. */
export const STRINGS = {
  noneChosen: 'Ingen cases valgt.',
  comparing: (names: readonly string[]) =>
    `Sammenligner ${names.length} ${names.length === 1 ? 'case' : 'cases'}: ${names.join(', ')}.`,
  themeShown: (label: string) => `Viser cases om ${label.toLocaleLowerCase('da')}. `,
  showAll: 'Vis alle cases',
} as const;
