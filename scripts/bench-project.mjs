// Shared by the benchmark's parts (scripts/bench*.mjs) and the growth test
// (tests/build/growth.test.ts): the project root, a temporary copy of the
// project with node_modules linked, and timed builds.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pagePaths } from './bench-bytes.mjs';
import { distFiles } from './dist-files.mjs';

export const ROOT = resolve(import.meta.dirname, '..');
export const BIN = join(ROOT, 'node_modules', '.bin');
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

export const log = (...a) => console.error(...a);
export const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The commands `npm run build` runs: "astro build" first (or scripts/build.mjs, which runs it with a shorter
 * log), the rest (Pagefind, the service worker) after it.
 */
export function buildSteps(cwd) {
  const script = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts?.build ?? 'astro build';
  const parts = script
    .split('&&')
    .map((s) => s.trim())
    .filter(Boolean);
  const astro = parts.find((p) => /^(astro\s+build|node\s+scripts\/build\.mjs)\b/.test(p)) ?? 'astro build';
  const rest = parts.filter((p) => p !== astro);
  return { astro, rest, script };
}

export function run(cmd, cwd, env = {}) {
  const started = performance.now();
  const r = spawnSync(cmd, {
    cwd,
    shell: true,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (r.status !== 0)
    throw new Error(
      `"${cmd}" fejlede i ${cwd} (exit ${r.status}):\n` +
        `${(r.stdout ?? '').slice(-3000)}\n${(r.stderr ?? '').slice(-3000)}`,
    );
  return { ms, out: `${r.stdout}\n${r.stderr}` };
}

/** Builds the project in `cwd`; times astro and Pagefind separately. */
export function build(cwd) {
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
  return {
    script,
    astroMs: a.ms,
    pagefindMs,
    pagefindHow: how,
    pages: pages ? Number(pages) : pagePaths(join(cwd, 'dist')).length,
  };
}

/** A copy of the project in a temporary folder: sources only, node_modules linked package by package. */
export function tempProject(root = ROOT, prefix = 'partnerskabsguiden-bench-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const skipAtTop = new Set(['dist', '.git', '.astro', 'bench-results']);
  cpSync(root, dir, {
    recursive: true,
    filter: (src) =>
      basename(src) !== 'node_modules' &&
      !(src !== root && skipAtTop.has(basename(src)) && resolve(src, '..') === root),
  });
  // Own node_modules folder (own caches), packages linked from the real one.
  const nm = join(dir, 'node_modules');
  mkdirSync(nm);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(root, 'node_modules', name), join(nm, name));
  }
  return dir;
}

export function dirBytes(dir) {
  if (!existsSync(dir)) return null;
  return distFiles(dir).reduce((sum, f) => sum + statSync(join(dir, f.slice(1))).size, 0);
}
