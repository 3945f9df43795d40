/**
 * Copy a document to the clipboard as rich text (HTML) and plain text together,
 * so it pastes with headings and lists into Outlook and Word and as clean text
 * elsewhere. Shared by the checklist's "Kopiér til e-mail eller Word" and the
 * agreement template. Callers build the HTML from text nodes only (see
 * `escapeHtml`), never from user strings as markup.
 */

export interface RichText {
  html: string;
  text: string;
}

export type CopyResult = { ok: true } | { ok: false; reason: 'unsupported' | 'denied' };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a string for use as HTML text or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Whether the browser can put rich text on the clipboard (secure context, ClipboardItem). */
export function canCopyRichText(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    !!navigator.clipboard &&
    typeof ClipboardItem !== 'undefined' &&
    typeof navigator.clipboard.write === 'function'
  );
}

/**
 * Writes both formats to the clipboard. Falls back to plain text where
 * ClipboardItem is missing. Never throws: the caller shows the text in a field
 * to copy by hand when the result is not ok.
 */
export async function copyRichText(doc: RichText): Promise<CopyResult> {
  if (typeof navigator === 'undefined' || !navigator.clipboard) return { ok: false, reason: 'unsupported' };
  try {
    if (canCopyRichText()) {
      const head = '<!doctype html><html lang="da"><head><meta charset="utf-8"></head>';
      const wrapped = `${head}<body>${doc.html}</body></html>`;
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([wrapped], { type: 'text/html' }),
          'text/plain': new Blob([doc.text], { type: 'text/plain' }),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(doc.text);
    }
    return { ok: true };
  } catch {
    return { ok: false, reason: 'denied' };
  }
}
