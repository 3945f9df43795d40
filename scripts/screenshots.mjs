// npm run screenshots: PNGs of the key pages at a phone's and a laptop's width in
// docs/screenshots/, from the built site (run `npm run build` first). Each shows the
// first one and a half screens, so the files stay small and show what a reader meets
// first. Regenerate them whenever the look changes, and look at them.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const OUT = new URL('../docs/screenshots/', import.meta.url);
const WIDTHS = [
  { name: 'mobil', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];
/** Name, address and, for pages that fill in after loading, what to wait for. */
const PAGES = [
  { name: 'forside', path: '/' },
  { name: 'fase', path: '/procesguide/foer/' },
  { name: 'trin', path: '/procesguide/foer/rette-partnere/' },
  { name: 'case', path: '/cases/hjemloesestrategien/' },
  { name: 'sammenligning', path: '/cases/sammenligning/' },
  { name: 'matricer', path: '/cases/behov-og-forudsaetninger/' },
  { name: 'aftale', path: '/procesguide/aftale/' },
  { name: 'soegning', path: '/soeg/?q=finansiering', ready: '[data-search-results] > li' },
  { name: 'ordliste', path: '/ordliste/' },
  { name: 'tjekliste', path: '/procesguide/tjekliste/' },
  { name: 'notat', path: '/viden/partnerskaber-5-10-aar/' },
];

if (!existsSync('dist/index.html')) throw new Error('dist/ mangler: kør `npm run build` først.');
if (!existsSync(CHROMIUM)) throw new Error(`Chromium findes ikke på ${CHROMIUM} (apt-get install -y chromium).`);
mkdirSync(OUT, { recursive: true });

const { url, close } = await startServer({ dir: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
try {
  for (const size of WIDTHS) {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    for (const page of PAGES) {
      const tab = await context.newPage();
      await tab.goto(url + page.path, { waitUntil: 'load' });
      if (page.ready) await tab.waitForSelector(page.ready, { timeout: 15_000 });
      await tab.evaluate(() => document.fonts.ready);
      const full = await tab.evaluate(() => document.documentElement.scrollHeight);
      const file = new URL(`${page.name}-${size.name}.png`, OUT);
      const height = Math.min(full, Math.round(size.height * 1.5));
      await tab.screenshot({ path: fileURLToPath(file), clip: { x: 0, y: 0, width: size.width, height } });
      console.log(`docs/screenshots/${page.name}-${size.name}.png: ${Math.round(statSync(file).size / 1024)} KB`);
      await tab.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await close();
}
