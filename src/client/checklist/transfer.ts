/**
 * Files in and out of the store: the backup file (JSON), its import, and the
 * Markdown export. Kept out of ChecklistStore so a page's first load carries
 * no file code; the forløb bar imports this with its exports (checklist-exports.ts).
 */
import type { ChecklistStore, ImportResult } from './store';
import { forloebToMarkdown, type Outline } from './export-markdown';
import { forloebToJson, parseForloebFile } from './file';

/** The backup file of a forløb (default: the active one). */
export function exportJson(store: ChecklistStore, id = store.state.activeId): string {
  return forloebToJson(store.forloebOrActive(id), store.now().toISOString());
}

/** Reads a backup file into a new forløb; nothing changes unless it is valid. */
export function importJson(store: ChecklistStore, text: string, sizeBytes = text.length): ImportResult {
  const read = parseForloebFile(text, sizeBytes, store.now().toISOString());
  return read.ok ? store.addForloeb(read.forloeb) : read;
}

/** Markdown for a meeting agenda or an e-mail (see export-markdown.ts). */
export function exportMarkdown(store: ChecklistStore, outline: Outline, id = store.state.activeId): string {
  return forloebToMarkdown(store.forloebOrActive(id), outline, store.now().toISOString().slice(0, 10));
}
