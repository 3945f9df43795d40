#!/usr/bin/env node
// The whole test suite, in order. Each step must pass; nothing is skipped.
//   0. lint (Biome)                   – one code style and the code rules (npm run lint)
//   1. unit tests (Vitest)            – schemas, vocabularies, lib modules
//   2. type check (astro check)       – TypeScript strict over .ts and .astro
//   3. build (astro build + Pagefind)
//   4. build-output tests (Vitest)    – pages, metadata, byte budgets over dist/, and the one link
//                                       check: every internal link, #fragment and loaded file
//                                       (tests/build/pages.test.ts names the page and the link)
//   5. HTML validation (vnu-jar)      – W3C Nu HTML Checker over every page
//   6. browser tests (Vitest + playwright-core + Debian Chromium)
// Each checker prints how many pages or links it checked.
//
//   node scripts/test.mjs                 every step
//   node scripts/test.mjs Byg Build-test  only the named steps (refused in CI)
//
// A test run that cannot pass on nothing: an unknown step name fails, a Vitest
// step that ran zero tests fails, and a skipped test (it.skip, it.runIf(false),
// it.todo) fails the step. With CI=true every step runs. A failed step does not
// stop the ones after it, except the build, which they all depend on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const STEPS = [
  { name: 'Lint', cmd: 'biome', args: ['check', '.'] },
  { name: 'Enhedstest', cmd: 'vitest', args: ['run', '--project', 'unit'], vitest: true },
  { name: 'Typecheck', cmd: 'astro', args: ['check'] },
  { name: 'Byg', cmd: 'npm', args: ['run', 'build'], requiredByLater: true },
  { name: 'Build-test', cmd: 'vitest', args: ['run', '--project', 'build'], vitest: true },
  { name: 'HTML-validering', cmd: 'node', args: ['scripts/check-html.mjs'] },
  { name: 'Browsertest', cmd: 'vitest', args: ['run', '--project', 'e2e'], vitest: true },
];

/**
 * Which steps to run for the given arguments, or a Danish error message.
 * @param {string[]} names
 * @param {boolean} ci
 * @returns {{ steps: typeof STEPS } | { error: string }}
 */
export function selectSteps(names, ci) {
  if (names.length === 0) return { steps: STEPS };
  if (ci) return { error: `I CI kører alle trin; fjern ${names.join(' ')} fra kommandoen.` };
  const known = STEPS.map((s) => s.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) return { error: `Ukendt trin: ${unknown.join(', ')}. Trinene hedder: ${known.join(', ')}.` };
  return { steps: STEPS.filter((s) => names.includes(s.name)) };
}

/**
 * Judges a Vitest JSON report: a step passes only if it ran tests, none failed
 * and none were skipped.
 * @param {{ numTotalTests: number; numPassedTests: number; numFailedTests: number;
 *   numPendingTests: number; numTodoTests: number; numFailedTestSuites?: number }} report
 * @returns {string | null} null when fine, else why not (Danish)
 */
export function judgeVitest(report) {
  const skipped = report.numPendingTests + report.numTodoTests;
  if (report.numFailedTests > 0 || (report.numFailedTestSuites ?? 0) > 0)
    return `${report.numFailedTests} test fejlede`;
  if (report.numTotalTests === 0 || report.numPassedTests === 0) return 'ingen test kørte';
  if (skipped > 0) return `${skipped} test sprunget over (en test må ikke springe sig selv over)`;
  return null;
}

function runStep(step) {
  if (!step.vitest) {
    const result = spawnSync(step.cmd, step.args, { stdio: 'inherit', shell: process.platform === 'win32' });
    return result.status === 0 ? { ok: true } : { ok: false, why: `exit ${result.status ?? result.signal}` };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pg-vitest-'));
  const json = join(dir, 'report.json');
  try {
    const args = [...step.args, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`];
    const result = spawnSync(step.cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    let report;
    try {
      report = JSON.parse(readFileSync(json, 'utf8'));
    } catch {
      return { ok: false, why: `ingen testrapport fra Vitest (exit ${result.status ?? result.signal})` };
    }
    const why = judgeVitest(report);
    const counts = `${report.numPassedTests} test bestået`;
    if (why) return { ok: false, why: `${why}; ${counts}` };
    if (result.status !== 0) return { ok: false, why: `exit ${result.status ?? result.signal}; ${counts}` };
    return { ok: true, note: counts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  const ci = /^(1|true)$/i.test(process.env.CI ?? '');
  const selected = selectSteps(process.argv.slice(2), ci);
  if ('error' in selected) {
    console.error(selected.error);
    console.log('\ntest steps: 0 passed, 1 failed');
    process.exit(1);
  }
  let passed = 0;
  let failed = 0;
  for (const step of selected.steps) {
    console.log(`\n=== ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
    const started = Date.now();
    const outcome = runStep(step);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (outcome.ok) {
      passed++;
      console.log(`=== ${step.name}: ok (${outcome.note ? `${outcome.note}, ` : ''}${seconds} s)`);
    } else {
      failed++;
      console.log(`=== ${step.name}: FEJL (${outcome.why}, ${seconds} s)`);
      // The steps after the build test dist/: without a build they cannot run.
      // After any other failure the rest still run, so one run shows every problem.
      if (step.requiredByLater) {
        console.log(`=== De følgende trin kræver ${step.name} og køres ikke.`);
        break;
      }
    }
  }
  console.log(`\ntest steps: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
