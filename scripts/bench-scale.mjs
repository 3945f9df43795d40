// The benchmark's scale run: a temporary copy of the project gets synthetic
// case pages (text put together from the real cases' paragraphs), numbered on
// from the real cases as the schema asks (unique, no gaps), then it is built
// and searched. Never writes into src/.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA, dump, load } from 'js-yaml';
import { weighByType } from './bench-bytes.mjs';
import { pagefindProbe } from './bench-pagefind.mjs';
import { startBenchServer } from './bench-serve.mjs';
import { build, dirBytes, log, tempProject } from './bench-project.mjs';

/** Small deterministic PRNG, so the synthetic corpus is the same on every run. */
export function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Frontmatter (as data, dates left as text) and body of an .mdx file. */
export function splitMdx(text) {
  const [, fm, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  if (fm === undefined) return null;
  return { data: load(fm, { schema: JSON_SCHEMA }), body };
}

/** Plain paragraphs and ## headings from the real case texts (no components, footnotes or lists). */
export function corpus(casesDir) {
  const paragraphs = [];
  const headings = [];
  const frontmatters = [];
  for (const f of readdirSync(casesDir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    const mdx = splitMdx(readFileSync(join(casesDir, f), 'utf8'));
    if (!mdx) continue;
    frontmatters.push(mdx.data);
    for (const block of mdx.body.split(/\n\s*\n/)) {
      const b = block.trim();
      if (/^## [^#]/.test(b) && !b.includes('\n')) headings.push(b.slice(3));
      else if (b.length > 80 && !/^[<#\-*>|\d[]/.test(b) && !b.includes('[^') && !b.includes('<') && !b.includes('{'))
        paragraphs.push(b);
    }
  }
  return { paragraphs, headings, frontmatters };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'vik',
  'sun',
  'de',
  'rup',
  'holm',
  'by',
  'sted',
  'bjerg',
  'ager',
  'strup',
  'lev',
  'mose',
  'has',
  'tor',
  'nes',
  'gård',
  'dal',
];

/**
 * The i-th synthetic case (1-based): a real case's frontmatter with a new
 * number (after the `realCases` real ones), title and names; a body of real
 * paragraphs under real headings.
 */
export function syntheticCase(i, realCases, { paragraphs, headings, frontmatters }, rand) {
  const word = () =>
    Array.from({ length: 2 + Math.floor(rand() * 2) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
  const place = word().replace(/^./, (c) => c.toUpperCase());
  const data = {
    ...frontmatters[i % frontmatters.length],
    number: realCases + i,
    title: `Syntetisk partnerskab ${i} i ${place}`,
    shortTitle: `Syntetisk ${i}`,
    partnership: `Partnerskabet i ${place}`,
    description: `Syntetisk case nr. ${i} til skalamålingen: tekst sammensat af de rigtige cases' afsnit.`,
  };
  const body = [];
  // The agreement's facts name the heading they stand under (the build checks it): the copy keeps that heading.
  const agreementHeading = data.agreement?.heading;
  for (let s = 0; s < 4; s++) {
    const heading = s === 0 && agreementHeading ? agreementHeading : headings[Math.floor(rand() * headings.length)];
    body.push(`## ${heading ?? `Afsnit ${s + 1}`}`);
    for (let p = 0; p < 3; p++) body.push(paragraphs[Math.floor(rand() * paragraphs.length)]);
    body.push(`I ${place} kalder parterne arbejdet for ${word()} og ${word()}.`);
  }
  return `---\n${dump(data, { schema: JSON_SCHEMA, lineWidth: -1 })}---\n\n${body.join('\n\n')}\n`;
}

export async function scaleRun(size, runs) {
  const dir = tempProject();
  try {
    const casesDir = join(dir, 'src', 'content', 'cases');
    const source = corpus(casesDir);
    const realCases = source.frontmatters.length;
    const rand = prng(size);
    for (let i = 1; i <= size; i++)
      writeFileSync(join(casesDir, `syntetisk-${i}.mdx`), syntheticCase(i, realCases, source, rand));
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
    return {
      realCases,
      syntheticCases: size,
      pages: b.pages,
      astroMs: b.astroMs,
      pagefindMs: b.pagefindMs,
      pagefindHow: b.pagefindHow,
      casePageHeaviest: caseType?.heaviest ? { path: caseType.heaviest.path, total: caseType.heaviest.total } : null,
      caseIndex: index?.heaviest ? { total: index.heaviest.total, html: index.heaviest.html } : null,
      pagefindIndexBytes: dirBytes(join(dir, 'dist', 'pagefind')),
      search,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
