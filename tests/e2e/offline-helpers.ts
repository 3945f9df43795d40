/**
 * Shared steps for the offline tests (offline.test.ts, offline-update.test.ts):
 * a server of their own (so a test can count what reaches it and swap the
 * build it serves), a context that allows the service worker, and waiting
 * until the worker is active, controls the page and has kept every file.
 */
import type { IncomingMessage } from 'node:http';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export interface CountingServer {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** scripts/serve.mjs over `dir`, recording every request it answers. */
export async function countingServer(dir: string): Promise<CountingServer> {
  const { server, url } = await startServer({ dir, port: 0 });
  const requests: string[] = [];
  server.on('request', (req: IncomingMessage) => requests.push(req.url ?? ''));
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface Problems {
  pageErrors: string[];
  consoleErrors: string[];
  cspViolations: string[];
}

/** A context where the site's service worker may run (tests/e2e/browser.ts blocks it by default). */
export async function workerContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'allow' });
}

/** A page that records uncaught errors, console errors and CSP violations. */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: Problems }> {
  const page = await context.newPage();
  const problems: Problems = { pageErrors: [], consoleErrors: [], cspViolations: [] };
  page.on('pageerror', (e) => problems.pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.consoleErrors.push(m.text()));
  await page.exposeFunction('__pgOfflineCsp', (v: string) => problems.cspViolations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __pgOfflineCsp: (v: string) => void }).__pgOfflineCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  return { page, problems };
}

export function expectNoProblems(problems: Problems): void {
  expect(problems.pageErrors, 'sidefejl').toEqual([]);
  expect(problems.consoleErrors, 'konsolfejl').toEqual([]);
  expect(problems.cspViolations, 'CSP-brud').toEqual([]);
}

/**
 * Waits until the service worker is active (its install, which keeps every
 * file, has finished) and controls the page; returns the cache names and how
 * many addresses the site's cache holds.
 */
export async function workerReady(page: Page): Promise<{ caches: string[]; entries: number; script: string }> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(async () => {
    const names = await caches.keys();
    const own = names.filter((n) => n.startsWith('pg-'));
    const entries = own.length === 1 ? (await (await caches.open(own[0]!)).keys()).length : -1;
    return { caches: names, entries, script: navigator.serviceWorker.controller?.scriptURL ?? '' };
  });
}
