/** The words the glossary island shows in its popover. */
export const STRINGS = {
  /** The popover's link to the term's entry on /ordliste/. */
  more: 'Se begrebet i ordlisten',
  close: 'Luk',
} as const;
