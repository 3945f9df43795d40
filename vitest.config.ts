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
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
