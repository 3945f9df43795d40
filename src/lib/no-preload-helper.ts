/**
 * A Vite plugin for the build: Vite wraps every dynamic import() in a 0.9 KB
 * helper that preloads the imported chunk's dependencies, and keeps it even
 * with modulePreload off (vitejs/vite#13952, #18551). Our lazy chunks (the
 * checklist's panel, exports and share, the glossary popover) need no
 * preloading: with modulePreload off the lists hold only CSS. So each chunk's
 * wrapped imports are written back as the plain call the helper would make,
 * the helper's import goes, and the helper itself is never bundled (no page
 * fetches a file for it). A lazy chunk that ever brings CSS along would lose
 * it, so the build stops on one; it also stops if a wrapper is left that this
 * plugin did not recognise.
 * docs/decisions/0027-no-preload-helper.md
 */
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';
const HELPER = '__vitePreload';

/** Vite writes `__vitePreload(factory, __VITE_PRELOAD__)` around each import() before its own renderChunk. */
const OPEN = /__vitePreload\(/g;
const CLOSE = /\s*,\s*__VITE_PRELOAD__\s*\)/g;
/** A chunk's import of named bindings from another chunk. */
const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*(["'][^"']+["']);?/g;

/**
 * The chunk's code with each wrapper written as the plain call it is
 * (`(factory)()`, what the helper does) and without the helper's import.
 * Wrappers nest like brackets (an import inside a factory), so each marker
 * closes the innermost open wrapper. Other code is left as it is.
 */
export function unwrapDynamicImports(code: string): string {
  if (!code.includes(HELPER)) return code;
  const marks = [
    ...[...code.matchAll(OPEN)].map((m) => ({ at: m.index, length: m[0].length, open: true })),
    ...[...code.matchAll(CLOSE)].map((m) => ({ at: m.index, length: m[0].length, open: false })),
  ].sort((a, b) => a.at - b.at);
  const edits: { at: number; length: number; text: string }[] = [];
  const open: (typeof marks)[number][] = [];
  for (const mark of marks) {
    if (mark.open) open.push(mark);
    else {
      const start = open.pop();
      if (!start) return code; // a marker without its wrapper: leave the chunk to the build check
      edits.push({ at: start.at, length: start.length, text: '(' }, { at: mark.at, length: mark.length, text: ')()' });
    }
  }
  if (open.length) return code;
  let out = code;
  for (const edit of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, edit.at) + edit.text + out.slice(edit.at + edit.length);
  return out.replace(NAMED_IMPORT, (statement: string, names: string, from: string) => {
    const all = names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const kept = all.filter((n) => n !== HELPER && !n.endsWith(` as ${HELPER}`));
    if (kept.length === all.length) return statement;
    return kept.length ? `import { ${kept.join(', ')} } from ${from};` : '';
  });
}

export function noPreloadHelper(): Plugin {
  return {
    name: 'partnerskabsguiden:no-preload-helper',
    enforce: 'pre',
    apply: 'build',
    // Astro's own build config sets an object here; per environment, ours wins.
    configEnvironment(name) {
      return name === 'client' ? { build: { modulePreload: false } } : undefined;
    },
    // The helper is never bundled: every call to it is written out below, and with it its import.
    resolveId(id) {
      return id === HELPER_ID && this.environment.name === 'client' ? { id: HELPER_ID, external: true } : null;
    },
    renderChunk(code, chunk) {
      if (this.environment.name !== 'client') return null;
      const out = unwrapDynamicImports(code);
      if (out.includes(`${HELPER}(`) || out.includes('__VITE_PRELOAD__') || out.includes('vite/preload-helper')) {
        this.error(
          `${chunk.fileName}: en dynamisk import står stadig i Vites preload-hjælper i en form, plugin'et ikke kender; se src/lib/no-preload-helper.ts.`,
        );
      }
      return out === code ? null : { code: out, map: null };
    },
    // Without the helper, a lazy chunk's CSS would never load: stop instead.
    generateBundle(_options, bundle) {
      if (this.environment.name !== 'client') return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const target of chunk.dynamicImports) {
          const lazy = bundle[target];
          const css = lazy?.type === 'chunk' ? [...(lazy.viteMetadata?.importedCss ?? [])] : [];
          if (css.length) {
            this.error(
              `${target}: en dynamisk import fra ${chunk.fileName} har CSS (${css.join(', ')}), som ikke ville blive hentet; se src/lib/no-preload-helper.ts.`,
            );
          }
        }
      }
    },
  };
}
