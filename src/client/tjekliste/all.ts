/**
 * The checklist store's whole surface in one import, for the tests and the
 * build-time components. Browser code imports the parts it needs directly,
 * so that a page's first load carries only store/ and the island itself; the
 * rest (on-demand/) arrives when it is used.
 * tests/build/budgets.test.ts checks that none of it reaches a first load.
 */
export {
  BACKUP_PREFIX,
  CURRENT_VERSION,
  DEFAULT_NAME,
  ITEM_ID,
  LIMITS,
  STORAGE_KEY,
  type Envelope,
  type Tjekliste,
  type ItemState,
  type Notice,
  type NoticeKind,
} from './store/model';
export { EXPORT, MESSAGES, NOTE, PANEL, SHARE, SHARE_MESSAGES, noticeText } from './on-demand/strings';
export { MIGRATIONS, parseEnvelope, type Migration, type ParsedEnvelope } from './store/validate';
export { EXPORT_FORMAT, readBackup, validateTjekliste, type ValidateResult } from './on-demand/validate-import';
export { ChecklistStore } from './store/store';
export { addTjekliste, createTjekliste, removeTjekliste, renameTjekliste, switchTjekliste } from './on-demand/manage';
export { addToStore, type ImportResult } from './on-demand/transfer';
export type { Outline } from './on-demand/export-markdown';
export { BIDI_CONTROLS, sanitizeUserText } from './store/text';
export { fileName, formatBytes, mdText } from './on-demand/export-text';
