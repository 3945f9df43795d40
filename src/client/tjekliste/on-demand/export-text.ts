/**
 * Text for files and exports only (loaded with them, never on a page's first
 * load): Markdown escaping, byte sizes in messages, download file names.
 */
import { slugify } from '../../../lib/slug';
import { sanitizeUserText } from '../store/text';

/**
 * Escapes one line of plain text for Markdown: every character that could start
 * emphasis, code, strikethrough, a link, HTML or a table anywhere, and at the
 * line start whatever would make a list, rule, setext heading or code block
 * (leading spaces are dropped: four of them would start code).
 */
export function mdText(line: string): string {
  return line
    .trimStart()
    .replace(/([\\`*_{}[\]<>#|!~])/g, '\\$1')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB`
    : `${Math.ceil(n / 1024)} KB`;
}

/** A file name for downloads: "mit-partnerskab.md". */
export function fileName(name: string, ext: string): string {
  const slug = slugify(sanitizeUserText(name, { oneLine: true }))
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'tjekliste'}.${ext}`;
}
