/**
 * Shared browser setup for the e2e tests: Debian's Chromium driven by
 * playwright-core (no downloaded browsers), the built site served by
 * scripts/serve.mjs with the production security headers.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { distPagePaths } from '../../scripts/dist-files.mjs';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * Debian's Chromium. `backForwardCache`: keep pages in the back/forward cache as
 * a user's browser does (Playwright turns it off by default).
 */
export async function launch({ backForwardCache = false } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium findes ikke på ${CHROMIUM}. Installér Debians pakke: apt-get install -y chromium`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    ...(backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  // The site's service worker answers from its cache, past page.route() and the network: every context blocks
  // it unless a test asks for it with { serviceWorkers: 'allow' } (tests/e2e/offline*.test.ts).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  return browser;
}

export interface BrowserFixture {
  readonly browser: Browser;
  /** One context shared by the file's tests; make your own with browser.newContext() for a clean slate. */
  readonly context: BrowserContext;
}

// One Chromium per test worker, shared by the files that worker runs one after
// another (vitest.config.ts runs the e2e files without isolation, so this
// module and its browser outlive a file). Starting Chromium costs seconds on a
// busy machine; a context is what gives each test a clean slate. Playwright
// ends the browser when the worker exits.
let shared: Promise<Browser> | undefined;
function sharedBrowser(): Promise<Browser> {
  shared ??= launch().then((browser) => {
    browser.on('disconnected', () => {
      shared = undefined;
    });
    return browser;
  });
  return shared;
}

/**
 * The worker's Chromium and one fresh context for a test file: the context,
 * and every other context the file opened, are closed after the file. Call it
 * once at the top of the file:
 *   const chromium = useBrowser();  …  chromium.context.newPage()
 */
export function useBrowser(contextOptions: BrowserContextOptions = {}): BrowserFixture {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let before = new Set<BrowserContext>();
  beforeAll(async () => {
    browser = await sharedBrowser();
    before = new Set(browser.contexts());
    context = await browser.newContext(contextOptions);
  });
  afterAll(async () => {
    for (const c of browser?.contexts() ?? []) if (!before.has(c)) await c.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) {
      throw new Error('Chromium er ikke startet: kald useBrowser() øverst i testfilen, ikke inde i en test.');
    }
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get context() {
      return started(context);
    },
  };
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/** Opens a page that records console errors, uncaught errors, CSP violations and requests to other origins. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [] };
  const origin = new URL(baseUrl()).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(err.message));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.foreignRequests.push(url);
  });
  await page.exposeFunction('__pgCspViolation', (v: string) => problems.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __pgCspViolation: (v: string) => void }).__pgCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return { page, problems };
}

/** Every built HTML page as a site path ("/", "/cases/fuldkorn/" …), 404.html excluded. */
export function allPagePaths(dist = 'dist'): string[] {
  return distPagePaths(dist);
}
