/**
 * The words of the guide's overviews once something is saved: a step's or
 * phase's status and where to go on. Imported only by saved-progress.ts, so a
 * first visit carries none of them.
 */
import type { Status } from './status';

/** The status in words (GOV.UK's task list: "Not yet started", "In progress", "Completed"). */
export const STATUS: Record<Status, string> = {
  'not-started': 'Ikke startet',
  started: 'I gang',
  done: 'Færdig',
};

/** Read before the status word by a screen reader, so a row says what the word is. */
export const STATUS_PREFIX = 'Status: ';

/** The resume link: "Fortsæt: Find de rette partnere". */
export const resumeLabel = (title: string) => `Fortsæt: ${title}`;

/** When every step the page covers is done; the guide's overviews versus a phase page. */
export const ALL_DONE = {
  guide: 'Alle trin i procesguiden er færdige.',
  fase: 'Alle trin i fasen er færdige.',
} as const;

/** After ALL_DONE: a link to the whole tjekliste. */
export const WHOLE_CHECKLIST_LINK = 'Se hele tjeklisten';
