/**
 * The collection can grow: a fixture case (numbered after the real ones,
 * started in 2031) and a fixture guide step (after the last step of its
 * phase, citing the new case) are added to a temporary copy of the project,
 * which is built with astro and indexed with Pagefind. Everything that lists
 * cases or steps must pick them up with no code change: the case list, the
 * theme page, the comparison, the numbering, the phase page, "henviser
 * hertil" on the case, the search index with its filters, and the guide-id
 * lock must name the new checklist item. The fixtures live in
 * tests/fixtures/growth/, never in src/content/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, run, tempProject } from '../../scripts/bench-project.mjs';
import { nextCaseNumber, nextStepOrder } from '../../scripts/ny.mjs';
import { attr, selectAll, textOf } from './dist';

const FIXTURES = 'tests/fixtures/growth';
const CASE_ID = 'vaekst-testcase';
const STEP_ID = 'vaekst-testtrin';
const ITEM_ID = 'vaekst-testpunkt';
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.mdx`), 'utf8');
const caseData = fixture(CASE_ID);
const stepData = fixture(STEP_ID);
const caseTitle = caseData.match(/^title: (.+)$/m)![1]!;
/** The name people know the case by: its h1 and search title, with the collection's headline below it. */
const caseName = caseData.match(/^partnership: (.+)$/m)![1]!;
const caseTheme = caseData.match(/^themes:\n {2}- (.+)$/m)![1]!;
const stepTitle = stepData.match(/^title: (.+)$/m)![1]!;
const phase = stepData.match(/^phase: (.+)$/m)![1]!;

let dir = '';
let caseNumber = 0;
let caseCount = 0;
const page = (path: string): Root => fromHtml(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'));
const hrefs = (tree: Root) => selectAll('a[href]', tree).map((a) => attr(a, 'href'));

beforeAll(() => {
  dir = tempProject(undefined, 'pg-growth-');
  const cases = join(dir, 'src', 'content', 'cases');
  caseNumber = nextCaseNumber(cases);
  writeFileSync(join(cases, `${CASE_ID}.mdx`), caseData.replace(/^number: 0$/m, `number: ${caseNumber}`));
  caseCount = readdirSync(cases).filter((f) => f.endsWith('.mdx')).length;
  const phaseDir = join(dir, 'src', 'content', 'guide', phase);
  const order = nextStepOrder(phaseDir);
  writeFileSync(
    join(phaseDir, `${String(order).padStart(2, '0')}-${STEP_ID}.mdx`),
    stepData.replace(/^order: 0$/m, `order: ${order}`),
  );
  run('astro build', dir);
  run('node scripts/pagefind.mjs', dir);
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a new case and a new step are picked up everywhere', () => {
  it('the case gets its own page, numbered after the real ones, out of the new total', () => {
    expect(caseNumber).toBe(caseCount);
    const tree = page(`/cases/${CASE_ID}/`);
    expect(textOf(selectAll('h1', tree)[0]!)).toContain(caseName);
    expect(textOf(tree)).toContain(caseTitle);
    expect(textOf(tree)).toContain(`Case ${caseNumber} af ${caseCount}`);
  });

  it('the case list, its theme page and the comparison link to it', () => {
    for (const path of ['/cases/', `/temaer/${caseTheme}/`, '/cases/sammenligning/']) {
      expect(hrefs(page(path)), path).toContain(`/cases/${CASE_ID}/`);
    }
    expect(textOf(page('/cases/'))).toContain(caseTitle);
  });

  it(
    'the step appears on its phase page and its theme page, ' +
      'and the case says which step cites it ("henviser hertil")',
    () => {
      const phasePage = page(`/procesguide/${phase}/`);
      expect(selectAll(`[id="${STEP_ID}"]`, phasePage)).toHaveLength(1);
      expect(textOf(phasePage)).toContain(stepTitle);
      // The step has its own page with its checklist; theme page and case link to it.
      const stepPage = page(`/procesguide/${phase}/${STEP_ID}/`);
      expect(textOf(stepPage)).toContain('Et opdigtet tjeklistepunkt til testen.');
      expect(hrefs(page(`/temaer/${caseTheme}/`))).toContain(`/procesguide/${phase}/${STEP_ID}/`);
      expect(hrefs(page(`/cases/${CASE_ID}/`))).toContain(`/procesguide/${phase}/${STEP_ID}/`);
    },
  );

  it('the search index has the case page with its theme as a filter', () => {
    const fragments = join(dir, 'dist', 'pagefind', 'fragment');
    const records = readdirSync(fragments).map((f) => {
      const text = gunzipSync(readFileSync(join(fragments, f))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as {
        url: string;
        filters: Record<string, string[]>;
        meta: Record<string, string>;
      };
    });
    const record = records.find((r) => r.url === `/cases/${CASE_ID}/`);
    expect(record, 'ingen søgeindgang for den nye case').toBeDefined();
    expect(record!.meta.title).toContain(caseName);
    expect(Object.values(record!.filters).flat()).toContain(caseTheme);
    // The step page, not the phase page, is the guide's search result, with its theme.
    const stepRecord = records.find((r) => r.url === `/procesguide/${phase}/${STEP_ID}/`);
    expect(stepRecord, 'ingen søgeindgang for det nye trin').toBeDefined();
    expect(Object.values(stepRecord!.filters).flat()).toContain(caseTheme);
  });

  it('the guide-id lock names the new checklist item and tells the author what to do', () => {
    expect(existsSync(join(dir, 'tests', 'unit', 'guide-ids.test.ts'))).toBe(true);
    const lock = spawnSync(join(BIN, 'vitest'), ['run', '--project', 'unit', 'tests/unit/guide-ids.test.ts'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(lock.status).not.toBe(0);
    expect(`${lock.stdout}${lock.stderr}`).toContain(
      `Nye tjekliste-id'er: ${ITEM_ID}. Nye punkter starter uafkrydsede`,
    );
  });
});
