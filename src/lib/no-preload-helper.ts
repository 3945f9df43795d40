/**
 * A Vite plugin for the build: Vite wraps every dynamic import() in a 0.9 KB
 * helper that preloads the imported chunk's dependencies, and keeps it even
 * with modulePreload off (vitejs/vite#13952, #18551). Our lazy chunks (the
 * checklist's panel, exports and share) need no preloading: with modulePreload
 * off the lists hold only CSS, and the helper becomes a plain call. A lazy
 * chunk that ever brings CSS along would lose it, so the build stops on one.
 * docs/decisions/no-preload-helper.md
 */
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';

export function noPreloadHelper(): Plugin {
  return {
    name: 'partnerskabsguiden:no-preload-helper',
    enforce: 'pre',
    apply: 'build',
    // Astro's own build config sets an object here; per environment, ours wins.
    configEnvironment(name) {
      return name === 'client' ? { build: { modulePreload: false } } : undefined;
    },
    load(id) {
      return id === HELPER_ID ? 'export const __vitePreload = (load) => load();' : null;
    },
    writeBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes('__vite__mapDeps')) {
          throw new Error(`${chunk.fileName}: en dynamisk import har afhængigheder (CSS), som skulle forudindlæses; se src/lib/no-preload-helper.ts.`);
        }
      }
    },
  };
}
