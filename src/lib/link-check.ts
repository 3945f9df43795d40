/**
 * Internal links and #anchors in the built pages, checked when the build is
 * done: a link to a page or a section that does not exist stops the build.
 * The message names the content file and line where the link is written (found
 * by its address in src/content), so an editor can fix it without knowing
 * which template printed it.
 */
import { bodyLines } from './body-checks';

export interface BuiltPage {
  /** The page's address: "/cases/fuldkorn/", "/404.html". */
  path: string;
  html: string;
}

export interface SourceFile {
  file: string;
  source: string;
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/** Heading ids, to tell the editor which sections a page has. */
function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[2-4]\b[^>]*\sid="([^"]*)"/g)].map((m) => decode(m[1]!));
}

export function linksIn(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decode(m[1]!));
}

export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

/**
 * Every <a href> that stays on the site must reach a built page or file, and
 * its #fragment an id on that page. `exists` answers for non-page files.
 */
export function brokenLinks(pages: BuiltPage[], exists: (path: string) => boolean): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (p: BuiltPage) => {
    if (!ids.has(p.path)) ids.set(p.path, idsIn(p.html));
    return ids.get(p.path)!;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of new Set(linksIn(page.html))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `https://site.invalid${page.path}`);
      const path = decodeURIComponent(url.pathname);
      const target = byPath.get(path) ?? byPath.get(`${path}index.html`);
      if (!target && !exists(path)) {
        broken.push({ page: page.path, href, problem: `peger på en side, der ikke findes (${path})` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target && !idsOf(target).has(fragment)) {
        const sections = headingIds(target.html);
        broken.push({
          page: page.path,
          href,
          problem:
            `peger på et afsnit (#${fragment}), der ikke findes på ${path}` +
            (sections.length ? `. Afsnittene dér: ${sections.map((s) => `#${s}`).join(', ')}` : ''),
        });
      }
    }
  }
  return broken;
}

/** Where in the content files an address is written as a link: "file:line". */
export function locate(href: string, files: SourceFile[]): string[] {
  const found: string[] = [];
  const forms = [`](${href})`, `](${href} `, `href="${href}"`, `href='${href}'`, `href: ${href}`];
  for (const { file, source } of files)
    for (const { line, text } of bodyLines(source))
      if (forms.some((f) => text.includes(f))) found.push(`${file}:${line}`);
  return found;
}

/** One Danish message per broken link, at the content file and line, else at the page. */
export function linkProblems(broken: BrokenLink[], files: SourceFile[]): string[] {
  const problems = new Set<string>();
  for (const b of broken) {
    const places = locate(b.href, files);
    const fix = 'Ret adressen, eller fjern linket';
    if (places.length) for (const at of places) problems.add(`${at}: linket til ${b.href} ${b.problem}. ${fix}`);
    else problems.add(`siden ${b.page} (i sidens skabelon, ikke i indholdet): linket til ${b.href} ${b.problem}`);
  }
  return [...problems];
}
