/**
 * The case listings on the built site, read with a real HTML parser: cards carry the
 * case's summary, one name per case on every listing, the case pager and
 * counter, the matrices against the collection's chapters, and fact lists that
 * never glue label and value together in extracted text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { pagePaths, readPage, requireDist } from './dist';
import { unmarkedMentions } from '../../src/lib/cases-matrix';
import { numberDa } from '../../src/lib/format';
import { readMentions } from '../unit/chapter-mentions';
import { needs, preconditions, themes } from '../../src/lib/vocabularies';
import { caseName } from '../../src/lib/cases';

const { needs: needMentions, preconditions: preconditionMentions } = readMentions();

requireDist();
type Front = {
  number: number;
  title: string;
  partnership: string;
  description: string;
  themes: string[];
  needs: string[];
  preconditions: string[];
};
const caseDir = 'src/content/cases';
const cases = readdirSync(caseDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    id: f.replace(/\.mdx$/, ''),
    ...(load(readFileSync(join(caseDir, f), 'utf8').split(/^---$/m)[1]!) as Front),
  }))
  .sort((a, b) => a.number - b.number);
const byId = new Map(cases.map((c) => [c.id, c]));
/** The case's one name and headline, as src/lib/cases.ts gives them. */
const nameOf = (c: (typeof cases)[number]) => caseName({ id: c.id, data: c } as never);
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const parse = (path: string): Root => fromHtml(readPage(path));
const text = (node: Element | Root | undefined) => fold(node ? textOf(node) : '');
const caseIdOf = (href: unknown) => /^\/cases\/([a-z0-9-]+)\/$/.exec(String(href ?? ''))?.[1];

/**
 * A link's name without the parts around the name: the pager's direction, the partnership line, screen-reader
 * additions.
 */
function nameText(link: Element): string {
  const copy = structuredClone(link);
  const drop = (el: Element) => {
    el.children = el.children.filter(
      (c) =>
        !(
          c.type === 'element' &&
          (/case-pager__dir|case-name__headline|sr-only/.test(String(c.properties?.className ?? '')) ||
            c.properties?.ariaHidden === 'true')
        ),
    );
    for (const c of el.children) if (c.type === 'element') drop(c);
  };
  drop(copy);
  return text(copy);
}

describe('case cards', () => {
  const listings = ['/cases/', ...themes.ids.map((t) => `/temaer/${t}/`)];
  it.each(listings)('%s: every card carries its case’s name, headline, description and start year', (path) => {
    const cards = selectAll('li.case-card', parse(path));
    if (path === '/cases/') expect(cards).toHaveLength(cases.length);
    for (const card of cards) {
      const link = select('.case-card__title a', card)!;
      const c = byId.get(caseIdOf(link.properties.href)!)!;
      expect(text(select('.case-card__description', card))).toBe(fold(c.description));
      expect(text(link)).toBe(nameOf(c).name);
      expect(text(select('.case-card__headline', card)) || undefined).toBe(nameOf(c).headline);
      const facts = selectAll('.case-card__facts dt', card).map((dt) => text(dt));
      expect(facts).toContain('Startår');
      const start = (c as { period?: { start?: number } }).period?.start;
      expect(text(selectAll('.case-card__facts dd', card)[facts.indexOf('Startår')])).toBe(
        start ? String(start) : 'ikke oplyst',
      );
    }
  });

  it('theme pages list exactly the cases with that theme, and their counts come from the data', () => {
    for (const t of themes.ids) {
      const ids = selectAll('li.case-card .case-card__title a', parse(`/temaer/${t}/`)).map((a) =>
        caseIdOf(a.properties.href),
      );
      expect(ids).toEqual(cases.filter((c) => c.themes.includes(t)).map((c) => c.id));
      expect(text(select('#cases', parse(`/temaer/${t}/`)))).toBe(`Cases (${ids.length})`);
    }
  });
});

