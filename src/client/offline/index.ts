/**
 * Offline use, first part (loaded on every page from Base.astro): once the
 * page has loaded, fetch the part that registers the service worker
 * (register.ts). Nothing competes with the first render, and a first visit
 * carries only these few bytes before the page has loaded. (A module script
 * runs before the load event, so the event is always still to come.)
 * Skipped in development (`astro dev` has no dist/sw.js) and in browsers
 * without service workers, where the site works online as before.
 */
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  addEventListener('load', () => import('./register').catch(() => undefined), { once: true });
}
