/**
 * The service worker, as written to dist/sw.js by scripts/service-worker.mjs,
 * which puts the version and the list of files in MANIFEST below. Plain
 * JavaScript, copied as it is: the worker is not bundled.
 *   - install: keep every file of this version (pages, CSS, JavaScript, fonts,
 *     Pagefind's index, fragments, WebAssembly and word list) in one cache;
 *   - activate: remove the caches of earlier versions;
 *   - files are served from the cache first; pages too, and fetched again in
 *     the background when online, so the next visit has the newest text;
 *   - a page that is not kept, without a network: the page /uden-net/.
 * A new version waits until a page asks it to take over (the reader's
 * button, src/client/offline/register.ts): nothing reloads by itself.
 * Nothing is sent anywhere: the worker only fetches the site's own files.
 */
const MANIFEST = { version: 'dev', offline: '/uden-net/', files: [] };

const PREFIX = 'pg-';
const CACHE = `${PREFIX}${MANIFEST.version}`;
/** The message a page sends when its reader asks for the new version. */
const TAKE_OVER = 'pg-skip-waiting';
/** Query strings never change a file of a static site (Pagefind adds ?ts=… to its entry file). */
const MATCH = { ignoreSearch: true };

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // 'no-cache': the server's current file, never a stale copy from the browser's HTTP cache.
      .then((cache) => cache.addAll(MANIFEST.files.map((url) => new Request(url, { cache: 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === TAKE_OVER) self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(event, url) : file(request, url));
});

/** Keeps a good answer from the network under the address without its query string. */
function keep(cache, url, response) {
  if (response.ok && response.type === 'basic' && !response.redirected) {
    return cache.put(url.origin + url.pathname, response.clone());
  }
  return Promise.resolve();
}

/** A page: from the cache, fetched again in the background; else from the network; else /uden-net/. */
async function page(event, url) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(event.request, MATCH);
  const fresh = fetch(event.request).then(async (response) => {
    await keep(cache, url, response);
    return response;
  });
  if (cached) {
    event.waitUntil(fresh.catch(() => undefined));
    return cached;
  }
  try {
    return await fresh;
  } catch (error) {
    const offline = await cache.match(MANIFEST.offline);
    if (offline) return offline;
    throw error;
  }
}

/**
 * Any other file: from the cache; else from the network, and a new build asset is kept for next time.
 * A page fetched again in the background after a deploy may name assets of the new version: the new
 * worker's cache, filled while it waits, has them, so every cache of the site is asked.
 */
async function file(request, url) {
  const cache = await caches.open(CACHE);
  const cached = (await cache.match(request, MATCH)) ?? (await caches.match(request, MATCH));
  if (cached) return cached;
  const response = await fetch(request);
  if (url.pathname.startsWith('/_astro/')) await keep(cache, url, response);
  return response;
}