describe('one name per case', () => {
  it('every link to a case outside quoted text names it by its own name (headline as the second line)', () => {
    const seen = new Set<string>();
    for (const path of pagePaths()) {
      const tree = parse(path);
      // Quoted source text (case stories, chapters) keeps the collection's own wording.
      const quoted = new Set(selectAll('.prose a', tree));
      for (const link of selectAll('a[href^="/cases/"]', tree)) {
        const id = caseIdOf(link.properties.href);
        if (!id || !byId.has(id) || quoted.has(link)) continue;
        const c = byId.get(id)!;
        const name = nameText(link);
        // Links that are not names: the summary's "read more" and the matrices' marks (● ○, named by their row
        // header and their screen-reader words).
        if (['Læs hele casen', ''].includes(name)) continue;
        expect(name, `${path}: link to ${id}`).toBe(nameOf(c).name);
        seen.add(path);
      }
    }
    for (const path of ['/cases/', '/cases/sammenligning/', '/cases/behov-og-forudsaetninger/', '/temaer/sundhed/'])
      expect(seen).toContain(path);
  });

  it('the headline line appears exactly where it says more than the name', () => {
    const table = parse('/cases/sammenligning/');
    for (const c of cases) {
      const th = selectAll('table.compare-table tbody th', table).find(
        (t) => caseIdOf(select('a', t)?.properties.href) === c.id,
      )!;
      const line = select('.case-name__headline', th);
      if (line) expect(text(line)).toBe(c.title);
      else expect(c.title.toLowerCase()).toContain(c.partnership.toLowerCase());
    }
  });
});

describe('case pages', () => {
  it.each(cases.map((c, i) => [c.id, i] as const))(
    '%s: Case N af M from the data, lead, Indhold and the pager',
    (id, i) => {
      const tree = parse(`/cases/${id}/`);
      expect(text(select('.case__kicker', tree))).toBe(`Case ${i + 1} af ${cases.length}`);
      expect(text(select('p.lead', tree))).toBe(fold(cases[i]!.description));
      for (const a of selectAll('nav.case__contents a', tree)) {
        const target = String(a.properties.href).slice(1);
        expect(select(`[id="${target}"]`, tree), `Indhold → #${target}`).toBeTruthy();
      }
      const prev = select('nav.case-pager a[rel="prev"]', tree);
      const next = select('nav.case-pager a[rel="next"]', tree);
      expect(caseIdOf(prev?.properties.href)).toBe(cases[i - 1]?.id);
      expect(caseIdOf(next?.properties.href)).toBe(cases[i + 1]?.id);
      if (prev) expect(text(prev)).toContain('Forrige case');
      if (next) expect(text(next)).toContain('Næste case');
    },
  );

  it('footnotes have a worded back link, never a lone ↩', () => {
    let backlinks = 0;
    for (const c of cases) {
      for (const a of selectAll('a[data-footnote-backref]', parse(`/cases/${c.id}/`))) {
        backlinks++;
        expect(text(a)).toBe('Tilbage til teksten');
      }
    }
    expect(backlinks).toBeGreaterThan(0);
  });

  it('fact lists never glue a label to its value in extracted text', () => {
    for (const path of ['/cases/', ...cases.map((c) => `/cases/${c.id}/`), '/cases/sammenligning/']) {
      expect(readPage(path), path).not.toMatch(/<\/dt><dd|<\/dd><dt/);
    }
  });
});

describe('comparison page', () => {
  const tree = parse('/cases/sammenligning/');
  it('offers one checkbox per case, labelled with its name, and a summary for each', () => {
    const boxes = selectAll('input.compare__pick[type="checkbox"]', tree);
    expect(boxes.map((b) => b.properties.value)).toEqual(cases.map((c) => c.id));
    for (const c of cases) {
      expect(text(select(`label[for="vaelg-${c.id}"] .case-name__title`, tree))).toBe(nameOf(c).name);
      expect(select(`#sammenlign-${c.id} dl`, tree)).toBeTruthy();
    }
    expect(select('link[rel="stylesheet"][href="/cases/sammenligning.css"]', tree)).toBeTruthy();
    const css = readFileSync(join('dist', 'cases', 'sammenligning.css'), 'utf8');
    for (const c of cases) expect(css).toContain(`#vaelg-${c.id}:checked`);
  });

  it('»Vis sammenligning« links to the comparison, which can take focus', () => {
    const link = select('.compare__show a', tree)!;
    expect(text(link)).toBe('Vis sammenligning');
    expect(link.properties.href).toBe('#side-om-side');
    expect(select('#side-om-side', tree)?.properties.tabIndex).toBe(-1);
  });

  it('has no scrolling box of its own: no focusable region around a table', () => {
    for (const path of ['/cases/sammenligning/', '/cases/behov-og-forudsaetninger/', '/procesguide/aftale/'])
      expect(selectAll('main [role="region"][tabindex]', parse(path)), path).toEqual([]);
  });
});

