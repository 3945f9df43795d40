// Search measured through the search page itself, as a user meets it (used by
// scripts/bench.mjs; not a test). In Chromium against the bench server (gzip,
// production headers): open /soeg/, then type a query and press Enter.
//   cold: a fresh browser context, the first query (Pagefind's JS, WebAssembly,
//         index chunks and fragments all fetched now)
//   warm: the next query on the same page
// Time = from Enter to the first result in the list; bytes = everything the
// query fetched over the wire (Content-Length of the compressed responses,
// counted until 1.5 s after the first result).
import { chromium } from 'playwright-core';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const COLD = 'partnerskab';
const WARM = 'hjemløse';
const RUNS = 3;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function one(browser, baseUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/soeg/`);
  await page.waitForLoadState('networkidle');
  const ask = async (q) => {
    // This query's requests: each one's Content-Length (the compressed body), read
    // after the list has settled (1.5 s after the first result).
    const seen = [];
    const onFinished = (req) =>
      seen.push(
        req
          .response()
          .then((res) => res?.headerValue('content-length'))
          .then((n) => Number(n ?? 0)),
      );
    page.on('requestfinished', onFinished);
    await page.fill('#soeg-q', q);
    const t0 = await page.evaluate(() => performance.now());
    await page.press('#soeg-q', 'Enter');
    await page.waitForSelector('[data-search-results] > li');
    const ms = (await page.evaluate(() => performance.now())) - t0;
    await page.waitForTimeout(1500);
    page.off('requestfinished', onFinished);
    const sizes = await Promise.all(seen);
    return {
      ms,
      bytes: sizes.reduce((s, n) => s + n, 0),
      files: sizes.length,
      results: await page.locator('[data-search-results] > li').count(),
    };
  };
  const cold = await ask(COLD);
  const warm = await ask(WARM);
  await context.close();
  return { cold, warm, cls: await layoutShift(browser, `${baseUrl}/soeg/?q=${encodeURIComponent(COLD)}`) };
}

/**
 * Cumulative layout shift of the search page arriving with a query (the header
 * form's way in): load, the script replacing nothing, the results coming in.
 */
async function layoutShift(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.waitForSelector('[data-search-results] > li');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.__cls);
  await context.close();
  return cls;
}

export async function measureSearch(baseUrl) {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++) runs.push(await one(browser, baseUrl));
  } finally {
    await browser.close();
  }
  return {
    method:
      `søgesiden i Chromium: »${COLD}« (kold, ny kontekst), så »${WARM}« (varm), ` +
      `Enter → første resultat, median af ${RUNS}`,
    firstQueryBytes: median(runs.map((r) => r.cold.bytes)),
    firstQueryFiles: median(runs.map((r) => r.cold.files)),
    coldMs: Math.round(median(runs.map((r) => r.cold.ms))),
    warmMs: Math.round(median(runs.map((r) => r.warm.ms))),
    warmQueryBytes: median(runs.map((r) => r.warm.bytes)),
    searchPageCls: Number(median(runs.map((r) => r.cls)).toFixed(3)),
  };
}
