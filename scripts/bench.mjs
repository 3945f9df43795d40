#!/usr/bin/env node
// The benchmark: `npm run bench`. Not a test and never in CI (it takes minutes
// and its figures depend on the machine). It builds the site and prints a
// table, and writes bench-results/latest.json, of:
//   - build time: astro and pagefind separately
//   - per page type (the heaviest page of each type): what a first visit
//     transfers, by type, gzip -9 (scripts/bench-bytes.mjs, the same numbers
//     the byte budget test checks), fonts separately
//   - Lighthouse 13, mobile preset, median of 3 runs per page type: the four
//     category scores and LCP, TBT, CLS (Debian Chromium, CHROME_PATH,
//     --headless=new --no-sandbox), against a local gzip server with the
//     production headers (scripts/bench-serve.mjs)
//   - search: bytes for a first query and cold/warm time to the first results
//     (scripts/bench-search.mjs `measureSearch(baseUrl)` where it exists; and
//     always a direct Pagefind JS API probe)
//   - scale: 200 and 2,000 synthetic case pages generated into a temporary copy
//     of the project (never into src/), build time and first-query bytes
//
//   npm run bench                      everything
//   npm run bench -- --no-scale        skip the scale run
//   npm run bench -- --no-lighthouse   skip Lighthouse
//   npm run bench -- --runs 3 --sizes 200,2000
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, openSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, hostname, tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { kb, pagePaths, weighByType } from './bench-bytes.mjs';
import { startBenchServer } from './bench-serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', 3));
const SIZES = String(opt('sizes', '200,2000')).split(',').map(Number).filter(Boolean);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const BIN = join(ROOT, 'node_modules', '.bin');
const QUERIES = { cold: 'partnerskab', warm: 'hjemløse' };

const log = (...a) => console.error(...a);
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function machine() {
  const version = (cmd, a) => {
    try {
      return execFileSync(cmd, a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0];
    } catch {
      return null;
    }
  };
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return null;
    }
  };
  return {
    date: new Date().toISOString(),
    host: hostname(),
    cpu: cpus()[0]?.model ?? 'ukendt',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round(freemem() / 2 ** 30),
    node: process.version,
    chromium: version(CHROME, ['--version']),
    versions: { astro: pkg('astro'), pagefind: pkg('pagefind'), lighthouse: pkg('lighthouse'), 'playwright-core': pkg('playwright-core') },
    commit: version('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
  };
}

// --- build ----------------------------------------------------------------

/** The commands `npm run build` runs: "astro build" first, the rest (Pagefind) after it. */
function buildSteps(cwd) {
  const script = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts?.build ?? 'astro build';
  const parts = script.split('&&').map((s) => s.trim()).filter(Boolean);
  const astro = parts.find((p) => /^astro\s+build\b/.test(p)) ?? 'astro build';
  const rest = parts.filter((p) => p !== astro);
  return { astro, rest, script };
}

function run(cmd, cwd, env = {}) {
  const started = performance.now();
  const r = spawnSync(cmd, { cwd, shell: true, encoding: 'utf8', env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ...env }, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`"${cmd}" fejlede i ${cwd} (exit ${r.status}):\n${(r.stdout ?? '').slice(-3000)}\n${(r.stderr ?? '').slice(-3000)}`);
  return { ms, out: `${r.stdout}\n${r.stderr}` };
}

/** Builds the project in `cwd`; times astro and Pagefind separately. */
function build(cwd) {
  const { astro, rest, script } = buildSteps(cwd);
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
  const a = run(astro, cwd);
  let pagefindMs = null;
  let how;
  if (rest.length) {
    pagefindMs = rest.reduce((s, cmd) => s + run(cmd, cwd).ms, 0);
    how = rest.join(' && ');
  } else if (existsSync(join(cwd, 'dist', 'pagefind'))) {
    how = 'inde i astro build (integration); tiden er med i astro-tallet';
  } else {
    // The build does not run Pagefind (yet): index with the CLI's defaults so search can be measured.
    pagefindMs = run('pagefind --site dist', cwd).ms;
    how = 'pagefind --site dist (bygget kører ikke Pagefind; CLI med standardindstillinger)';
  }
  const pages = (a.out.match(/(\d+) page\(s\) built/) ?? [])[1];
  return { script, astroMs: a.ms, pagefindMs, pagefindHow: how, pages: pages ? Number(pages) : pagePaths(join(cwd, 'dist')).length };
}

