/**
 * The checklist store's public entry: the UI, the pages and the tests import
 * from here. The parts live in src/client/checklist/: model (shape, keys,
 * limits), validate (import and stored data, migration), pending (merging this
 * tab's changes with other tabs'), store, messages, text (sanitising, file
 * names) and export-markdown. Files in and out (backup, import, Markdown) are
 * in checklist/transfer.ts and not re-exported here: every checklist page
 * loads this module, and the file code loads only with the exports.
 */
export {
  BACKUP_PREFIX,
  CURRENT_VERSION,
  DEFAULT_NAME,
  EXPORT_FORMAT,
  ITEM_ID,
  LIMITS,
  STORAGE_KEY,
  type Envelope,
  type Forloeb,
  type ItemState,
} from './checklist/model';
export { MESSAGES, type Notice, type NoticeKind } from './checklist/messages';
export { MIGRATIONS, parseEnvelope, readBackup, validateForloeb, type Migration, type ParsedEnvelope, type ValidateResult } from './checklist/validate';
export { ChecklistStore, type ImportResult } from './checklist/store';
export type { Outline } from './checklist/export-markdown';
export { BIDI_CONTROLS, fileName, formatBytes, mdText, sanitizeUserText } from './checklist/text';
