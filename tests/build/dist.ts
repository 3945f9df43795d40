/** Helpers for build-output tests: read the built pages in dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPagePaths } from '../e2e/browser';

export const DIST = 'dist';

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ mangler: kør "npm run build" før build-testene.');
}

export function pagePaths(): string[] {
  requireDist();
  return allPagePaths(DIST);
}

export function fileForPath(path: string): string {
  return join(DIST, path, 'index.html');
}

export function readPage(path: string): string {
  return readFileSync(fileForPath(path), 'utf8');
}

/** Visible text of an HTML document, whitespace folded (scripts, styles, templates removed). */
export function visibleText(html: string): string {
  return decodeEntities(
    html
      .replace(/<script[\s\S]*?<\/script>/gi, ' ')
      .replace(/<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<template[\s\S]*?<\/template>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}
