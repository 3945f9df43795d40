/**
 * Offline use over dist/ (no browser; the browser side is tests/e2e/offline*.test.ts):
 *   - dist/sw.js is the worker scripts/service-worker.mjs makes of this build: the
 *     same file list and a version that is a hash of the kept files' content;
 *   - the list keeps every page, CSS, JavaScript, font and Pagefind file a search
 *     needs (entry, index, fragments, filters, WebAssembly, word list), and every
 *     file in it exists;
 *   - the kept files weigh ≤ 5 MB (printed);
 *   - registering adds ≤ 1 KB (gzip) to a first visit and does not delay it;
 *   - the web app manifest is Danish, uses the site's colours and icons that exist;
 *   - the page /uden-net/ is out of the search index and kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstVisit } from '../../scripts/bench-bytes.mjs';
import { distFiles } from '../../scripts/dist-files.mjs';
import {
  CACHE_LIMIT,
  OFFLINE_PAGE,
  cacheVersion,
  precacheEntries,
  readWorkerManifest,
  workerSource,
  workerTemplate,
} from '../../scripts/service-worker.mjs';
import { DIST, attr, pagePaths, parsePage, readPage, selectAll, selectOne } from './dist';

const KB = 1024;
/** What registering may add to a first visit, gzip -9 as tests/build/budgets.test.ts counts. */
const REGISTRATION_BUDGET = 1 * KB;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const manifest = readWorkerManifest(DIST) as { version: string; offline: string; files: string[] };
const kept = new Set(manifest.files);
const files = distFiles(DIST);

describe('the service worker', () => {
  it('dist/sw.js is the worker of this build (same files, same version)', () => {
    const expected = workerSource(DIST);
    expect(manifest).toEqual(expected.manifest);
    expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).toBe(expected.source);
  });

  it('the version is a hash of the kept files and the worker: any change gives a new version', () => {
    const entries = precacheEntries(DIST);
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
    expect(cacheVersion(entries)).toBe(manifest.version);
    const changed = entries.map((e, i) => (i === entries.length - 1 ? { ...e, hash: `${e.hash}x` } : e));
    expect(cacheVersion(changed)).not.toBe(manifest.version);
    const renamed = entries.map((e, i) => (i === 0 ? { ...e, url: `${e.url}x` } : e));
    expect(cacheVersion(renamed)).not.toBe(manifest.version);
    expect(cacheVersion(entries, `${workerTemplate()}\n// changed`)).not.toBe(manifest.version);
  });

  it('keeps every page, every CSS, JavaScript and font file, and what a search needs', () => {
    const pages = pagePaths();
    expect(pages.filter((p) => !kept.has(p))).toEqual([]);
    const assets = files.filter((f) => /\.(css|js|woff2|json|svg)$/.test(f) && !f.startsWith('/pagefind/'));
    // The editors' CMS is left out on purpose: it needs a network to save anything.
    expect(assets.filter((f) => f !== '/sw.js' && !f.startsWith('/admin/') && !kept.has(f))).toEqual([]);
    const searchFile = new RegExp(
      String.raw`^/pagefind/(pagefind\.js|pagefind-entry\.json|pagefind\.da_.*\.pf_meta|wasm\.da\.pagefind|` +
        String.raw`vocabulary\.da\.gz|(index|fragment|filter)/)`,
    );
    const search = files.filter((f) => searchFile.test(f));
    expect(search.filter((f) => f.startsWith('/pagefind/fragment/')).length).toBeGreaterThan(0);
    expect(search.filter((f) => f.startsWith('/pagefind/index/')).length).toBeGreaterThan(0);
    expect(search.filter((f) => !kept.has(f))).toEqual([]);
    for (const f of ['/', OFFLINE_PAGE, '/manifest.webmanifest', '/favicon.svg', '/pagefind/vocabulary.da.gz'])
      expect(kept, f).toContain(f);
    expect(kept).not.toContain('/sw.js');
    expect(kept).not.toContain('/_headers');
  });

  it('every kept address is a file in dist/', () => {
    const exists = new Set(files.map((f) => (f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f)));
    expect(manifest.files.filter((u) => !exists.has(u))).toEqual([]);
  });

  it(`the kept files weigh at most ${CACHE_LIMIT / KB / KB} MB`, () => {
    const bytes = precacheEntries(DIST).reduce((sum, e) => sum + e.bytes, 0);
    console.log(
      `Brug uden net: ${manifest.files.length} filer, ${bytes} B ` +
        `(${(bytes / KB / KB).toFixed(2)} MB) i browserens cache`,
    );
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(CACHE_LIMIT);
  });
});

