#!/usr/bin/env node
// The W3C Nu HTML Checker (vnu-jar, on the machine's Java) over every HTML file
// in dist/: 0 errors allowed. Prints how many pages it checked.
//   node scripts/check-html.mjs [--dir dist]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { distHtmlFiles, distPagePaths } from './dist-files.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
const DIST = dirArg >= 0 ? args[dirArg + 1] : 'dist';
/** Files per Java run: keeps the command line short at any site size. */
const CHUNK = 400;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`vnu: ${DIST}/index.html mangler. Byg sitet først: npm run build`);
  process.exit(1);
}
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.status !== 0) {
  console.error('vnu: java findes ikke. Installér Java 17+ (Debian: apt-get install -y default-jre-headless).');
  process.exit(1);
}
const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
const files = distHtmlFiles(DIST);
const problems = [];
for (let i = 0; i < files.length; i += CHUNK) {
  const chunk = files.slice(i, i + CHUNK);
  const run = spawnSync(
    'java',
    ['-Xss16m', '-jar', jar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...chunk],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) {
    console.error(`vnu: Java stoppede med kode ${run.status ?? run.signal}\n${run.stderr}`);
    process.exit(1);
  }
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`vnu: kunne ikke læse svaret som JSON:\n${run.stdout.slice(0, 2000)}\n${run.stderr}`);
    process.exit(1);
  }
  for (const m of report.messages) {
    // "error", and "non-document-error" (a file vnu could not read) both fail.
    if (m.type === 'info') continue;
    const file = m.url ? relative(process.cwd(), new URL(m.url).pathname) : '(ukendt fil)';
    problems.push(
      `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'} ${m.type}: ${m.message}` +
        (m.extract ? `\n    …${m.extract.replace(/\s+/g, ' ')}…` : ''),
    );
  }
}

const pagesWithErrors = new Set(problems.map((p) => p.split(':')[0]));
for (const p of problems) console.error(p);
console.log(
  `vnu: ${files.length} HTML-sider kontrolleret i ${DIST}/, ${problems.length} fejl på ${pagesWithErrors.size} sider`,
);
// Every page the site has must have been checked (plus 404.html): fewer means
// the walk or the build is broken, not that the site is valid.
const pages = distPagePaths(DIST).map((p) => join(DIST, p, 'index.html'));
const unchecked = pages.filter((p) => !files.includes(p));
if (pages.length === 0 || unchecked.length) {
  const what =
    pages.length === 0 ? 'ingen sider fundet' : `${unchecked.length} sider ikke kontrolleret: ${unchecked.join(', ')}`;
  console.error(`vnu: ${what}; er bygget ufuldstændigt?`);
  process.exit(1);
}
process.exit(problems.length ? 1 : 0);
