/**
 * Byte budgets over dist/, deterministic (no browser): everything a first
 * visit requests (HTML, CSS, JS and the modules it imports statically),
 * gzip -9 per file; fonts counted separately. Page types are found from the
 * routes and the content folders, so new pages are covered without a list.
 * Prints each page type's figures.
 *   - case page: ≤ 20 KB in all
 *   - JavaScript at first load on every page: ≤ 8 KB (the search's own code comes with the first query);
 *     on a page without a checklist or search ≤ 3 KB
 *     (a tool page such as the agreement template: ≤ 4 KB)
 *   - step page: ≤ 20 KB in all; every other page ≤ 20 KB, the whole tjekliste on one page too, but not
 *     the editors' CMS at /admin/, which is not a page for readers
 *   - fonts: ≤ 40 KB together, every @font-face with font-display swap or optional (never hidden text),
 *     and the subset keeps every character the pages show that the font has
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstVisit, hasChecklistOrSearch, kb, weighByType } from '../../scripts/bench-bytes.mjs';
import { join } from 'node:path';
import { DIST, pagePaths, parsePage, readPage, selectAll, selectOne, visibleText } from './dist';
import { toString as textOf } from 'hast-util-to-string';
import { MESSAGES } from '../../src/client/tjekliste/on-demand/strings';

const KB = 1024;
/** Pages that are tools (copy to Word, print) and may load a little more script; see BUDGET.jsToolPage. */
const TOOL_PAGES = ['/procesguide/aftale/'];

const BUDGET = {
  casePage: 20 * KB,
  /** First-load JavaScript on any page (the search page measured 6.0 KB; its engine loads with the first query). */
  jsFirstLoad: 8 * KB,
  /**
   * The glossary's script, the offline registration, an island's own script and the shared file with
   * Vite's import() helper (0.9 KB, docs/decisions/0031-checklist-chunk-by-folder.md).
   */
  jsWithoutChecklistOrSearch: 3 * KB,
  /** Pages whose job is a tool of their own: the agreement template's copy and print. */
  jsToolPage: 4 * KB,
  fonts: 40 * KB,
  /**
   * A step page (/procesguide/<fase>/<trin>/), and every page a reader visits. The whole tjekliste, all 70
   * items with their note buttons on one page, is the heaviest: measured 19.9 KB (20,395 bytes, HTML 7.1 KB of
   * it), as neither its data block nor its rows repeat the ids its checkboxes carry.
   */
  stepPage: 20 * KB,
  page: 20 * KB,
};

const pages = pagePaths();

type Outline = {
  phases: { id: string; label: string; steps: { title: string; items: { id: string; text: string }[] }[] }[];
};
const readOutline = () => JSON.parse(readFileSync(join(DIST, 'procesguide', 'oversigt.json'), 'utf8')) as Outline;
const types = weighByType(DIST);

