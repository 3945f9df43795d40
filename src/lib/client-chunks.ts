/**
 * How the browser code is grouped into files (rolldown's codeSplitting groups).
 * Left alone, the bundler splits a checklist page's first load into five files
 * (entry, store, model, progress counts, helper) because the overviews and the
 * lazy modules share different parts of it. Grouped, the checklist is one file:
 * fewer requests, and 0.6 KB less gzip, since one file compresses better than
 * several. The progress counts (progress-targets.ts) stay a file of their own:
 * the overviews load them at first, and the checklist only when something is
 * saved.
 * The lazy modules (panel, exports, share, notices, messages, file reading)
 * are not in the group; tests/build/budgets.test.ts checks that none of their
 * code reaches a first load.
 */
const CHECKLIST_FIRST_LOAD =
  /[\\/]src[\\/]client[\\/](?:checklist-(?:ui|bar|element|runtime|dom|store-adapter)|checklist[\\/](?:model|store|store-sync|pending|validate|storage|text))\.ts$/;

/**
 * What the overviews load without the checklist: the progress counts, and the
 * bundlers' small helpers that their import() of the store needs (rolldown's
 * runtime, which makes a module object of a part of a file, and Vite's import
 * wrapper, see no-preload-helper.ts).
 */
const OVERVIEW_FIRST_LOAD =
  /[\\/]src[\\/](?:client[\\/]progress-targets|lib[\\/]progress-line)\.ts$|^\0rolldown[\\/]runtime|^\0vite[\\/]preload-helper/;

export const codeSplitting = {
  // A group takes in what its modules import, unless a group of higher priority has it already.
  groups: [
    { name: 'progress', test: OVERVIEW_FIRST_LOAD, priority: 2 },
    { name: 'checklist', test: CHECKLIST_FIRST_LOAD, priority: 1 },
  ],
};
