// Search measurements for the benchmark: a direct probe of Pagefind's JS API
// in Chromium, and the search page's own measurement (scripts/bench-search.mjs).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, ROOT, median } from './bench-project.mjs';

export const QUERIES = { cold: 'partnerskab', warm: 'hjemløse' };

/**
 * First query through Pagefind's own JS API in Chromium (no UI): from a page
 * that has loaded nothing of Pagefind, import pagefind.js, search, load the
 * first five results' data. Bytes are what came over the wire (gzip where the
 * server compresses), per query; cold = fresh browser context, warm = the next
 * query on the same page. Median of `runs`.
 */
export async function pagefindProbe(baseUrl, runs) {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const bytes = { current: 0, files: 0 };
      context.on('requestfinished', async (req) => {
        if (!req.url().includes('/pagefind/')) return;
        // A request can finish as the context closes; its size is then not counted.
        const length = await req
          .response()
          .then((res) => res?.headerValue('content-length'))
          .catch(() => null);
        bytes.current += Number(length ?? 0);
        bytes.files++;
      });
      const page = await context.newPage();
      const violations = [];
      page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
      await page.goto(`${baseUrl}/`);
      await page.waitForLoadState('networkidle');
      bytes.current = 0;
      bytes.files = 0;
      const query = async (q, first) =>
        page.evaluate(
          async ({ q, first }) => {
            const t0 = performance.now();
            const w = window;
            if (first) w.__pf = await import('/pagefind/pagefind.js');
            const search = await w.__pf.search(q);
            await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
            return { ms: performance.now() - t0, results: search.results.length };
          },
          { q, first },
        );
      const cold = await query(QUERIES.cold, true);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      const coldBytes = bytes.current;
      const coldFiles = bytes.files;
      bytes.current = 0;
      bytes.files = 0;
      const warm = await query(QUERIES.warm, false);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      results.push({
        coldMs: cold.ms,
        coldBytes,
        coldFiles,
        coldResults: cold.results,
        warmMs: warm.ms,
        warmBytes: bytes.current,
        warmResults: warm.results,
        consoleErrors: violations,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    method:
      `Pagefind JS API i Chromium: "${QUERIES.cold}" (kold, ny browserkontekst) og derefter "${QUERIES.warm}" ` +
      `(varm), 5 første resultaters data, median af ${runs}`,
    firstQueryBytes: median(results.map((r) => r.coldBytes)),
    firstQueryFiles: median(results.map((r) => r.coldFiles)),
    coldMs: median(results.map((r) => r.coldMs)),
    warmMs: median(results.map((r) => r.warmMs)),
    warmQueryBytes: median(results.map((r) => r.warmBytes)),
    results: results[0]?.coldResults,
    consoleErrors: [...new Set(results.flatMap((r) => r.consoleErrors))],
  };
}

export async function helperSearch(baseUrl) {
  const file = join(ROOT, 'scripts', 'bench-search.mjs');
  if (!existsSync(file))
    return {
      gap:
        'scripts/bench-search.mjs findes ikke (endnu): søgesidens egen måling mangler; ' +
        'kun Pagefind-API-målingen er med',
    };
  try {
    const mod = await import(pathToFileURL(file).href);
    if (typeof mod.measureSearch !== 'function')
      return { gap: 'scripts/bench-search.mjs eksporterer ikke measureSearch(baseUrl)' };
    return { result: await mod.measureSearch(baseUrl) };
  } catch (err) {
    return { gap: `scripts/bench-search.mjs fejlede: ${err instanceof Error ? err.message : String(err)}` };
  }
}
