/** User text (names, notes) as it may be shown, stored and exported, so a name cannot reshape a document. */

const LINE_BREAKS = /\r\n|\r|\u2028|\u2029/g;
/** C0 controls except tab and line feed, DEL, and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Embeddings, overrides and isolates: with them "Faktura\u202egnp.exe" reads as another name (marks stay). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** One kind of line break, no control or bidi characters; `oneLine` also joins lines and trims (names). */
export function sanitizeUserText(text: string, options: { oneLine?: boolean } = {}): string {
  const clean = text.replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(BIDI_CONTROLS, '');
  return options.oneLine ? clean.replace(/[\n\t]+/g, ' ').trim() : clean;
}

/** A tjekliste's name on one line. */
export const oneLine = (s: string): string => sanitizeUserText(s, { oneLine: true });
