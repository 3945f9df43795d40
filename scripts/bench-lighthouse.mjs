// Lighthouse for the benchmark: mobile preset, median of several runs, Debian
// Chromium. Lighthouse is not in the default install (about 160 MB): it is
// pinned in tools/package.json; `npm run bench:install` installs it.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME, CHROME_FLAGS, ROOT, median } from './bench-project.mjs';

export const LIGHTHOUSE = join(ROOT, 'tools', 'node_modules', '.bin', 'lighthouse');

/** The installed Lighthouse version, or null when tools/ is not installed. */
export function lighthouseVersion() {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'tools', 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

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
      LIGHTHOUSE,
      [
        url,
        '--output=json',
        `--output-path=${report}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ],
      { stdio: ['ignore', fd, fd], env: { ...process.env, CHROME_PATH: CHROME }, timeout: 180_000 },
    );
    if (r.status !== 0 || !existsSync(report))
      throw new Error(
        `lighthouse fejlede for ${url} (exit ${r.status ?? r.signal}): ${readFileSync(logFile, 'utf8').slice(-1500)}`,
      );
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
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => a.id),
  };
}

export async function lighthouseMedian(url, runs) {
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
  for (const key of [
    'performance',
    'accessibility',
    'bestPractices',
    'seo',
    'lcpMs',
    'tbtMs',
    'cls',
    'fcpMs',
    'transferBytes',
  ])
    m[key] = median(all.map((r) => r[key]));
  m.runs = all.length;
  m.failedRuns = errors.length;
  m.lighthouseVersion = all[0]?.lighthouseVersion;
  m.failedAudits = [...new Set(all.flatMap((r) => r.failedAudits))];
  return m;
}
