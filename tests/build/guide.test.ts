/**
 * The process guide in dist/, read with a parser: one page per step with one
 * h1, a description, a canonical link, its checklist (native checkboxes with
 * the permanent ids), its evidence, the step navigation and the prev/next
 * chain; the phase pages keep an element per old anchor that links on to the
 * step page; the overview and the whole checklist list everything; the step
 * pages, not the overviews, are the search results. Expectations come from the
 * content files, never from fixed counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readPage } from './dist';

interface Step {
  phase: string;
  order: number;
  title: string;
  description: string;
  themes: string[];
  items: { id: string; text: string }[];
  evidence: { kind: string; id: string }[];
  slug: string;
  path: string;
}

const PHASES = ['foer', 'under', 'efter'];
const steps: Step[] = [];
for (const phase of PHASES) {
  for (const name of readdirSync(join('src/content/guide', phase)).filter((f) => f.endsWith('.mdx'))) {
    const data = load(readFileSync(join('src/content/guide', phase, name), 'utf8').split(/^---$/m)[1]!) as Omit<
      Step,
      'slug' | 'path'
    >;
    const slug = name.replace(/^\d+-/, '').replace(/\.mdx$/, '');
    steps.push({ ...data, slug, path: `/procesguide/${phase}/${slug}/` });
  }
}
steps.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || a.order - b.order);
const stepsIn = (phase: string) => steps.filter((s) => s.phase === phase);

const pages = new Map<string, Root>();
function page(path: string): Root {
  let tree = pages.get(path);
  if (!tree) {
    tree = fromHtml(readPage(path));
    pages.set(path, tree);
  }
  return tree;
}
const attr = (el: Element | undefined, name: string) => (el ? String(el.properties[name] ?? '') : '');
const hrefs = (root: Root | Element, selector = 'a[href]') => selectAll(selector, root).map((a) => attr(a, 'href'));
const text = (el: Element | Root | undefined) => (el ? textOf(el).replace(/\s+/g, ' ').trim() : '');
const evidenceHref = (kind: string, id: string) =>
  kind === 'case' ? `/cases/${id}/` : kind === 'viden' ? `/viden/${id}/` : `/samling/${id}/`;

/** A copy of a tree without the elements of one tag name. */
function dropElements<T extends { children?: unknown[] }>(node: T, tagName: string): T {
  if (!node.children) return node;
  const children = node.children
    .filter((c) => !(typeof c === 'object' && c !== null && (c as { tagName?: string }).tagName === tagName))
    .map((c) => dropElements(c as { children?: unknown[] }, tagName));
  return { ...node, children };
}

describe('the guide content', () => {
  it('has steps in every phase', () => {
    for (const phase of PHASES) expect(stepsIn(phase).length, phase).toBeGreaterThan(0);
  });
});