// --- Lighthouse -----------------------------------------------------------

/** Runs a command without blocking the event loop (the bench server lives in this process). */
function runAsync(cmd, args, options) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, options);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 180_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolvePromise({ status, signal });
    });
  });
}

async function lighthouseOnce(url) {
  // Report and log go to files: Chromium's helper processes inherit the
  // child's stdio and can keep a pipe open after Lighthouse has finished.
  // Asynchronous: a spawnSync here would block the in-process bench server
  // and Lighthouse would wait for its page until the timeout.
  const dir = mkdtempSync(join(tmpdir(), 'pg-lighthouse-'));
  const report = join(dir, 'report.json');
  const logFile = join(dir, 'log.txt');
  const fd = openSync(logFile, 'w');
  let lhr;
  try {
    const r = await runAsync(
      join(BIN, 'lighthouse'),
      [url, '--output=json', `--output-path=${report}`, '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${CHROME_FLAGS.join(' ')}`],
      { stdio: ['ignore', fd, fd], env: { ...process.env, CHROME_PATH: CHROME }, timeout: 180_000 },
    );
    if (r.status !== 0 || !existsSync(report)) throw new Error(`lighthouse fejlede for ${url} (exit ${r.status ?? r.signal}): ${readFileSync(logFile, 'utf8').slice(-1500)}`);
    lhr = JSON.parse(readFileSync(report, 'utf8'));
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const num = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    fcpMs: num('first-contentful-paint'),
    transferBytes: num('total-byte-weight'),
    lighthouseVersion: lhr.lighthouseVersion,
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => a.id),
  };
}

async function lighthouseMedian(url, runs) {
  const all = [];
  const errors = [];
  // Headless Chromium now and then fails a Lighthouse navigation (NO_NAVSTART):
  // such a run is retried, up to `runs` extra attempts in all.
  for (let attempts = 0; all.length < runs && attempts < runs * 2; attempts++) {
    try {
      all.push(await lighthouseOnce(url));
    } catch (err) {
      errors.push(err instanceof Error ? err.message.split('\n')[0] : String(err));
    }
  }
  if (!all.length) throw new Error(errors.join('; '));
  const m = {};
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls', 'fcpMs', 'transferBytes']) m[key] = median(all.map((r) => r[key]));
  m.runs = all.length;
  m.failedRuns = errors.length;
  m.lighthouseVersion = all[0]?.lighthouseVersion;
  m.failedAudits = [...new Set(all.flatMap((r) => r.failedAudits))];
  return m;
}

// --- search ---------------------------------------------------------------

/**
 * First query through Pagefind's own JS API in Chromium (no UI): from a page
 * that has loaded nothing of Pagefind, import pagefind.js, search, load the
 * first five results' data. Bytes are what came over the wire (gzip where the
 * server compresses), per query; cold = fresh browser context, warm = the next
 * query on the same page. Median of `runs`.
 */
