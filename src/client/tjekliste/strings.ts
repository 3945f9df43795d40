/** The words of the island's first load; the rest are in on-demand/strings.ts, so a step page lacks them. */

/** The name of the tjekliste a first visit starts with, and of one whose stored name cannot be read. */
export const DEFAULT_NAME = 'Mit partnerskab';

/** A date as Danish text says it: "2. december 2026". */
export const longDate = (date: Date): string =>
  date.toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' });

/** The note button's words: what a press will do. */
export const noteLabel = (open: boolean, hasNote: boolean): string =>
  open ? 'Skjul note' : hasNote ? 'Vis note' : 'Tilføj note';

/** The note editor could not be fetched (a dropped connection). */
export const NOTE_LOAD_FAILED =
  'Noten kunne ikke hentes. Tjek forbindelsen, og tryk igen. Virker det ikke, så genindlæs siden.';

export const BAR = {
  /** "12 af 76" → "12 af 76 klaret". */
  overall: (count: string) => `${count} klaret`,
  /** The line above a printed checklist. */
  printName: (name: string, count: string, date: Date) =>
    `Tjekliste: ${name} · ${count} punkter klaret · ${longDate(date)}`,
};

/** What a tick announces: "Trinnet: 1 af 5. Før: 1 af 30. I alt: 1 af 76." (the phase: "" when unknown). */
export const tickAnnouncement = (step: string, phase: string, all: string) =>
  `Trinnet: ${step}.${phase && ` ${phase}.`} I alt: ${all}.`;