describe.each(steps.map((s) => [s.path, s] as const))('step page %s', (path, step) => {
  const tree = () => page(path);

  it('has one h1 (the step), its description and a canonical link', () => {
    const h1s = selectAll('h1', tree());
    expect(h1s.map(text)).toEqual([step.title]);
    expect(attr(select('meta[name="description"]', tree()), 'content')).toBe(step.description);
    expect(attr(select('link[rel="canonical"]', tree()), 'href')).toMatch(new RegExp(`^https?://[^/]+${path}$`));
  });

  it('has its checklist: every item once, as a labelled native checkbox with its permanent id', () => {
    const fieldsets = selectAll('fieldset.checklist', tree());
    expect(fieldsets).toHaveLength(1);
    const boxes = selectAll('input[type="checkbox"][data-item]', fieldsets[0]!);
    expect(boxes.map((b) => attr(b, 'dataItem'))).toEqual(step.items.map((i) => i.id));
    for (const item of step.items) {
      const label = select(`label[for="punkt-${item.id}"]`, tree());
      expect(text(label), item.id).toBe(item.text);
    }
  });

  it('shows what it builds on', () => {
    const heading = selectAll('h2', tree()).find((h) => text(h) === 'Det bygger trinnet på');
    expect(heading).toBeDefined();
    const section = select(`section[aria-labelledby="${attr(heading, 'id')}"]`, tree())!;
    expect(hrefs(section)).toEqual(step.evidence.map((e) => evidenceHref(e.kind, e.id)));
  });

  it("has the step navigation: the phase's steps in order, this one marked as current, a progress count each", () => {
    const nav = select('nav.step-nav', tree())!;
    expect(nav).toBeDefined();
    const inPhase = stepsIn(step.phase);
    expect(hrefs(nav, 'ol a[href]')).toEqual(inPhase.map((s) => s.path));
    const current = selectAll('a[aria-current]', nav);
    expect(current.map((a) => [attr(a, 'href'), attr(a, 'ariaCurrent')])).toEqual([[path, 'step']]);
    const number = inPhase.indexOf(step) + 1;
    expect(text(select('summary', nav))).toContain(`Trin ${number} af ${inPhase.length}`);
    const counts = selectAll('[data-progress-items]', nav);
    expect(counts.map((c) => attr(c, 'dataProgressItems'))).toEqual(
      inPhase.map((s) => s.items.map((i) => i.id).join(' ')),
    );
    expect(counts.map(text)).toEqual(inPhase.map((s) => `0 af ${s.items.length}`));
  });

  it('is the search result for the step, filtered by phase and themes', () => {
    const body = select('[data-pagefind-body]', tree());
    expect(body).toBeDefined();
    const filters = selectAll('[data-pagefind-filter]', tree()).map((el) => attr(el, 'dataPagefindFilter'));
    expect(filters).toEqual(
      expect.arrayContaining(['type:Procesguide', `fase:${step.phase}`, ...step.themes.map((t) => `tema:${t}`)]),
    );
  });
});

/** The pager's two links: [prev, next]. */
function pager(path: string): [string, string] {
  const nav = select('nav.step-pager', page(path));
  expect(nav, path).toBeDefined();
  const links = hrefs(nav!);
  expect(links, path).toHaveLength(2);
  return [links[0]!, links[1]!];
}

describe('"Forrige trin" / "Næste trin"', () => {
  it('following "Næste" from the first step visits every step in order; "Forrige" walks back', () => {
    const forward: string[] = [];
    for (
      let at: string | undefined = steps[0]!.path;
      at?.match(/^\/procesguide\/[a-z]+\/[a-z0-9-]+\/$/) && at !== '/procesguide/tjekliste/';
      at = pager(at)[1]
    ) {
      forward.push(at);
      expect(forward.length).toBeLessThanOrEqual(steps.length);
    }
    expect(forward).toEqual(steps.map((s) => s.path));
    const backward: string[] = [];
    for (let at: string | undefined = steps.at(-1)!.path; at && at !== '/procesguide/'; at = pager(at)[0]) {
      backward.push(at);
      expect(backward.length).toBeLessThanOrEqual(steps.length);
    }
    expect(backward).toEqual(steps.map((s) => s.path).reverse());
  });

  it('the ends lead to the overview and the whole checklist; a link into another phase names that phase', () => {
    expect(pager(steps[0]!.path)[0]).toBe('/procesguide/');
    expect(pager(steps.at(-1)!.path)[1]).toBe('/procesguide/tjekliste/');
    for (const phase of PHASES.slice(0, -1)) {
      const last = stepsIn(phase).at(-1)!;
      const nextPhase = PHASES[PHASES.indexOf(phase) + 1]!;
      const link = selectAll('nav.step-pager a', page(last.path))[1]!;
      expect(attr(link, 'href')).toBe(stepsIn(nextPhase)[0]!.path);
      expect(text(link)).toMatch(/^Næste trin · \S+ partnerskabet/);
    }
  });
});

