// The one walker of a built site (dist/), shared by the checkers in scripts/,
// the benchmark and the tests: every file as a site path, and every page.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Folders in dist/ that hold no site pages: assets, and the editors' CMS at
 * /admin/ (a third-party app with its own CSP, not a page of the guide), left
 * out of the page checks (axe, budgets, link crawl) on purpose.
 */
const ASSET_DIRS = ['_astro/', 'pagefind/', 'admin/'];

/** Every file in `dist` as a site path ("/index.html", "/_astro/x.css" …), sorted. */
export function distFiles(dist = 'dist') {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split('\\').join('/')}`)
    .sort();
}

/**
 * Every built page as a site path ("/", "/cases/fuldkorn/" …): each index.html
 * outside the asset folders; 404.html excluded.
 */
export function distPagePaths(dist = 'dist') {
  return distFiles(dist)
    .filter((f) => f.endsWith('/index.html') && !ASSET_DIRS.some((d) => f.startsWith(`/${d}`)))
    .map((f) => f.slice(0, -'index.html'.length))
    .sort();
}

/** Every .html file in `dist` as a file path (for checkers that read files: vnu). */
export function distHtmlFiles(dist = 'dist') {
  return distFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dist, f.slice(1)));
}
