/**
 * Offline use, second part: registers the service worker (dist/sw.js, written
 * by scripts/service-worker.mjs) and, when a new version of the site has been
 * fetched and waits, shows a notice with a button. Nothing reloads by itself:
 * the new version takes over only when the reader presses the button, so no
 * typing is lost; other open tabs keep their page until their reader asks.
 */
import { NEW_VERSION, RELOAD } from './strings';

/** The message the worker (src/client/offline/worker.js) waits for before it takes over. */
const TAKE_OVER = 'pg-skip-waiting';

const container = navigator.serviceWorker;
/** Set once the reader has asked for the new version in this tab. */
let asked = false;

class OfflineNotice extends HTMLElement {
  registration: ServiceWorkerRegistration | undefined;

  connectedCallback(): void {
    if (this.childElementCount) return;
    // Styled with the site's tokens through the CSSOM (allowed by the CSP, unlike a style attribute), so the
    // notice brings no stylesheet to pages that never show it.
    Object.assign(this.style, {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: '0.8rem 1.6rem',
      margin: '1.6rem 0',
      padding: '0.8rem 1.2rem',
      background: 'var(--pg-info-light)',
      borderLeft: '4px solid var(--pg-primary)',
    });
    const text = document.createElement('p');
    text.style.margin = '0';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-secondary';
    button.textContent = RELOAD;
    button.addEventListener('click', () => this.reload());
    // The live region is in the page before its text, so screen readers announce the text.
    this.setAttribute('role', 'status');
    this.append(text, button);
    requestAnimationFrame(() => {
      text.textContent = NEW_VERSION;
    });
  }

  reload(): void {
    asked = true;
    const waiting = this.registration?.waiting;
    if (waiting) waiting.postMessage(TAKE_OVER);
    else location.reload(); // already taken over (from another tab): the page only needs loading again
  }
}
customElements.define('pg-offline-notice', OfflineNotice);

function offer(registration: ServiceWorkerRegistration): void {
  // Without a controller this is the first install: the page is already the newest.
  if (!registration.waiting || !container.controller || document.querySelector('pg-offline-notice')) return;
  const notice = document.createElement('pg-offline-notice') as OfflineNotice;
  notice.registration = registration;
  (document.querySelector('main > .container') ?? document.querySelector('main'))?.prepend(notice);
}

async function register(): Promise<void> {
  const registration = await container.register('/sw.js');
  // A browser or extension may refuse registration without an error; then there is nothing to offer.
  if (!registration) return;
  const track = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', () => offer(registration));
  container.addEventListener('controllerchange', () => {
    if (asked) location.reload();
  });
  offer(registration);
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
}

// Registration can fail (storage turned off, a private window): the site then works online as before.
void register().catch(() => undefined);
