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
//     production headers (scripts/bench-serve.mjs). Lighthouse is pinned in
//     tools/package.json, outside the default install: `npm run bench:install`
//   - search: bytes for a first query and cold/warm time to the first results
//     (scripts/bench-search.mjs `measureSearch(baseUrl)` where it exists; and
//     always a direct Pagefind JS API probe)
//   - scale: 200 and 2,000 synthetic case pages generated into a temporary copy
//     of the project (never into src/), build time and first-query bytes
//   - the test suite: wall and CPU time of each step of `npm test`, run in the
//     working tree, with the machine's load (scripts/bench-tests.mjs)
//
//   npm run bench                      everything
//   npm run bench -- --no-scale        skip the scale run
//   npm run bench -- --no-lighthouse   skip Lighthouse
//   npm run bench -- --no-tests        skip timing the test steps
//   npm run bench -- --only-tests      only time the test steps (--steps Byg,Browsertest: only those)
//   npm run bench -- --runs 3 --sizes 200,2000
//
// Parts: bench-project.mjs (temporary copy, timed build), bench-bytes.mjs,
// bench-lighthouse.mjs, bench-pagefind.mjs, bench-scale.mjs, bench-report.mjs,
// bench-tests.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, hostname, totalmem } from 'node:os';
import { join } from 'node:path';
import { weighByType } from './bench-bytes.mjs';
import { lighthouseMedian, lighthouseVersion, LIGHTHOUSE } from './bench-lighthouse.mjs';
import { QUERIES, helperSearch, pagefindProbe } from './bench-pagefind.mjs';
import { CHROME, CHROME_FLAGS, ROOT, build, dirBytes, log, seconds, tempProject } from './bench-project.mjs';
import { printReport } from './bench-report.mjs';
import { scaleRun } from './bench-scale.mjs';
import { startBenchServer } from './bench-serve.mjs';
import { printTestSteps, timeTestSteps } from './bench-tests.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('runs', 3));
const SIZES = String(opt('sizes', '200,2000')).split(',').map(Number).filter(Boolean);

function machine() {
  const version = (cmd, a) => {
    try {
      return execFileSync(cmd, a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .trim()
        .split('\n')[0];
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
    versions: {
      astro: pkg('astro'),
      pagefind: pkg('pagefind'),
      lighthouse: lighthouseVersion(),
      'playwright-core': pkg('playwright-core'),
    },
    commit: version('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
  };
}

const pagefindTime = (b) => (b.pagefindMs == null ? '–' : seconds(b.pagefindMs));
const STEP_NAMES = String(opt('steps', '')).split(',').filter(Boolean);

/** Times the test steps; returns the results for latest.json. */
function testSteps() {
  log(`Testtrinene${STEP_NAMES.length ? ` (${STEP_NAMES.join(', ')})` : ''}, i arbejdsmappen …`);
  const steps = timeTestSteps({ names: STEP_NAMES, log });
  printTestSteps(steps);
  return steps;
}

async function main() {
  if (flag('only-tests')) {
    const result = { machine: machine(), tests: testSteps() };
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'tests.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log('\nSkrev bench-results/tests.json');
    return;
  }
  const started = performance.now();
  const result = {
    machine: machine(),
    settings: {
      runs: RUNS,
      sizes: SIZES,
      chromeFlags: CHROME_FLAGS,
      lighthouse: 'mobil (standard), simuleret drosling',
      queries: QUERIES,
    },
  };
  log(
    `Maskine: ${result.machine.cpu}, ${result.machine.cores} kerner, ${result.machine.memoryGiB} GiB, ` +
      `Node ${result.machine.node}, ${result.machine.chromium}`,
  );

  // The measured build runs in a temporary copy of the working tree (fresh
  // caches, and the developer's own dist/ is left alone).
  const main = tempProject();
  const caseCount = readdirSync(join(main, 'src', 'content', 'cases')).filter((f) => f.endsWith('.mdx')).length;
  try {
    log(`1/5 Byg (i ${main}) …`);
    result.build = { ...build(main), cases: caseCount };
    log(
      `   astro ${seconds(result.build.astroMs)}, pagefind ${pagefindTime(result.build)} ` +
        `(${result.build.pagefindHow}), ${result.build.pages} sider`,
    );
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
        if (!lighthouseVersion())
          throw new Error(
            `Lighthouse er ikke installeret (${LIGHTHOUSE}). ` +
              'Kør først: npm run bench:install, eller brug --no-lighthouse.',
          );
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
  if (!flag('no-tests')) result.tests = testSteps();
  result.totalSeconds = Math.round((performance.now() - started) / 1000);

  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);

  printReport(result);
  console.log(`\nSkrev bench-results/latest.json (${result.totalSeconds} s i alt)`);
}

await main();