async function pagefindProbe(baseUrl, runs) {
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const bytes = { current: 0, files: 0 };
      context.on('requestfinished', async (req) => {
        if (!req.url().includes('/pagefind/')) return;
        const res = await req.response();
        const length = Number((await res?.headerValue('content-length')) ?? 0);
        bytes.current += length;
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
      results.push({ coldMs: cold.ms, coldBytes, coldFiles, coldResults: cold.results, warmMs: warm.ms, warmBytes: bytes.current, warmResults: warm.results, consoleErrors: violations });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    method: `Pagefind JS API i Chromium: "${QUERIES.cold}" (kold, ny browserkontekst) og derefter "${QUERIES.warm}" (varm), 5 første resultaters data, median af ${runs}`,
    firstQueryBytes: median(results.map((r) => r.coldBytes)),
    firstQueryFiles: median(results.map((r) => r.coldFiles)),
    coldMs: median(results.map((r) => r.coldMs)),
    warmMs: median(results.map((r) => r.warmMs)),
    warmQueryBytes: median(results.map((r) => r.warmBytes)),
    results: results[0]?.coldResults,
    consoleErrors: [...new Set(results.flatMap((r) => r.consoleErrors))],
  };
}

async function helperSearch(baseUrl) {
  const file = join(ROOT, 'scripts', 'bench-search.mjs');
  if (!existsSync(file)) return { gap: 'scripts/bench-search.mjs findes ikke (endnu): søgesidens egen måling mangler; kun Pagefind-API-målingen er med' };
  try {
    const mod = await import(pathToFileURL(file).href);
    if (typeof mod.measureSearch !== 'function') return { gap: 'scripts/bench-search.mjs eksporterer ikke measureSearch(baseUrl)' };
    return { result: await mod.measureSearch(baseUrl) };
  } catch (err) {
    return { gap: `scripts/bench-search.mjs fejlede: ${err instanceof Error ? err.message : String(err)}` };
  }
}

// --- scale run ------------------------------------------------------------

/** Small deterministic PRNG, so the synthetic corpus is the same on every run. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Plain paragraphs and ## headings from the real case texts (no components, footnotes or lists). */
function corpus(casesDir) {
  const paragraphs = [];
  const headings = [];
  const frontmatters = [];
  for (const f of readdirSync(casesDir).filter((n) => n.endsWith('.mdx'))) {
    const text = readFileSync(join(casesDir, f), 'utf8');
    const [, fm, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    if (!fm) continue;
    frontmatters.push(fm);
    for (const block of body.split(/\n\s*\n/)) {
      const b = block.trim();
      if (/^## [^#]/.test(b) && !b.includes('\n')) headings.push(b.slice(3));
      else if (b.length > 80 && !/^[<#\-*>|\d[]/.test(b) && !b.includes('[^') && !b.includes('<') && !b.includes('{')) paragraphs.push(b);
    }
  }
  return { paragraphs, headings, frontmatters };
}

const SYLLABLES = ['ka', 'lo', 'mer', 'vik', 'sun', 'de', 'rup', 'holm', 'by', 'sted', 'bjerg', 'ager', 'strup', 'lev', 'mose', 'has', 'tor', 'nes', 'gård', 'dal'];

function syntheticCase(i, { paragraphs, headings, frontmatters }, rand) {
  const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
  const place = word().replace(/^./, (c) => c.toUpperCase());
  const title = `Syntetisk partnerskab ${i} i ${place}`;
  let fm = frontmatters[i % frontmatters.length];
  const set = (key, value) => {
    fm = fm.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`);
  };
  set('number', String(1000 + i));
  set('title', JSON.stringify(title));
  set('shortTitle', JSON.stringify(`Syntetisk ${i}`));
  set('partnership', JSON.stringify(`Partnerskabet i ${place}`));
  set('description', JSON.stringify(`Syntetisk case nr. ${i} til skalamålingen: tekst sammensat af de rigtige cases' afsnit.`));
  const body = [];
  for (let s = 0; s < 4; s++) {
    body.push(`## ${headings[Math.floor(rand() * headings.length)] ?? `Afsnit ${s + 1}`}`);
    for (let p = 0; p < 3; p++) body.push(paragraphs[Math.floor(rand() * paragraphs.length)]);
    body.push(`I ${place} kalder parterne arbejdet for ${word()} og ${word()}.`);
  }
  return `---\n${fm}\n---\n\n${body.join('\n\n')}\n`;
}

/** A copy of the project in a temporary folder: sources only, node_modules linked package by package. */
function tempProject() {
  const dir = mkdtempSync(join(tmpdir(), 'partnerskabsguiden-bench-'));
  const skip = new Set(['node_modules', 'dist', '.git', '.astro', 'bench-results']);
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !(src !== ROOT && skip.has(basename(src)) && resolve(src, '..') === ROOT) });
  // Own node_modules folder (own caches), packages linked from the real one.
  const nm = join(dir, 'node_modules');
  mkdirSync(nm);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(nm, name));
  }
  return dir;
}

async function scaleRun(size, runs) {
  const dir = tempProject();
  try {
    const casesDir = join(dir, 'src', 'content', 'cases');
    const source = corpus(casesDir);
    const rand = prng(size);
    // The real schema allows case numbers 1–9 (the collection has nine); the
    // synthetic cases are numbered from 1001, so the copy's limit is lifted.
    const schemaFile = join(dir, 'src', 'lib', 'schemas.ts');
    writeFileSync(schemaFile, readFileSync(schemaFile, 'utf8').replace(/number: z\.number\(\)\.int\(\)\.min\(1\)\.max\(9\)/, 'number: z.number().int().min(1)'));
    for (let i = 1; i <= size; i++) writeFileSync(join(casesDir, `syntetisk-${i}.mdx`), syntheticCase(i, source, rand));
    log(`  skala ${size}: ${size} syntetiske cases skrevet i ${casesDir}; bygger …`);
    const b = build(dir);
    const types = weighByType(join(dir, 'dist'), { content: join(dir, 'src', 'content') });
    const caseType = types.find((t) => t.type === 'case');
    const index = types.find((t) => t.type === 'caseoversigt');
    const server = await startBenchServer(join(dir, 'dist'));
    let search;
    try {
      search = await pagefindProbe(server.url, runs);
    } finally {
      await server.close();
    }
    const pagefindBytes = dirBytes(join(dir, 'dist', 'pagefind'));
    return {
      syntheticCases: size,
      pages: b.pages,
      astroMs: b.astroMs,
      pagefindMs: b.pagefindMs,
      pagefindHow: b.pagefindHow,
      casePageHeaviest: caseType?.heaviest ? { path: caseType.heaviest.path, total: caseType.heaviest.total } : null,
      caseIndex: index?.heaviest ? { total: index.heaviest.total, html: index.heaviest.html } : null,
      pagefindIndexBytes: pagefindBytes,
      search,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function dirBytes(dir) {
  if (!existsSync(dir)) return null;
  let total = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) total += readFileSync(join(e.parentPath, e.name)).length;
  return total;
}

// --- report ---------------------------------------------------------------

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i]))).join('  ')).join('\n');
}
const fmt = (v, digits = 0) => (v == null ? '–' : Number(v).toFixed(digits));

