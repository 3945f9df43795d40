/**
 * Every word the checklist island shows or says, in one place (Danish, as the
 * site: a saved checklist is a "tjekliste"). Tests read the words from here.
 */

/** The note button's words: what a press will do. */
export const noteLabel = (wrap: HTMLElement, hasNote: boolean): string =>
  wrap.hidden ? (hasNote ? 'Vis note' : 'Tilføj note') : 'Skjul note';
