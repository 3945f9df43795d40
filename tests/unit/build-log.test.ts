import { describe, expect, it } from 'vitest';
import { isRoutine } from '../../scripts/build-log.mjs';

describe('the build log keeps what an editor must act on', () => {
  it.each([
    '17:29:26   ├─ /cases/index.html (+4ms) ',
    '17:29:26   └─ /ordliste/index.html (+37ms) ',
    '17:28:53 [content] Syncing content',
    '17:28:53 [types] Generated 604ms',
    '17:28:53 [build] Collecting build info...',
    '17:28:55 [vite] ✓ built in 1.38s',
    '17:29:26 ✓ Completed in 2.08s.',
    ' generating static routes ',
    '\u001b[2m17:29:26\u001b[22m \u001b[34m[build]\u001b[39m Complete!',
  ])('leaves out Astro’s routine line %j', (line) => {
    expect(isRoutine(line)).toBe(true);
  });

  it.each([
    '[Partnerskabsguiden] ADVARSEL: src/lib/site-config.ts mangler: sitets ejer (owner)',
    '[InvalidContentEntryDataError] cases → fuldkorn: felterne passer ikke.',
    '  title: feltet er tomt. Skriv en værdi efter kolonet, eller slet linjen, hvis feltet er valgfrit',
    '17:29:26 [WARN] [vite] Some chunks are larger than 500 kB after minification.',
    '17:29:26 [ERROR] [build] Failed to call getStaticPaths',
    '17:29:41 [build] 62 page(s) built in 4.05s',
    '17:29:41 [partnerskabsguiden:og-images] Forhåndsvisninger: 61 billeder (0 tegnet, resten fra cachen) på 16 ms',
    '    at getEntryData (/work/main/node_modules/astro/dist/content/utils.js:126:9)',
  ])('keeps %j', (line) => {
    expect(isRoutine(line)).toBe(false);
  });
});
