/** The words the theme filter over the case cards announces. */
export const STRINGS = {
  filterShown: (shown: number, total: number, label: string) => `Viser ${shown} af ${total} cases om ${label}.`,
  filterAll: (shown: number) => `Viser alle ${shown} cases.`,
} as const;