function table(): string {
  const rows = [['sidetype', 'sider', 'tungeste side', 'HTML', 'CSS', 'JS', 'i alt (gz)', 'fonte']];
  for (const t of types) {
    const h = t.heaviest!;
    rows.push([t.type, String(t.pages), h.path, kb(h.html), kb(h.css), kb(h.js), kb(h.total), kb(h.fonts)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '))
    .join('\n');
}

describe('byte budgets (first visit, gzip -9)', () => {
  it('prints the figures per page type', () => {
    console.log(`\nFørste besøg pr. sidetype (tungeste side af typen), ${pages.length} sider vejet:\n${table()}\n`);
    expect(types.length).toBeGreaterThan(0);
    expect(types.reduce((s, t) => s + t.pages, 0)).toBe(pages.length);
  });

  it('every file a page refers to exists (the sums are complete)', () => {
    const missing = pages.flatMap((p) => firstVisit(DIST, p).missing.map((m: string) => `${p} -> ${m}`));
    expect(missing).toEqual([]);
  });

  it(`every case page: HTML + CSS + JS ≤ ${BUDGET.casePage / KB} KB`, () => {
    const cases = types.find((t) => t.type === 'case');
    expect(cases?.pages ?? 0, 'ingen case-sider fundet').toBeGreaterThan(0);
    const over = cases!.all
      .filter((v) => v.total > BUDGET.casePage)
      .map((v) => `${v.path}: ${kb(v.total)} (HTML ${kb(v.html)}, CSS ${kb(v.css)}, JS ${kb(v.js)})`);
    expect(over).toEqual([]);
  });

  it("a case page loads the glossary's script and Vite's import() helper, nothing of the checklist", () => {
    // The popover and its definitions load on the first wish to read a term (src/client/glossary/).
    const cases = types.find((t) => t.type === 'case');
    for (const v of cases!.all) {
      const js = v.files.filter((f: { kind: string }) => f.kind === 'js').map((f: { path: string }) => f.path);
      expect(js.length, v.path).toBeLessThanOrEqual(2);
      const code = js.map((f: string) => readFileSync(join(DIST, f), 'utf8')).join('\n');
      expect(code, v.path).toContain('popover');
      expect(code, v.path).not.toContain('pg-tjekliste');
    }
  });

  it(`first-load JavaScript on every page ≤ ${BUDGET.jsFirstLoad / KB} KB`, () => {
    const over = pages
      .map((p) => firstVisit(DIST, p))
      .filter((v) => v.js > BUDGET.jsFirstLoad)
      .map((v) => `${v.path}: ${kb(v.js)} JS`);
    expect(over).toEqual([]);
  });

  it('the search page loads its engine (query understanding, Pagefind, synonyms) only with a search', () => {
    const engine = readdirSync(join(DIST, '_astro')).filter((f) => /^engine\.[\w-]+\.js$/.test(f));
    expect(engine).toHaveLength(1);
    const first = firstVisit(DIST, '/soeg/').files.map((f) => f.path);
    expect(first.some((p) => p.endsWith('.js'))).toBe(true);
    expect(first.filter((p) => p.includes('/engine.'))).toEqual([]);
  });

  it(`JavaScript on every page without a checklist or search ≤ ${BUDGET.jsWithoutChecklistOrSearch / KB} KB`, () => {
    const over: string[] = [];
    let checked = 0;
    for (const p of pages) {
      if (hasChecklistOrSearch(DIST, p)) continue;
      checked++;
      const v = firstVisit(DIST, p);
      const budget = TOOL_PAGES.includes(p) ? BUDGET.jsToolPage : BUDGET.jsWithoutChecklistOrSearch;
      if (v.js > budget) {
        over.push(
          `${p}: ${kb(v.js)} JS (${v.files
            .filter((f: { kind: string }) => f.kind === 'js')
            .map((f: { path: string }) => f.path)
            .join(', ')})`,
        );
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });
});

describe('every page', () => {
  it(`first visit ≤ ${BUDGET.page / KB} KB (the whole tjekliste too)`, () => {
    const over = pages
      .filter((p) => !p.startsWith('/admin/'))
      .map((p) => firstVisit(DIST, p))
      .filter((v) => v.total > BUDGET.page)
      .map((v) => `${v.path}: ${kb(v.total)} (HTML ${kb(v.html)}, CSS ${kb(v.css)}, JS ${kb(v.js)})`);
    expect(over).toEqual([]);
  });
});

describe('step pages', () => {
  const stepPages = pages.filter((p) => /^\/procesguide\/[^/]+\/[^/]+\/$/.test(p) && hasChecklistOrSearch(DIST, p));

  it(`every step page: first visit ≤ ${BUDGET.stepPage / KB} KB`, () => {
    expect(stepPages.length, 'ingen trinsider fundet').toBeGreaterThan(0);
    const visits = stepPages.map((p) => firstVisit(DIST, p));
    const heaviest = visits.reduce((a, b) => (b.total > a.total ? b : a));
    console.log(
      `Trinsider: ${visits.length}, tungeste ${heaviest.path} ${kb(heaviest.total)} ` +
        `(HTML ${kb(heaviest.html)}, CSS ${kb(heaviest.css)}, JS ${kb(heaviest.js)})`,
    );
    const over = visits
      .filter((v) => v.total > BUDGET.stepPage)
      .map((v) => `${v.path}: ${kb(v.total)} i alt, ${kb(v.js)} JS`);
    expect(over).toEqual([]);
  });

  it('the first load carries no code that waits for use: notes, notices, files, exports, share links', () => {
    // Texts and calls that live only in src/client/tjekliste/on-demand/: the notices' words,
    // file, the note editor, the share link's compression, downloads, the dialog.
    const lazyOnly = [
      'CompressionStream',
      'createObjectURL',
      'showModal',
      MESSAGES.quota,
      MESSAGES.unreadable,
      MESSAGES.external,
      'kunne ikke læses: ',
      'Filen kunne ikke importeres',
      'navn, siden ikke kender',
      'Den gemte tjekliste, du skrev noten i',
    ];
    for (const p of stepPages) {
      const js = firstVisit(DIST, p).files.filter((f: { kind: string }) => f.kind === 'js');
      expect(js.length, p).toBeGreaterThan(0);
      const code = js.map((f: { path: string }) => readFileSync(join(DIST, f.path), 'utf8')).join('\n');
      expect(
        lazyOnly.filter((text) => code.includes(text)),
        p,
      ).toEqual([]);
    }
  });

  it('the first load carries no style of the controls only JavaScript makes (on-demand/controls.css)', () => {
    for (const p of stepPages) {
      const css = firstVisit(DIST, p).files.filter((f: { kind: string }) => f.kind === 'css');
      const code = css.map((f: { path: string }) => readFileSync(join(DIST, f.path), 'utf8')).join('\n');
      expect(code, p).toContain('.tjekliste-bar__box');
      expect(code, p).not.toContain('.tjekliste-bar__dialog');
    }
  });

  it(
    'the page carries only the item ids per phase; the texts for the exports are in ' + '/procesguide/oversigt.json',
    () => {
      const outline = readOutline();
      const allIds = outline.phases.flatMap((p) => p.steps.flatMap((st) => st.items.map((i) => i.id)));
      expect(allIds.length).toBeGreaterThan(0);
      for (const p of stepPages) {
        const tree = parsePage(p);
        const data = JSON.parse(textOf(selectOne('script#pg-guide-items', tree, p))) as {
          outline: string;
          phases: { id: string; label: string; items: string }[];
        };
        expect(data.outline, p).toBe('/procesguide/oversigt.json');
        expect(
          data.phases.map((ph) => ph.id),
          p,
        ).toEqual(outline.phases.map((ph) => ph.id));
        expect(
          data.phases.flatMap((ph) => ph.items.split(' ')),
          p,
        ).toEqual(allIds);
        // Every checkbox on the page is counted.
        const boxes = selectAll('input[type="checkbox"][data-item]', tree).map((el) => String(el.properties.dataItem));
        expect(boxes.length, p).toBeGreaterThan(0);
        expect(
          boxes.filter((id) => !allIds.includes(id)),
          p,
        ).toEqual([]);
      }
    },
  );
});

describe('the whole tjekliste', () => {
  it("carries each item's id once: the counts read a phase's ids from its checkboxes, not from the data", () => {
    const p = '/procesguide/tjekliste/';
    const outline = readOutline();
    const tree = parsePage(p);
    const data = JSON.parse(textOf(selectOne('script#pg-guide-items', tree, p)));
    expect(data).toEqual({
      outline: '/procesguide/oversigt.json',
      phases: outline.phases.map((ph) => ({ id: ph.id, label: ph.label })),
    });
    for (const ph of outline.phases) {
      const boxes = selectAll(`fieldset[data-phase="${ph.id}"] input[type="checkbox"][data-item]`, tree);
      expect(
        boxes.map((el) => String(el.properties.dataItem)),
        ph.id,
      ).toEqual(ph.steps.flatMap((st) => st.items.map((i) => i.id)));
      // The phase's count line is named by its phase (src/client/tjekliste/index.ts gives it the ids).
      expect(selectAll(`[data-progress-phase="${ph.id}"]`, tree), ph.id).toHaveLength(1);
    }
    expect(selectAll('[data-progress-items]', tree)).toEqual([]);
  });
});

describe('fonts', () => {
  const visits = pages.map((p) => firstVisit(DIST, p));
  const fontFiles = [...new Set(visits.flatMap((v) => v.fontFiles))];
  const faces = visits.flatMap((v) => v.fontFaces);

  it(`all font files together ≤ ${BUDGET.fonts / KB} KB`, () => {
    const heaviest = Math.max(...visits.map((v) => v.fonts));
    console.log(`Fonte: ${fontFiles.length} filer (${fontFiles.join(', ')}), ${kb(heaviest)} på den tungeste side`);
    expect(fontFiles.length).toBeGreaterThan(0);
    expect(heaviest).toBeLessThanOrEqual(BUDGET.fonts);
  });

  it('every @font-face shows text at once: font-display swap, or optional (no late swap, no shift)', () => {
    expect(faces.length).toBeGreaterThan(0);
    expect(
      faces
        .filter((f) => f.display !== 'swap' && f.display !== 'optional')
        .map((f) => `${f.family} ${f.src.join(' ')}: ${f.display}`),
    ).toEqual([]);
  });

  it('the subset keeps every character the pages show that IBM Plex Sans has (scripts/subset-fonts.mjs)', () => {
    const record = JSON.parse(readFileSync('src/assets/fonts/subset.json', 'utf8')) as {
      files: Record<string, { available: string; kept: string }>;
    };
    const parse = (s: string) => new Set(s.split(' ').map((h) => parseInt(h.slice(2), 16)));
    const files = Object.values(record.files);
    const used = new Map<number, string>();
    for (const p of pages) {
      for (const ch of visibleText(readPage(p))) {
        const cp = ch.codePointAt(0)!;
        if (cp > 0x20 && !used.has(cp)) used.set(cp, p);
      }
    }
    const dropped: string[] = [];
    const notInFont: string[] = [];
    for (const [cp, page] of used) {
      const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(cp)}" (fx ${page})`;
      if (files.some((f) => parse(f.available).has(cp) && !parse(f.kept).has(cp))) dropped.push(hex);
      else if (files.some((f) => !parse(f.available).has(cp))) notInFont.push(hex);
    }
    if (notInFont.length)
      console.log(`Tegn som IBM Plex Sans (latin) ikke har, vises med reserveskrift: ${notInFont.join(', ')}`);
    // A character here is one the font has but the subset dropped: add its
    // range to UNICODE_RANGES in scripts/subset-fonts.mjs and run the script.
    expect(dropped).toEqual([]);
  });
});
