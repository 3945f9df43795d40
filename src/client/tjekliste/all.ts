/**
 * The island's store, words and file code in one import, for the tests. Browser code imports what it needs
 * directly, so a first load carries only store/ and the elements. Nothing here may import CSS: a component
 * that imported it would put that CSS on its pages.
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
  type ItemState,
  type Notice,
  type NoticeKind,
  type Tjekliste,
} from './store/model';
export { EXPORT, MESSAGES, NOTE, PANEL, SHARE, SHARE_MESSAGES, noticeText } from './on-demand/strings';
export { MIGRATIONS, parseEnvelope, type Migration, type ParsedEnvelope } from './store/validate';
export { ChecklistStore } from './store/store';
export { addTjekliste, createTjekliste, removeTjekliste, renameTjekliste, switchTjekliste } from './on-demand/manage';
export { addToStore, exportJson, importJson, validateTjekliste, type ImportResult } from './on-demand/file';
export { exportMarkdown, fileName, mdText, tjeklisteRichText, type Outline } from './on-demand/document';
export { BIDI_CONTROLS, sanitizeUserText } from './store/text';
