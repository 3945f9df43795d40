/**
 * How the browser code is grouped into files (rolldown's codeSplitting groups).
 * Left alone, the bundler splits a checklist page's first load into several
 * files (entry, store, model, progress counts, helpers) because the overviews
 * and the lazy modules share different parts of it. Grouped, everything a
 * step page needs at first is one file: fewer requests, and less gzip, since
 * one file compresses better than several.
 * The overviews (/procesguide/ and the phase pages) share the store and the
 * progress counts with it, but import them only when something is saved
 * (guide-progress.ts); with the counts in this file too, the overviews' first
 * load is their small island alone, and a returning visitor's browser has the
 * file from the step pages already.
 * The lazy modules (notes, panel, exports, share, notices, messages, file
 * reading) are not in the group; tests/build/budgets.test.ts checks that none
 * of their code reaches a first load.
 */
const CHECKLIST_FIRST_LOAD =
  /[\\/]src[\\/](?:client[\\/](?:checklist-(?:ui|bar|element|runtime|dom|store-adapter)|checklist[\\/](?:model|store|store-sync|pending|validate|storage|text)|progress-targets)|lib[\\/]progress-line)\.ts$/;

export const codeSplitting = {
  // A group takes in what its modules import, unless a group of higher priority has it already.
  groups: [{ name: 'checklist', test: CHECKLIST_FIRST_LOAD }],
};
