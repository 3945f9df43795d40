/** The words of the offline island (src/client/offline/). */

/** The notice shown when a new version of the site is ready. */
export const NEW_VERSION = 'Der er kommet en ny udgave af Partnerskabsguiden.';
/** Its button: nothing reloads until the reader asks for it, so no typing is lost. */
export const RELOAD = 'Genindlæs for at få den nyeste udgave';