describe('case page layout', () => {
  it.each(cases.map((c) => c.id))('%s: the facts come right after the lead, in the side column', (id) => {
    const tree = parse(`/cases/${id}/`);
    const layout = select('article.case > .pg-layout', tree)!;
    const [first, second] = layout.children.filter((c): c is Element => c.type === 'element');
    expect(first?.tagName).toBe('aside');
    expect(String(first?.properties.className)).toContain('pg-layout__aside');
    expect(select('#fakta', first!)).toBeTruthy();
    expect(String(second?.properties.className)).toContain('pg-layout__main');
    expect(select('p.lead + .pg-layout', select('article.case', tree)!)).toBeTruthy();
  });
});

describe('matrices', () => {
  const tree = parse('/cases/behov-og-forudsaetninger/');
  const tables = [
    { id: 'behov-tabel', labels: needs.terms.map((t) => t.label), mentions: needMentions, chapter: '/samling/behov/' },
    {
      id: 'forudsaetninger-tabel',
      labels: preconditions.terms.map((t) => t.label),
      mentions: preconditionMentions,
      chapter: '/samling/forudsaetninger/',
    },
  ];

  it.each(tables)('$id: one row per case, headers with scope, ● ○ or an empty cell', ({ id, labels }) => {
    const table = select(`table#${id}`, tree)!;
    expect(selectAll('thead th', table).map((th) => text(th))).toEqual(['Case', ...labels]);
    // A legend for ● and ○ and a name for the table, outside any scrolling box.
    const legend = text(select(`#${id}-caption`, tree)) + text(select(`#${id}-caption + .case-matrix__legend`, tree));
    expect(legend).toMatch(/●.*Nævnt i case-samlingen.*○.*Sitets læsning/);
    expect(table.properties.ariaLabelledBy).toEqual([`${id}-caption`]);
    expect(selectAll('thead th', table).every((th) => th.properties.scope === 'col')).toBe(true);
    const rows = selectAll('tbody tr', table);
    expect(rows.map((r) => r.properties.dataCase)).toEqual(cases.map((c) => c.id));
    for (const row of rows) {
      expect(select('th', row)?.properties.scope).toBe('row');
      for (const td of selectAll('td', row)) {
        const mark = String(td.properties.dataMark);
        const words = { naevnt: '● Nævnt i case-samlingen', laesning: '○ Sitets læsning', ingen: '' }[mark];
        expect(words, mark).toBeDefined();
        expect(text(td)).toBe(words);
      }
    }
  });

  it.each(tables)(
    '$id: every »nævnt i case-samlingen« mark links to a chapter section that holds its passage',
    ({ id, labels, mentions, chapter }) => {
      const terms = id === 'behov-tabel' ? needs.ids : preconditions.ids;
      const marks = selectAll(`table#${id} td[data-mark="naevnt"] a`, tree);
      expect(marks).toHaveLength(mentions.length);
      for (const m of mentions) {
        const column = (terms as readonly string[]).indexOf(m.term);
        expect(column, `${m.term} i ${labels.join(', ')}`).toBeGreaterThanOrEqual(0);
        const a = select(
          `table#${id} tr[data-case="${m.caseId}"] td:nth-of-type(${column + 1})[data-mark="naevnt"] a`,
          tree,
        );
        expect(a, `${m.caseId}/${m.term}`).toBeTruthy();
        const href = decodeURIComponent(String(a!.properties.href));
        expect(href.startsWith(`${chapter}#`)).toBe(true);
        // The passage stands in the section under the linked heading (up to the next h2).
        const html = readPage(chapter);
        const start = html.indexOf(`id="${href.split('#')[1]}"`);
        expect(start, href).toBeGreaterThan(0);
        const end = html.indexOf('<h2', start + 1);
        expect(fold(textOf(fromHtml(html.slice(start, end), { fragment: true })))).toContain(m.passage);
      }
    },
  );

  it('the data marks every need and precondition the chapters name', () => {
    expect(
      unmarkedMentions(
        cases.map((c) => ({ id: c.id, data: c }) as never),
        readMentions(),
      ),
    ).toEqual([]);
  });
});

describe('case index', () => {
  it('states the collection’s criterion with both halves, the count from the data, and spaces intact', () => {
    const lead = text(select('p.lead', parse('/cases/')));
    const count = numberDa(cases.length).replace(/^./, (c) => c.toUpperCase());
    expect(lead.startsWith(`${count} eksempler fra`)).toBe(true);
    expect(lead).toContain(
      'har opnået resultater gennem et forpligtende partnerskabssamarbejde eller vil bruge partnerskaber som strategi',
    );
    expect(lead).toMatch(/2014\), hvor/);
  });
});
