// The HTTP headers the site needs on any host. scripts/serve.mjs sends them in
// development and tests; public/_headers and deploy/nginx.conf carry the same
// values for production, and tests/build/ keeps the three in step.

/** Content-Security-Policy for every page. Scripts and styles are same-origin files. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** Hashed build assets never change; everything else is revalidated. */
export function cacheControlFor(pathname) {
  if (pathname.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=300, must-revalidate';
}

export function headersFor(pathname) {
  return { ...SECURITY_HEADERS, 'Cache-Control': cacheControlFor(pathname) };
}