describe('phase pages', () => {
  it.each(PHASES)('/procesguide/%s/ keeps an element per old anchor, linking on to the step page', (phase) => {
    const tree = page(`/procesguide/${phase}/`);
    for (const step of stepsIn(phase)) {
      const target = select(`[id="${step.slug}"]`, tree);
      expect(target, step.slug).toBeDefined();
      expect(hrefs(target!), step.slug).toContain(step.path);
      expect(text(target), step.slug).toContain(step.description);
    }
    expect(hrefs(tree)).toContain(stepsIn(phase)[0]!.path);
    expect(selectAll('h1', tree)).toHaveLength(1);
    // Astro drops a line break between an expression and an element: words must not stick together.
    // The tjekliste bar is left out: its lines are blocks of their own (checked in its browser tests).
    const withoutBar = dropElements(select('main', tree)!, 'pg-tjekliste-bar');
    expect(text(withoutBar)).not.toMatch(/[a-zæøå]\.[A-ZÆØÅ]|[a-zæøå]·/);
    expect(select('[data-pagefind-body]', tree)).toBeUndefined();
  });
});

describe('overview and whole checklist', () => {
  it('/procesguide/ shows each phase with its number of steps and lists every step page', () => {
    const tree = page('/procesguide/');
    const map = selectAll('.phase-map > li', tree);
    expect(map).toHaveLength(PHASES.length);
    map.forEach((li, i) => {
      expect(hrefs(li)).toEqual([`/procesguide/${PHASES[i]}/`]);
      const n = stepsIn(PHASES[i]!).length;
      expect(text(li)).toContain(`${n} trin`);
    });
    expect(hrefs(tree)).toEqual(expect.arrayContaining(steps.map((s) => s.path)));
    expect(text(tree)).toMatch(/»vi«.*din egen organisation/);
    expect(select('[data-pagefind-body]', tree)).toBeUndefined();
    expect(selectAll('img', select('main', tree)!)).toHaveLength(0);
  });

  it('/procesguide/tjekliste/ has every item of every phase once, and is not a search result', () => {
    const tree = page('/procesguide/tjekliste/');
    const ids = selectAll('input[type="checkbox"][data-item]', tree).map((b) => attr(b, 'dataItem'));
    expect(ids).toEqual(steps.flatMap((s) => s.items.map((i) => i.id)));
    expect(hrefs(tree)).toEqual(expect.arrayContaining(steps.map((s) => s.path)));
    expect(select('[data-pagefind-body]', tree)).toBeUndefined();
  });
});

describe('the published checklist ids (src/content/tjekliste/udgivne-id.json)', () => {
  it('each appears on exactly one step page and once on the whole checklist', () => {
    const locked: string[] = JSON.parse(readFileSync('src/content/tjekliste/udgivne-id.json', 'utf8'));
    const onStepPages = steps.flatMap((s) =>
      selectAll('input[data-item]', page(s.path)).map((b) => attr(b, 'dataItem')),
    );
    expect([...onStepPages].sort()).toEqual([...locked].sort());
    const combined = selectAll('input[data-item]', page('/procesguide/tjekliste/')).map((b) => attr(b, 'dataItem'));
    expect([...combined].sort()).toEqual([...locked].sort());
  });
});

describe('pages that point into the guide', () => {
  it('each cited case page links to the step pages that cite it', () => {
    for (const step of steps) {
      for (const e of step.evidence.filter((x) => x.kind === 'case')) {
        const section = select('section[aria-labelledby="procesguiden-henviser"]', page(`/cases/${e.id}/`));
        expect(section, e.id).toBeDefined();
        expect(hrefs(section!), `${e.id} ← ${step.slug}`).toContain(step.path);
      }
    }
  });

  it('theme pages list their steps as step pages', () => {
    const themesUsed = [...new Set(steps.flatMap((s) => s.themes))];
    for (const tema of themesUsed) {
      const tree = page(`/temaer/${tema}/`);
      const heading = select('h2#procesguide', tree);
      expect(heading, tema).toBeDefined();
      const list = select('h2#procesguide + ul', tree);
      const linked = list ? hrefs(list) : [];
      expect(linked, tema).toEqual(steps.filter((s) => s.themes.includes(tema)).map((s) => s.path));
    }
  });
});
