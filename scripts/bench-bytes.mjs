// Page weight over a built site: what a first visit to a page requests, read
// from the files in dist/ (deterministic, no browser). Used by the byte budget
// test (tests/build/budgets.test.ts) and by the benchmark (scripts/bench.mjs).
//
// A first visit requests the HTML, its stylesheets (and their @imports), its
// module scripts and modulepreloads and every module those import statically
// (`import … from "./x.js"`), and the fonts its stylesheets declare. Dynamic
// `import()` is not followed: it runs on interaction (e.g. search). Each file
// is gzip-compressed at level 9, as a server or CDN would send it; fonts
// (WOFF2, already compressed) are counted by their size, separately.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { distPagePaths } from './dist-files.mjs';

const gzCache = new Map();
/** gzip -9 size of a file in bytes (cached per path). */
export function gzSize(file) {
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzCache.get(file);
}

/** Every built HTML page as a site path ("/", "/cases/fuldkorn/" …); 404.html excluded. */
export const pagePaths = distPagePaths;

function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Site path → file in dist (only same-origin paths). */
function fileFor(dist, sitePath) {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]);
  return join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

function resolvePath(fromSitePath, ref) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null; // other origin, data:, blob:
  const url = new URL(ref, `http://site${fromSitePath}`);
  return url.pathname;
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/**
 * What a first visit to `pagePath` requests.
 * @returns {{ path: string, html: number, css: number, js: number, other: number, total: number,
 *   fonts: number, fontFiles: string[], files: { path: string, kind: string, gz: number }[],
 *   fontFaces: { family: string, display: string | null, src: string[] }[] }}
 */
export function firstVisit(dist, pagePath) {
  const htmlFile = fileFor(dist, pagePath);
  const html = readFileSync(htmlFile, 'utf8');
  const files = [{ path: pagePath, kind: 'html', gz: gzSize(htmlFile) }];
  const seen = new Set([pagePath]);
  const fonts = new Set();
  const fontFaces = [];
  const missing = [];
  const add = (sitePath, kind) => {
    if (!sitePath || seen.has(sitePath)) return false;
    seen.add(sitePath);
    const file = fileFor(dist, sitePath);
    if (!existsSync(file) || !statSync(file).isFile()) {
      missing.push(sitePath);
      return false;
    }
    files.push({ path: sitePath, kind, gz: gzSize(file) });
    return true;
  };

  const visitCss = (sitePath) => {
    if (!add(sitePath, 'css')) return;
    const css = readFileSync(fileFor(dist, sitePath), 'utf8');
    for (const m of css.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)) visitCss(resolvePath(sitePath, m[1]));
    for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const body = block[1];
      const src = Array.from(body.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g), (m) =>
        resolvePath(sitePath, m[1]),
      ).filter(Boolean);
      fontFaces.push({
        family: (body.match(/font-family\s*:\s*([^;]+)/) ?? [])[1]?.trim() ?? '',
        display: (body.match(/font-display\s*:\s*([\w-]+)/) ?? [])[1] ?? null,
        src,
      });
      for (const f of src) fonts.add(f);
    }
    // Other url()s (images in CSS) are requested when used; counted as "other".
    const withoutFaces = css.replace(/@font-face\s*{[^}]*}/g, '');
    for (const m of withoutFaces.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const p = resolvePath(sitePath, m[1]);
      if (p && !m[1].startsWith('#')) add(p, 'other');
    }
  };
  const visitJs = (sitePath) => {
    if (!add(sitePath, 'js')) return;
    const js = readFileSync(fileFor(dist, sitePath), 'utf8');
    for (const m of js.matchAll(STATIC_IMPORT)) {
      const p = resolvePath(sitePath, m[1]);
      if (p) visitJs(p);
    }
  };

  for (const m of html.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const tag = m[0];
    if (m[1].toLowerCase() === 'script') {
      const src = attr(tag, 'src');
      if (src) visitJs(resolvePath(pagePath, src));
      continue;
    }
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    const p = resolvePath(pagePath, href);
    if (rel.includes('stylesheet')) visitCss(p);
    else if (rel.includes('modulepreload')) visitJs(p);
    else if (rel.includes('preload') && attr(tag, 'as') === 'font') fonts.add(p);
  }

  const fontFiles = [...fonts].filter((f) => f && existsSync(fileFor(dist, f)));
  const sum = (kind) => files.filter((f) => f.kind === kind).reduce((s, f) => s + f.gz, 0);
  const result = {
    path: pagePath,
    html: sum('html'),
    css: sum('css'),
    js: sum('js'),
    other: sum('other'),
    total: 0,
    fonts: fontFiles.reduce((s, f) => s + statSync(fileFor(dist, f)).size, 0),
    fontFiles,
    files,
    fontFaces,
    missing,
  };
  result.total = result.html + result.css + result.js + result.other;
  return result;
}

/** Does the page carry an interactive checklist or the search (the two features allowed more JS)? */
export function hasChecklistOrSearch(dist, pagePath) {
  if (pagePath === '/soeg/') return true;
  const html = readFileSync(fileFor(dist, pagePath), 'utf8');
  // The guide's overview pages show checklist progress (pg-guide-progress) and count as checklist pages.
  return (
    /<input\b[^>]*type="checkbox"/i.test(html) ||
    html.includes('<pg-tjekliste-bar') ||
    html.includes('<pg-guide-progress')
  );
}

/**
 * The page type of a path, from the route and the content folders (no list of
 * pages): home, case index, case, guide overview, guide phase, combined
 * checklist, note index, note, search, or "other".
 */
export function pageType(pagePath, { dist = 'dist', content = 'src/content' } = {}) {
  const seg = pagePath.split('/').filter(Boolean);
  if (seg.length === 0) return 'forside';
  const [top, id] = seg;
  if (top === 'cases') {
    if (seg.length === 1) return 'caseoversigt';
    if (seg.length === 2 && existsSync(join(content, 'cases', `${id}.mdx`))) return 'case';
  }
  if (top === 'procesguide') {
    if (seg.length === 1) return 'procesguide-oversigt';
    if (
      seg.length === 2 &&
      existsSync(join(content, 'guide', id)) &&
      statSync(join(content, 'guide', id)).isDirectory()
    )
      return 'procesguide-fase';
    if (hasChecklistOrSearch(dist, pagePath)) return 'samlet-tjekliste';
  }
  if (top === 'viden') {
    if (seg.length === 1) return 'viden-oversigt';
    if (seg.length === 2 && existsSync(join(content, 'viden', `${id}.mdx`))) return 'notat';
  }
  if (top === 'soeg' && seg.length === 1) return 'soegning';
  return 'oevrige';
}

/** The order page types are reported in. */
export const PAGE_TYPES = [
  'forside',
  'caseoversigt',
  'case',
  'procesguide-oversigt',
  'procesguide-fase',
  'samlet-tjekliste',
  'viden-oversigt',
  'notat',
  'soegning',
  'oevrige',
];

/** Per page type: the heaviest page of that type and how many pages the type has. */
export function weighByType(dist = 'dist', options = {}) {
  const byType = new Map();
  for (const path of pagePaths(dist)) {
    const type = pageType(path, { dist, ...options });
    const visit = firstVisit(dist, path);
    const entry = byType.get(type) ?? { type, pages: 0, heaviest: null, all: [] };
    entry.pages++;
    entry.all.push(visit);
    if (!entry.heaviest || visit.total > entry.heaviest.total) entry.heaviest = visit;
    byType.set(type, entry);
  }
  return PAGE_TYPES.filter((t) => byType.has(t)).map((t) => byType.get(t));
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
