#!/usr/bin/env node
// The whole test suite, in order. Each step must pass; nothing is skipped.
//   1. unit tests (Vitest)            – schemas, vocabularies, lib modules
//   2. type check (astro check)       – TypeScript strict over .ts and .astro
//   3. build (astro build + Pagefind)
//   4. build-output tests (Vitest)    – pages, links, metadata, byte budgets over dist/
//   5. HTML validation (vnu-jar)      – W3C Nu HTML Checker over every page
//   6. link check (linkinator)        – every internal link and #fragment, served on 127.0.0.1
//   7. browser tests (Vitest + playwright-core + Debian Chromium)
// Each checker prints how many pages or links it checked.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Enhedstest', 'vitest', ['run', '--project', 'unit']],
  ['Typecheck', 'astro', ['check']],
  ['Byg', 'npm', ['run', 'build']],
  ['Build-test', 'vitest', ['run', '--project', 'build']],
  ['HTML-validering', 'node', ['scripts/check-html.mjs']],
  ['Linktjek', 'node', ['scripts/check-links.mjs']],
  ['Browsertest', 'vitest', ['run', '--project', 'e2e']],
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passed++;
    console.log(`=== ${name}: ok (${seconds} s)`);
  } else {
    failed++;
    console.log(`=== ${name}: FEJL (exit ${result.status ?? result.signal}, ${seconds} s)`);
    break;
  }
}
console.log(`\ntest steps: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
