#!/usr/bin/env node
// The service worker: run by `npm run build` after astro build and Pagefind.
// Writes dist/sw.js from src/client/offline/worker.js with the list of files a
// reader keeps for offline use (every page, CSS, JavaScript, font, Pagefind's
// entry, index, fragments, WebAssembly and word list, the manifest and icons)
// and a cache version made from their content and the worker's code, so any
// change to either makes a new version, and only then. The list comes from dist/, so new pages
// are kept without a list to maintain. Over 5 MB the last case pages are left to be kept when read; fails
// if the rest alone passes 5 MB.
// docs/decisions/0090-service-worker-uden-workbox.md
//   node scripts/service-worker.mjs [--site dist]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distFiles } from './dist-files.mjs';

/** The worker's address; deploy/security-headers.mjs serves it with Cache-Control: no-cache. */
export const WORKER_PATH = '/sw.js';
/** The page shown for a page that is not kept, without a network (src/pages/uden-net.astro). */
export const OFFLINE_PAGE = '/uden-net/';
/** The most the kept files may weigh, as stored in the browser (uncompressed). */
export const CACHE_LIMIT = 5 * 1024 * 1024;

const TEMPLATE = fileURLToPath(new URL('../src/client/offline/worker.js', import.meta.url));
const MANIFEST_LINE = /^const MANIFEST = \{[^\n]*\};$/m;

/**
 * Files in dist/ that are never kept: host configuration, the worker itself,
 * the 404 page (the worker answers with /uden-net/), Pagefind's ready-made
 * interfaces (the site uses its JS API, docs/decisions/pagefind-js-api-over-its-ui.md)
 * and its WebAssembly for pages without a language (every page is Danish),
 * the editors' CMS (it needs a network to save anyway) and the link-preview
 * images (only chat programs and social sites fetch them).
 */
const NOT_KEPT = [
  /^\/_headers$/,
  /^\/sw\.js$/,
  /^\/404\.html$/,
  /^\/pagefind\/pagefind-(?:component-|modular-)?ui\.(?:js|css)$/,
  /^\/pagefind\/pagefind-highlight\.js$/,
  /^\/pagefind\/wasm\.unknown\.pagefind$/,
  /^\/admin\//,
  /^\/og\//,
];

/** A file's address: a page's index.html is kept under its directory URL ("/cases/"). */
const urlOf = (path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);

/** Every file to keep: { url, path, bytes, hash } in a stable order. */
export function precacheEntries(dist = 'dist') {
  return distFiles(dist)
    .filter((path) => !NOT_KEPT.some((re) => re.test(path)))
    .map((path) => {
      const content = readFileSync(join(dist, path.slice(1)));
      return {
        url: urlOf(path),
        path,
        bytes: content.length,
        hash: createHash('sha256').update(content).digest('hex'),
      };
    });
}

/** The worker's code before its manifest is filled in. */
export function workerTemplate() {
  return readFileSync(TEMPLATE, 'utf8');
}

/**
 * The cache version: a hash of every kept file's address and content and of the worker's own code, so a
 * change to how the worker keeps files starts from a fresh cache too.
 */
export function cacheVersion(entries, template = workerTemplate()) {
  const hash = createHash('sha256').update(template);
  for (const e of entries) hash.update(`${e.url}\0${e.hash}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** The addresses of the case pages, in the collection's order (dist/data/cases.json); none without the file. */
export function casePages(dist = 'dist') {
  const file = join(dist, 'data', 'cases.json');
  if (!existsSync(file)) return [];
  const { cases } = JSON.parse(readFileSync(file, 'utf8'));
  return cases.map((c) => new URL(c.url).pathname);
}

/**
 * The files to keep within `limit`: everything but the case pages always; the case pages in order while they
 * fit. A case page left out is kept when it is read (the worker keeps every page it fetches). Throws when the
 * rest alone passes the limit.
 */
export function fitEntries(entries, cases, limit = CACHE_LIMIT) {
  const total = (list) => list.reduce((sum, e) => sum + e.bytes, 0);
  if (total(entries) <= limit) return { kept: entries, deferred: [] };
  const isCase = new Set(cases);
  const core = entries.filter((e) => !isCase.has(e.url));
  let room = limit - total(core);
  if (room < 0) {
    throw new Error(
      `service worker: filerne til brug uden net fylder ${mb(total(core))} uden case-siderne, ` +
        `mere end ${mb(limit)}`,
    );
  }
  const byUrl = new Map(entries.map((e) => [e.url, e]));
  const kept = new Set(core.map((e) => e.url));
  const deferred = [];
  for (const url of cases) {
    const entry = byUrl.get(url);
    if (!entry) continue;
    if (entry.bytes <= room) {
      kept.add(url);
      room -= entry.bytes;
    } else deferred.push(url);
  }
  return { kept: entries.filter((e) => kept.has(e.url)), deferred };
}

/** The worker's source for the built site in `dist`, with its manifest. */
export function workerSource(dist = 'dist') {
  const { kept: entries, deferred } = fitEntries(precacheEntries(dist), casePages(dist));
  const template = workerTemplate();
  const version = cacheVersion(entries, template);
  const manifest = { version, offline: OFFLINE_PAGE, files: entries.map((e) => e.url) };
  if (!MANIFEST_LINE.test(template)) {
    throw new Error(`${TEMPLATE}: linjen "const MANIFEST = { … };" mangler; den får listen over filer.`);
  }
  const source = template.replace(MANIFEST_LINE, () => `const MANIFEST = ${JSON.stringify(manifest)};`);
  return { source, manifest, entries, deferred, bytes: entries.reduce((sum, e) => sum + e.bytes, 0) };
}

/** Reads the manifest back from a written worker (for the tests). */
export function readWorkerManifest(dist = 'dist') {
  const line = readFileSync(join(dist, WORKER_PATH.slice(1)), 'utf8').match(MANIFEST_LINE)?.[0];
  if (!line) throw new Error(`${dist}${WORKER_PATH}: ingen MANIFEST-linje`);
  return JSON.parse(line.slice('const MANIFEST = '.length, -1));
}

/** Writes dist/sw.js; throws if a required file is missing or the files but the case pages pass CACHE_LIMIT. */
export function writeServiceWorker(dist = 'dist') {
  const result = workerSource(dist);
  const urls = new Set(result.manifest.files);
  for (const required of ['/', OFFLINE_PAGE, '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
    if (!urls.has(required)) throw new Error(`service worker: ${required} findes ikke i ${dist}/`);
  }
  writeFileSync(join(dist, WORKER_PATH.slice(1)), result.source);
  return result;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--site');
  const dist = i >= 0 ? args[i + 1] : 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`service worker: fandt ikke ${dist}/index.html. Byg sitet først.`);
    process.exit(1);
  }
  try {
    const { manifest, bytes, deferred } = writeServiceWorker(dist);
    console.log(
      `service worker: ${dist}${WORKER_PATH}, version ${manifest.version}, ` +
        `${manifest.files.length} filer til brug uden net, ${mb(bytes)} (${bytes} B)`,
    );
    if (deferred.length) {
      console.warn(
        `[Partnerskabsguiden] ADVARSEL: ${deferred.length} case-sider er ikke med i det, en læser gemmer på ` +
          `forhånd (grænsen er ${mb(CACHE_LIMIT)}); de gemmes, når de er læst én gang.`,
      );
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
