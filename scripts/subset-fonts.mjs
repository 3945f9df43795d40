#!/usr/bin/env node
// Reproduces the two self-hosted font files in src/assets/fonts/ from the
// @fontsource/ibm-plex-sans package (a devDependency): IBM Plex Sans latin 400
// and 600, subset with HarfBuzz (the `subset-font` package) to the characters a
// Danish site shows and the OpenType features body text uses. This keeps both
// files together under the 40 KB font budget (tests/build/budgets.test.ts).
//
//   node scripts/subset-fonts.mjs
//
// Run once by hand when the character set or the source font changes, and
// commit the results (the .woff2 files and src/assets/fonts/subset.json). It is
// not part of the build. Its tools (`subset-font` and the source font package
// `@fontsource/ibm-plex-sans`) are pinned in tools/package.json, outside the
// default install:
//
//   npm run bench:install     (once: npm install --prefix tools)
//   node scripts/subset-fonts.mjs
//
// Licence: IBM Plex is under the SIL Open Font License 1.1 (no Reserved Font
// Name), which allows modified versions such as subsets to be used and
// redistributed under the same licence; the licence text stays beside the files
// (src/assets/fonts/LICENSE-IBM-Plex.txt) and the fonts keep their copyright
// and licence name records.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TOOLS = resolve(import.meta.dirname, '..', 'tools');
const OUT_DIR = 'src/assets/fonts';
const WEIGHTS = [400, 600];

/**
 * Unicode ranges kept (where the font has a glyph): Basic Latin, Latin-1
 * Supplement (æ ø å é ü « » § ½ …), general punctuation (– — ‘ ’ “ ” „ • … ′ ″),
 * € ™, arrows, minus.
 */
export const UNICODE_RANGES = [
  [0x0020, 0x007e],
  [0x00a0, 0x00ff],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
];

/**
 * OpenType features kept: kerning, standard ligatures, contextual alternates,
 * composition and mark positioning. Dropped: fractions, superiors, ordinals,
 * stylistic sets and alternates, which the site never asks for.
 */
export const FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk'];

/** require() from the tools package (tools/package.json), with a Danish hint when it is not installed. */
function toolsRequire() {
  if (!existsSync(join(TOOLS, 'node_modules', 'subset-font'))) {
    console.error('subset-font er ikke installeret. Kør først: npm run bench:install');
    process.exit(1);
  }
  return createRequire(join(TOOLS, 'package.json'));
}

async function importSubsetTools(req) {
  return loadFrom(createRequire(req.resolve('subset-font')));
}

async function loadFrom(req) {
  const url = (name) => pathToFileURL(req.resolve(name)).href;
  const subsetFont = (await import(url('subset-font'))).default;
  // harfbuzzjs and fontverter are subset-font's own dependencies.
  const fontverter = (await import(url('fontverter'))).default;
  const { Blob, Face } = await import(url('harfbuzzjs'));
  const unicodesOf = async (woff2) => {
    const sfnt = await fontverter.convert(woff2, 'sfnt');
    return [...new Face(new Blob(sfnt), 0).collectUnicodes()].sort((a, b) => a - b);
  };
  return { subsetFont, unicodesOf };
}

const hex = (cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

async function main() {
  const require = toolsRequire();
  const { subsetFont, unicodesOf } = await importSubsetTools(require);
  const tool = JSON.parse(readFileSync(require.resolve('subset-font/package.json'), 'utf8'));
  const fontsource = JSON.parse(readFileSync(require.resolve('@fontsource/ibm-plex-sans/package.json'), 'utf8'));
  const text = UNICODE_RANGES.flatMap(([a, b]) =>
    Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)),
  ).join('');
  const record = {
    note: 'Skrevet af scripts/subset-fonts.mjs. IBM Plex Sans, SIL Open Font License 1.1 (LICENSE-IBM-Plex.txt).',
    source: `@fontsource/ibm-plex-sans@${fontsource.version} (latin)`,
    tool: `subset-font@${tool.version}`,
    features: FEATURES,
    ranges: UNICODE_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)),
    files: {},
  };
  for (const weight of WEIGHTS) {
    const src = readFileSync(
      require.resolve(`@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-${weight}-normal.woff2`),
    );
    const out = await subsetFont(src, text, { targetFormat: 'woff2', keepFeatures: FEATURES });
    const file = `ibm-plex-sans-${weight}.woff2`;
    writeFileSync(join(OUT_DIR, file), out);
    const available = await unicodesOf(src);
    const kept = await unicodesOf(out);
    record.files[file] = {
      bytes: out.length,
      sourceBytes: src.length,
      // What the source font has and what the subset kept: tests/build/budgets.test.ts
      // uses these to catch text the subset would render in a fallback font.
      available: available.map(hex).join(' '),
      kept: kept.map(hex).join(' '),
    };
    console.log(`${file}: ${src.length} → ${out.length} bytes, ${kept.length} af ${available.length} tegn`);
  }
  writeFileSync(join(OUT_DIR, 'subset.json'), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`Skrev ${OUT_DIR}/subset.json`);
}

await main();