describe('registering', () => {
  const home = '/';
  const js = firstVisit(DIST, home).files.filter((f: { kind: string }) => f.kind === 'js');
  const withStub = js.find((f: { path: string }) =>
    readFileSync(join(DIST, f.path), 'utf8').includes('`serviceWorker`in navigator'),
  );
  const code = withStub ? readFileSync(join(DIST, withStub.path), 'utf8') : '';
  // The first load's part: wait for the load event, then import the registration (src/client/offline/index.ts).
  const stub = code.match(/`serviceWorker`in navigator&&addEventListener\(`load`,[^;]*;/)?.[0] ?? '';
  const lazy = stub.match(/import\(`\.\/([^`]+)`\)/)?.[1];

  it('the first load holds only a stub that imports the registration after the load event', () => {
    expect(withStub, 'ingen fil på forsiden indeholder registreringen').toBeDefined();
    expect(stub).not.toBe('');
    expect(lazy).toMatch(/^register\.[\w-]+\.js$/);
    // Not fetched with the page: a first visit's files do not include it.
    expect(js.map((f: { path: string }) => f.path)).not.toContain(`/_astro/${lazy}`);
    expect(readFileSync(join(DIST, '_astro', lazy!), 'utf8')).toContain('/sw.js');
    // A module script: never blocks parsing or the first render.
    for (const s of selectAll('script[src]', parsePage(home))) expect(attr(s, 'type')).toBe('module');
  });

  it(`adds at most ${REGISTRATION_BUDGET} B (gzip) to a first visit: stub, manifest link and registration`, () => {
    const html = readPage(home);
    const link = html.match(/<link rel="manifest"[^>]*>/)?.[0] ?? '';
    expect(link).not.toBe('');
    const stubBytes = gz(code) - gz(code.replace(stub, ''));
    const linkBytes = gz(html) - gz(html.replace(link, ''));
    const registerBytes = gz(readFileSync(join(DIST, '_astro', lazy!)));
    const total = stubBytes + linkBytes + registerBytes;
    console.log(
      `Registrering: ${total} B gzip i alt (stump i første indlæsning ${stubBytes} B, ` +
        `manifest-link ${linkBytes} B, registrering efter load ${registerBytes} B)`,
    );
    expect(total).toBeLessThanOrEqual(REGISTRATION_BUDGET);
  });
});

describe('the web app manifest', () => {
  const webManifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
    name: string;
    short_name: string;
    lang: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; type: string; sizes: string }[];
  };
  const css = files
    .filter((f) => f.startsWith('/_astro/') && f.endsWith('.css'))
    .map((f) => readFileSync(join(DIST, f), 'utf8'))
    .join('\n');
  const token = (name: string) => css.match(new RegExp(`${name}:\\s*([^;}]+)`))?.[1]?.trim();
  const hex = (colour: string | undefined) => (colour === 'white' ? '#ffffff' : colour?.toLowerCase());

  it('is Danish, starts on the front page, and every page links it', () => {
    expect(webManifest.lang).toBe('da');
    expect(webManifest.name).toBe('Partnerskabsguiden');
    expect(webManifest.short_name.length).toBeLessThanOrEqual(12);
    expect(webManifest.start_url).toBe('/');
    expect(webManifest.display).toBe('standalone');
    const without = pagePaths().filter(
      (p) => attr(selectOne('link[rel="manifest"]', parsePage(p), p), 'href') !== '/manifest.webmanifest',
    );
    expect(without).toEqual([]);
  });

  it('uses the site’s colour tokens', () => {
    expect(webManifest.theme_color).toBe(hex(token('--pg-primary')));
    expect(webManifest.background_color).toBe(hex(token('--pg-surface')));
  });

  it('points only at icons that exist', () => {
    expect(webManifest.icons.length).toBeGreaterThan(0);
    expect(webManifest.icons.map((i) => i.src).filter((src) => !files.includes(src))).toEqual([]);
  });
});

describe('the page /uden-net/', () => {
  it('is kept, out of the search index and not for search engines', () => {
    const tree = parsePage(OFFLINE_PAGE);
    expect(manifest.offline).toBe(OFFLINE_PAGE);
    expect(selectAll('[data-pagefind-body]', tree)).toEqual([]);
    expect(attr(selectOne('meta[name="robots"]', tree, OFFLINE_PAGE), 'content')).toBe('noindex');
  });

  it('lists only pages that are kept', () => {
    const links = selectAll('main a[href^="/"]', parsePage(OFFLINE_PAGE)).map((a) => attr(a, 'href').split('#')[0]!);
    expect(links.length).toBeGreaterThan(4);
    expect(links.filter((href) => !kept.has(href))).toEqual([]);
  });
});
