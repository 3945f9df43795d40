// The HTTP headers the site needs on any host, in one place. scripts/serve.mjs
// sends them in development and in the tests; public/_headers (Netlify,
// Cloudflare Pages) and deploy/nginx.conf carry the same values for production,
// and tests/build/deploy.test.ts keeps the three in step.

/**
 * Content-Security-Policy for every page. The build ships no inline script or
 * style (Vite's assetsInlineLimit 0, inlineStylesheets 'never'), so scripts
 * and styles are same-origin files and nothing needs 'unsafe-inline' or a hash.
 * Pagefind compiles its WebAssembly ('wasm-unsafe-eval') and runs it in a
 * same-origin worker file (/pagefind/pagefind-worker.js).
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

/**
 * Content-Security-Policy for the editors' CMS at /admin/ only (Sveltia CMS,
 * served from the site). It loosens the public policy just where the CMS needs
 * it: inline styles (its components set style attributes), blob: and data:
 * images (previews), and the Git host's API and avatars (GitHub by default;
 * another host adds its API address here). The public pages keep CSP above.
 */
export const ADMIN_CSP_DIRECTIVES = {
  ...CSP_DIRECTIVES,
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
  'connect-src': ["'self'", 'data:', 'blob:', 'https://api.github.com', 'https://raw.githubusercontent.com'],
  'worker-src': ["'self'", 'blob:'],
};

export const ADMIN_CSP = Object.entries(ADMIN_CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

/** The editors' CMS: its own CSP, and never in a search engine. */
export const ADMIN_PREFIX = '/admin/';

/** Sent with every response. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files whose name carries a hash of their content: never change, cache for a year. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else (HTML, favicon, Pagefind's entry files with fixed names):
 * may be cached but is revalidated on every use, so a new deploy shows at once.
 * The same value Netlify and Cloudflare Pages send by default.
 */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * The service worker (scripts/service-worker.mjs): the browser asks for it on
 * every visit to learn of a new version of the site, so no cache may keep it.
 */
export const CACHE_NONE = 'no-cache';
export const NO_CACHE_PATHS = ['/sw.js'];

/**
 * Path prefixes whose files are content-hashed: Astro's build assets and
 * Pagefind's index, fragment and filter chunks. (Pagefind's pagefind.js,
 * pagefind-worker.js, wasm.*.pagefind, pagefind-entry.json and *.pf_meta keep
 * fixed or entry-referenced names and are revalidated.)
 */
export const IMMUTABLE_PREFIXES = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'];

export function cacheControlFor(pathname, contentType = '') {
  // An HTML answer under a hashed prefix is the 404 page: never cache it for long.
  if (contentType.startsWith('text/html')) return CACHE_REVALIDATE;
  if (NO_CACHE_PATHS.includes(pathname)) return CACHE_NONE;
  return IMMUTABLE_PREFIXES.some((p) => pathname.startsWith(p)) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** All headers for a response to `pathname` (content type as sent, if known). */
export function headersFor(pathname, contentType = '') {
  /** @type {Record<string, string>} */
  const headers = { ...SECURITY_HEADERS, 'Cache-Control': cacheControlFor(pathname, contentType) };
  if (pathname.startsWith(ADMIN_PREFIX) || pathname === '/admin') {
    headers['Content-Security-Policy'] = ADMIN_CSP;
    headers['X-Robots-Tag'] = 'noindex, nofollow';
  }
  return headers;
}
