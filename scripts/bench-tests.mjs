// How long the test suite takes, step by step: part of `npm run bench` (skip
// it with --no-tests; only it with --only-tests; some steps with
// --steps Byg,Browsertest). Timings belong here, never in a test: they depend
// on the machine and on what else it is doing, so the machine's load is
// recorded next to them.
//
// Each step of scripts/test.mjs runs in the working tree, as `npm test` runs
// it (the build writes dist/). Recorded per step: wall time, the CPU time its
// processes used (user + system of every process it waited for, Chromium
// included; from /proc on Linux, else not shown) and the 1-minute load average
// when it started.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { STEPS } from './test.mjs';

/** CPU seconds used by this process's finished children (Linux: cutime + cstime in /proc/self/stat), or null. */
function childCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5), counted from the state (field 3); in clock ticks of 1/100 s on Linux.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/**
 * Runs the named test steps (all when none are named) and times each.
 * @param {{ names?: string[]; log?: (line: string) => void }} options
 * @returns {{ step: string; seconds: number; cpuSeconds: number | null; load: number; ok: boolean }[]}
 */
export function timeTestSteps({ names = [], log = console.log } = {}) {
  const unknown = names.filter((n) => !STEPS.some((s) => s.name === n));
  if (unknown.length)
    throw new Error(`Ukendt testtrin: ${unknown.join(', ')}. Trinene hedder: ${STEPS.map((s) => s.name).join(', ')}.`);
  const steps = names.length ? STEPS.filter((s) => names.includes(s.name)) : STEPS;
  const results = [];
  for (const step of steps) {
    const load = loadavg()[0];
    const cpuBefore = childCpuSeconds();
    const started = performance.now();
    const run = spawnSync(step.cmd, step.args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      shell: process.platform === 'win32',
    });
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = childCpuSeconds();
    const cpuSeconds = cpuBefore == null || cpuAfter == null ? null : cpuAfter - cpuBefore;
    const ok = run.status === 0;
    results.push({ step: step.name, seconds, cpuSeconds, load, ok });
    log(`   ${step.name}: ${seconds.toFixed(1)} s${ok ? '' : ' (FEJL)'}`);
  }
  return results;
}

const fmt = (n) => (n == null ? '–' : `${n.toFixed(1).replace('.', ',')} s`);

/** Prints the step timings as a table (Danish decimal comma). */
export function printTestSteps(results) {
  const rows = [
    ['Trin', 'Tid', 'CPU-tid', 'Belastning ved start', 'Resultat'],
    ...results.map((r) => [
      r.step,
      fmt(r.seconds),
      fmt(r.cpuSeconds),
      r.load.toFixed(1).replace('.', ','),
      r.ok ? 'ok' : 'FEJL',
    ]),
  ];
  const total = results.reduce((sum, r) => sum + r.seconds, 0);
  const cpu = results.every((r) => r.cpuSeconds != null) ? results.reduce((s, r) => s + r.cpuSeconds, 0) : null;
  rows.push(['I alt', fmt(total), fmt(cpu), '', results.every((r) => r.ok) ? 'ok' : 'FEJL']);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`\nTesttrinene (${cpus().length} kerner; belastning = load average over 1 minut):`);
  for (const row of rows)
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}
