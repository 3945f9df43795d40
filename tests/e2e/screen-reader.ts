/**
 * A virtual screen reader in the page under test (@guidepup/virtual-screen-reader).
 * Its browser build is served through a Playwright route at a same-origin path,
 * so the page's CSP ('self') admits it unchanged; it is loaded with a dynamic
 * import from the test, never from the site. Tests assert on the spoken phrase
 * log: what a screen-reader user hears, in order.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const SOURCE = readFileSync(require.resolve('@guidepup/virtual-screen-reader/browser.js'), 'utf8');
const PATH = '/__test__/virtual-screen-reader.js';

/** Serves the screen reader's browser build to every page of the context. */
export async function serveScreenReader(context: BrowserContext): Promise<void> {
  await context.route(`**${PATH}`, (route) =>
    route.fulfill({ body: SOURCE, contentType: 'text/javascript; charset=utf-8' }),
  );
}

type Command = 'moveToNextHeading' | 'moveToNextLandmark' | 'moveToNextLink' | 'moveToNextFormField';

export interface ScreenReader {
  /** Moves to the next item and returns what was spoken for it. */
  next(): Promise<string>;
  perform(command: Command): Promise<string>;
  /** Everything spoken since start or the last clear, live announcements included ("polite: …"). */
  log(): Promise<string[]>;
  clear(): Promise<void>;
  /** Reads on until a phrase matches or `max` steps; returns the phrases read. */
  readUntil(match: RegExp, max?: number): Promise<string[]>;
}

/** Starts the screen reader on the page's body (the page must be loaded). */
export async function startScreenReader(page: Page): Promise<ScreenReader> {
  // A string, so Vite does not rewrite the dynamic import for the test runner.
  await page.evaluate(`(async () => {
    const { virtual } = await import('${PATH}');
    window.__screenReader = virtual;
    await virtual.start({ container: document.body });
  })()`);
  const call = <T>(expression: string) =>
    page.evaluate(`(async () => { const sr = window.__screenReader; ${expression} })()`) as Promise<T>;
  const reader: ScreenReader = {
    next: () => call<string>('await sr.next(); return sr.lastSpokenPhrase();'),
    perform: (command) => call<string>(`await sr.perform(sr.commands.${command}); return sr.lastSpokenPhrase();`),
    log: () => call<string[]>('return sr.spokenPhraseLog();'),
    clear: () => call<void>('sr.clearSpokenPhraseLog();'),
    async readUntil(match, max = 200) {
      const read: string[] = [];
      for (let i = 0; i < max; i++) {
        const phrase = await reader.next();
        read.push(phrase);
        if (match.test(phrase)) return read;
      }
      throw new Error(`Skærmlæseren nåede ikke ${match} på ${max} trin. Læst: ${read.slice(-10).join(' | ')}`);
    },
  };
  return reader;
}
