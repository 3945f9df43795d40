import { defineConfig } from 'vitest/config';

// Three projects, run in this order by scripts/test.mjs:
//   unit  – schemas, vocabularies and lib modules (no build needed)
//   build – checks over the built site in dist/
//   e2e   – playwright-core driving Debian's Chromium against dist/ served on localhost
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A guard against a hang, not a timing: on a busy machine an axe run over a long page in four
          // states has taken more than 60 s.
          testTimeout: 180_000,
          hookTimeout: 60_000,
          // Two files at a time, one Chromium per worker: on two cores a browser test waits for the
          // browser about half the time, so two workers keep both cores busy. No isolation, so a
          // worker's Chromium is shared by the files it runs (tests/e2e/browser.ts); each file still
          // gets its own browser contexts, so no state passes between files.
          fileParallelism: true,
          maxWorkers: 2,
          isolate: false,
          // UI state that changes after an event (a popover's toggle, a module loaded on first use)
          // is waited for with expect.poll; a busy machine can take seconds, so give it ten.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