async function main() {
  const started = performance.now();
  const result = { machine: machine(), settings: { runs: RUNS, sizes: SIZES, chromeFlags: CHROME_FLAGS, lighthouse: 'mobil (standard), simuleret drosling', queries: QUERIES } };
  log(`Maskine: ${result.machine.cpu}, ${result.machine.cores} kerner, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}, ${result.machine.chromium}`);

  // The measured build runs in a temporary copy of the working tree (fresh
  // caches, and the developer's own dist/ is left alone).
  const main = tempProject();
  try {
    log(`1/5 Byg (i ${main}) …`);
    result.build = build(main);
    log(`   astro ${seconds(result.build.astroMs)}, pagefind ${result.build.pagefindMs == null ? '–' : seconds(result.build.pagefindMs)} (${result.build.pagefindHow}), ${result.build.pages} sider`);
    result.build.pagefindIndexBytes = dirBytes(join(main, 'dist', 'pagefind'));

    log('2/5 Bytes pr. sidetype …');
    const types = weighByType(join(main, 'dist'), { content: join(main, 'src', 'content') });
    result.pageTypes = types.map((t) => ({
      type: t.type,
      pages: t.pages,
      path: t.heaviest.path,
      htmlGz: t.heaviest.html,
      cssGz: t.heaviest.css,
      jsGz: t.heaviest.js,
      otherGz: t.heaviest.other,
      totalGz: t.heaviest.total,
      fonts: t.heaviest.fonts,
    }));

    const server = await startBenchServer(join(main, 'dist'));
    try {
      if (!flag('no-lighthouse')) {
        log(`3/5 Lighthouse (${RUNS} kørsler pr. sidetype) …`);
        for (const t of result.pageTypes) {
          log(`   ${t.type}: ${t.path}`);
          try {
            t.lighthouse = await lighthouseMedian(server.url + t.path, RUNS);
          } catch (err) {
            t.lighthouse = { error: err instanceof Error ? err.message : String(err) };
          }
        }
      }
      log('4/5 Søgning …');
      result.search = { helper: await helperSearch(server.url), pagefindApi: await pagefindProbe(server.url, RUNS) };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(main, { recursive: true, force: true });
  }

  result.scale = [];
  if (!flag('no-scale')) {
    log(`5/5 Skalakørsel: ${SIZES.join(', ')} syntetiske cases …`);
    for (const size of SIZES) result.scale.push(await scaleRun(size, RUNS));
  }
  result.totalSeconds = Math.round((performance.now() - started) / 1000);

  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);

  // --- print ---
  const m = result.machine;
  console.log(`\nPartnerskabsguiden – måling ${m.date.slice(0, 10)}, ${m.cpu}, ${m.cores} kerner, ${m.memoryGiB} GiB, Node ${m.node}, ${m.chromium}, Lighthouse ${m.versions.lighthouse}, commit ${m.commit}`);
  console.log(`\nByg: astro ${seconds(result.build.astroMs)}, pagefind ${result.build.pagefindMs == null ? '–' : seconds(result.build.pagefindMs)} (${result.build.pagefindHow}), ${result.build.pages} sider`);
  console.log('\nFørste besøg pr. sidetype (tungeste side, gzip -9; fonte for sig) og Lighthouse mobil (median af ' + RUNS + '):');
  console.log(
    table([
      ['sidetype', 'side', 'HTML', 'CSS', 'JS', 'i alt', 'fonte', 'perf', 'a11y', 'bp', 'seo', 'LCP ms', 'TBT ms', 'CLS'],
      ...result.pageTypes.map((t) => [
        t.type,
        t.path,
        kb(t.htmlGz),
        kb(t.cssGz),
        kb(t.jsGz),
        kb(t.totalGz),
        kb(t.fonts),
        fmt(t.lighthouse?.performance),
        fmt(t.lighthouse?.accessibility),
        fmt(t.lighthouse?.bestPractices),
        fmt(t.lighthouse?.seo),
        fmt(t.lighthouse?.lcpMs),
        fmt(t.lighthouse?.tbtMs),
        fmt(t.lighthouse?.cls, 3),
      ]),
    ]),
  );
  const lhErrors = result.pageTypes.filter((t) => t.lighthouse?.error);
  for (const t of lhErrors) console.log(`  Lighthouse-fejl på ${t.path}: ${t.lighthouse.error.split('\n')[0]}`);
  const s = result.search.pagefindApi;
  console.log(`\nSøgning (${s.method}):\n  første forespørgsel ${kb(s.firstQueryBytes ?? 0)} i ${fmt(s.firstQueryFiles)} filer, kold ${fmt(s.coldMs)} ms, varm ${fmt(s.warmMs)} ms (${fmt(s.warmQueryBytes)} bytes mere), ${s.results} resultater`);
  if (result.search.helper.gap) console.log(`  Søgesidens måling: HUL – ${result.search.helper.gap}`);
  else console.log(`  Søgesidens måling (scripts/bench-search.mjs): ${JSON.stringify(result.search.helper.result)}`);
  if (result.scale.length) {
    console.log('\nSkala (syntetiske cases i en midlertidig kopi):');
    console.log(
      table([
        ['cases', 'sider', 'astro', 'pagefind', 'indeks', '1. søgning', 'kold ms', 'varm ms', 'caseoversigt gz'],
        ...[
          { syntheticCases: 0, pages: result.build.pages, astroMs: result.build.astroMs, pagefindMs: result.build.pagefindMs, pagefindIndexBytes: result.build.pagefindIndexBytes, search: s, caseIndex: { total: result.pageTypes.find((t) => t.type === 'caseoversigt')?.totalGz } },
          ...result.scale,
        ].map((r) => [
          `9 + ${r.syntheticCases}`,
          r.pages,
          seconds(r.astroMs),
          r.pagefindMs == null ? '–' : seconds(r.pagefindMs),
          r.pagefindIndexBytes == null ? '–' : kb(r.pagefindIndexBytes),
          kb(r.search?.firstQueryBytes ?? 0),
          fmt(r.search?.coldMs),
          fmt(r.search?.warmMs),
          r.caseIndex?.total == null ? '–' : kb(r.caseIndex.total),
        ]),
      ]),
    );
  }
  console.log(`\nSkrev bench-results/latest.json (${result.totalSeconds} s i alt)`);
}

await main();
