// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { remarkGlossary } from './src/lib/remark-glossary.ts';
import { glossaryLinks } from './src/lib/glossary-integration.ts';

// Glossary terms (src/content/ordliste/ordliste.yaml) for linking their first use on each page.
/** @type {Record<string, { term: string; aliases?: string[] }>} */
const glossaryFile = /** @type {any} */ (load(readFileSync(new URL('./src/content/ordliste/ordliste.yaml', import.meta.url), 'utf8')));
const glossary = Object.entries(glossaryFile).map(
  ([id, entry]) => ({ id, term: entry.term, aliases: entry.aliases ?? [] }),
);

export const site = 'https://partnerskabsguiden.dk';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default processor (Sätteri) ignores remark plugins: the unified
  // pipeline carries remark-gfm (tables, footnotes) for .md and .mdx alike.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, [remarkGlossary, { terms: glossary }]],
      remarkRehype: { footnoteLabel: 'Fodnoter', footnoteBackLabel: 'Tilbage til teksten' },
    }),
  },
  integrations: [mdx(), glossaryLinks()],
  devToolbar: { enabled: false },
  vite: {
    // Scripts and fonts stay files of their own, never inlined: the
    // Content-Security-Policy allows same-origin scripts only ('self').
    build: { assetsInlineLimit: 0 },
    css: {
      preprocessorOptions: {
        scss: {
          loadPaths: [fileURLToPath(new URL('./node_modules/dkfds/src/stylesheets', import.meta.url))],
          quietDeps: true,
          silenceDeprecations: ['if-function', 'import', 'global-builtin'],
        },
      },
    },
  },
});
