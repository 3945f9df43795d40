#!/usr/bin/env node
// linkinator over the built site, served by scripts/serve.mjs on a free
// loopback port: crawls from the home page, follows every internal link,
// checks #fragments and CSS url()s, and fails on any broken one. External
// links are skipped by a test that only ever matches another origin (never the
// local server's), and the number of links checked must exceed a floor, so a
// crawl that checks nothing cannot pass.
//   node scripts/check-links.mjs [--dir dist]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { distHtmlFiles, distPagePaths } from './dist-files.mjs';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
const DIST = dirArg >= 0 ? args[dirArg + 1] : 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`linkinator: ${DIST}/index.html mangler. Byg sitet først: npm run build`);
  process.exit(1);
}

const pagesInDist = distHtmlFiles(DIST).length;
const { url: base, close } = await startServer({ dir: DIST, port: 0, host: '127.0.0.1' });
const origin = new URL(base).origin;

const checker = new LinkChecker();
const crawled = new Set();
checker.on('pagestart', (u) => crawled.add(String(u).split('#')[0]));
let result;
try {
  result = await checker.check({
    path: `${base}/`,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    redirects: 'error',
    concurrency: 20,
    timeout: 20_000,
    // Anything not on the local server is external: skipped (this site links out
    // to sources only as citations; their availability is not a build property).
    linksToSkip: async (link) => {
      try {
        return new URL(link).origin !== origin;
      } catch {
        return false;
      }
    },
  });
} finally {
  await close();
}

const checked = result.links.filter((l) => l.state !== LinkState.SKIPPED);
const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
const skipped = result.links.length - checked.length;
const rel = (u) => (u?.startsWith(origin) ? u.slice(origin.length) : u);
const byTarget = new Map();
for (const l of broken) {
  const why = (l.failureDetails ?? []).map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ');
  const key = `${rel(l.url)} (status ${l.status ?? '-'}${why ? `, ${why}` : ''})`;
  byTarget.set(key, [...(byTarget.get(key) ?? []), rel(l.parent) ?? '?']);
}
for (const [target, from] of byTarget) {
  console.error(
    `BRUDT: ${target} på ${from.length} sider: ${from.slice(0, 3).join(', ')}${from.length > 3 ? ' …' : ''}`,
  );
}
const htmlCrawled = [...crawled].filter((u) => new URL(u).origin === origin).length;
console.log(
  `linkinator: ${checked.length} interne links kontrolleret (${broken.length} brudte), ${htmlCrawled} adresser gennemsøgt, ${pagesInDist} HTML-sider i ${DIST}/, ${skipped} eksterne sprunget over`,
);

// The crawl must have reached every page in dist/ (404.html is only served for
// unknown addresses), and checked more links than there are pages. Less means
// the crawl stopped early or was skipped.
const pagePaths = distPagePaths(DIST);
const crawledPaths = new Set([...crawled].filter((u) => new URL(u).origin === origin).map((u) => new URL(u).pathname));
const unreached = pagePaths.filter((p) => !crawledPaths.has(p));
if (unreached.length) {
  console.error(`linkinator: ${unreached.length} sider blev ikke nået af crawlet: ${unreached.join(', ')}`);
  process.exit(1);
}
if (checked.length < pagePaths.length) {
  console.error(
    `linkinator: kun ${checked.length} links kontrolleret for ${pagePaths.length} sider. Er crawlet sprunget over?`,
  );
  process.exit(1);
}
console.log(`linkinator: alle ${pagePaths.length} sider nået af crawlet`);
process.exit(broken.length ? 1 : 0);
