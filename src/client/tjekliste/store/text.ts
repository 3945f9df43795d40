/**
 * User text (forløb names, notes) as it may be shown, stored and exported:
 * one kind of line break, no control characters, no bidirectional overrides.
 * Shared by the store and by every export the UI builds (Markdown, rich text,
 * plain text), so a name cannot reshape a document or pose as another name.
 * What only files and exports need is in export-text.ts, loaded with them.
 */
/** Line breaks in every spelling a browser or another system may hand us. */
const LINE_BREAKS = /\r\n|\r|\u2028|\u2029/g;
/** C0 controls except tab and line feed, DEL, and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069): with them "Faktura\u202egnp.exe" reads as another name.
 * The implicit marks (U+200E, U+200F, U+061C) cannot reorder text and stay.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Normalises line breaks to "\n" and removes control and bidi characters.
 * With `oneLine`, every run of line breaks and tabs becomes one space and the
 * result is trimmed (names, headings).
 */
export function sanitizeUserText(text: string, options: { oneLine?: boolean } = {}): string {
  const clean = text.replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(BIDI_CONTROLS, '');
  return options.oneLine ? clean.replace(/[\n\t]+/g, ' ').trim() : clean;
}
