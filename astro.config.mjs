// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { remarkGlossary } from './src/lib/remark-glossary.ts';
import { remarkDanishQuotes } from './src/lib/remark-danish-quotes.ts';
import { remarkSoftBreaks } from './src/lib/remark-soft-breaks.ts';
import { glossaryLinks } from './src/lib/glossary-integration.ts';
import { linkCheck } from './src/lib/link-integration.ts';
import { glossarySchema } from './src/lib/schemas.ts';
import { ogImages } from './src/lib/og-integration.ts';
import { dropUnusedDkfds } from './src/lib/unused-dkfds-css.ts';
import { mdxErrors } from './src/lib/mdx-errors.ts';

// Glossary terms (src/content/ordliste/ordliste.yaml) for linking their first use
// on each page, read through the same schema as the content collection, so a
// broken entry stops the build here with file, id and field.
const GLOSSARY_FILE = 'src/content/ordliste/ordliste.yaml';
function readGlossary() {
  const file = load(readFileSync(new URL(`./${GLOSSARY_FILE}`, import.meta.url), 'utf8'));
  if (file === null || typeof file !== 'object' || Array.isArray(file))
    throw new Error(`${GLOSSARY_FILE}: filen skal være en liste af opslag (id: felter).`);
  return Object.entries(file).map(([id, value]) => {
    const parsed = glossarySchema.safeParse(value);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(opslaget)'}: ${i.message}`).join('; ');
      throw new Error(`${GLOSSARY_FILE}, opslaget "${id}": ${fields}`);
    }
    return { id, term: parsed.data.term, aliases: parsed.data.aliases };
  });
}
const glossary = readGlossary();

/**
 * Astro's MDX modules carry a "use astro:head-inject" directive that Rolldown
 * warns about once per page (a box of ten lines each): harmless, and it buried
 * the Danish content messages an editor must act on. Only that code is dropped.
 * @type {NonNullable<import('vite').Rolldown.RolldownOptions['onLog']>}
 */
const quietBuildLog = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
  handler(level, log);
};

/**
 * The browser code a step page needs at first, in one file: the checklist
 * island's folder (src/client/tjekliste/) except on-demand/, which loads when
 * used. What those modules import (the progress counts, the shared markup
 * lookups) comes along. One file compresses better than several and is one
 * request; the overviews load it only once something is saved. Keyed on the
 * folder, so renaming a file inside it changes nothing.
 * docs/decisions/0031-checklist-chunk-by-folder.md
 * @param {string} id
 */
function checklistChunk(id) {
  const path = id.replaceAll('\\', '/');
  // What every island shares (Vite's wrapper around import(), loadOnce and the markup lookups): a small file of its
  // own, or the checklist's file would take it in and every page with any island would load that. The
  // clipboard helper is used only on demand, so the bundler places it.
  const shared = ['/src/client/shared/markup.ts', '/src/client/shared/load-once.ts'];
  if (id === '\0vite/preload-helper.js' || shared.some((file) => path.endsWith(file))) return 'shared';
  const firstLoad =
    path.includes('/src/components/checklist/') || // the page's script that starts the island
    (path.includes('/src/client/tjekliste/') && !path.includes('/src/client/tjekliste/on-demand/'));
  return firstLoad ? 'tjekliste' : null;
}

export const site = 'https://partnerskabsguiden.dk';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No raster images to process: sharp is not installed (package.json overrides
  // it with a stub; docs/decisions/0005-lighter-install.md).
  image: { service: passthroughImageService() },
  // Astro 7's default processor (Sätteri) ignores remark plugins: the unified
  // pipeline carries remark-gfm (tables, footnotes) for .md and .mdx alike.
  markdown: {
    processor: unified({
      // One quotation-mark style in running text: the sources' mixed marks become » «; a wrapped line's break a space.
      remarkPlugins: [remarkGfm, [remarkGlossary, { terms: glossary }], remarkDanishQuotes, remarkSoftBreaks],
      // ↑ is in the font subset (↩ is not).
      // Dashes and ellipses, but no curly quotes: apostrophes stay straight (KL's) and the sources' own marks are
      // kept; double quotes become » « in remarkDanishQuotes (docs/decisions/0040-tal-datoer-apostroffer.md).
      smartypants: { quotes: false },
      remarkRehype: { footnoteLabel: 'Fodnoter', footnoteBackLabel: 'Tilbage til teksten', footnoteBackContent: '↑' },
    }),
  },
  integrations: [mdx(), glossaryLinks(), ogImages(), linkCheck()],
  devToolbar: { enabled: false },
  vite: {
    // A content .mdx file that cannot be read fails with the file, the line and the fix in Danish.
    plugins: [mdxErrors(fileURLToPath(new URL('.', import.meta.url)))],
    environments: {
      client: {
        // Lazy modules need no preloading of their imports: the first-load file is on the page already.
        build: { modulePreload: false, rollupOptions: { output: { manualChunks: checklistChunk } } },
      },
    },
    // Scripts and fonts stay files of their own, never inlined: the
    // Content-Security-Policy allows same-origin scripts only ('self').
    build: { assetsInlineLimit: 0, rolldownOptions: { onLog: quietBuildLog } },
    css: {
      postcss: { plugins: [dropUnusedDkfds()] },
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
