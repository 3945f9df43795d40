/**
 * Research notes, glossary and the site's own pages in dist/: credit lines,
 * the index, every glossary term defined and used, "Om sitet" naming every
 * source, and the accessibility statement's required parts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findTerm } from '../../src/lib/glossary';
import { ACCESSIBILITY_CONTACT, WAS_TOOL_URL } from '../../src/lib/site';
import { themes } from '../../src/lib/vocabularies';
import type { Root } from 'hast';
import {
  attr,
  pagePaths,
  parseHtml,
  parsePage,
  readPage,
  select,
  selectAll,
  selectOne,
  textOf,
  visibleText,
} from './dist';

interface Note {
  id: string;
  title: string;
  publisher: string | null;
  authors?: string[];
  dateText?: string;
  funder?: string;
  year?: number;
  knowledgeAreas?: string[];
  context?: string;
}
const frontmatter = (file: string) => load(readFileSync(file, 'utf8').split(/^---$/m)[1]!);
const notes: Note[] = readdirSync('src/content/viden').map((f) => ({
  id: f.replace(/\.mdx$/, ''),
  ...(load(readFileSync(join('src/content/viden', f), 'utf8').split(/^---$/m)[1]!) as Omit<Note, 'id'>),
}));
const glossary = load(readFileSync('src/content/ordliste/ordliste.yaml', 'utf8')) as Record<
  string,
  { term: string; aliases?: string[]; definition: string }
>;
const mainText = (tree: Root, where: string) => textOf(selectOne('main', tree, where));
const text = (path: string) => visibleText(readPage(path));
const hrefsIn = (node: Root | ReturnType<typeof selectOne>) => selectAll('a[href]', node).map((a) => attr(a, 'href'));

/** Text nodes directly before an inline element that end in a letter, digit or closing punctuation: a lost space. */
function gluedBeforeInline(tree: Root, where: string): string[] {
  const glued: string[] = [];
  const walk = (node: Root | ReturnType<typeof selectOne>) => {
    node.children.forEach((child, i) => {
      if (child.type !== 'element') return;
      const before = node.children[i - 1];
      if (
        ['a', 'code', 'cite', 'strong', 'em'].includes(child.tagName) &&
        before?.type === 'text' &&
        /[\p{L}\p{N},;:]$/u.test(before.value)
      ) {
        glued.push(`${where}: …${before.value.slice(-30)}<${child.tagName}>${textOf(child).slice(0, 30)}`);
      }
      walk(child);
    });
  };
  walk(selectOne('main', tree, where));
  return glued;
}

const ownPages = ['/viden/', ...notes.map((n) => `/viden/${n.id}/`), '/ordliste/', '/om/', '/tilgaengelighed/'];

describe("the viden helper's pages, all of them", () => {
  it.each(ownPages)(
    '%s: breadcrumbs from Forside, no word glued to a following link or code (Astro drops line-break spaces)',
    (path) => {
      const tree = parsePage(path);
      const crumbs = hrefsIn(selectOne('nav.breadcrumbs', tree, path));
      expect(crumbs, path).toContain('/');
      if (path.startsWith('/viden/') && path !== '/viden/') expect(crumbs, path).toContain('/viden/');
      expect(gluedBeforeInline(tree, path)).toEqual([]);
    },
  );
});

describe('viden', () => {
  it('the index lists every note with type, publisher or the statement, year and themes', () => {
    expect(notes.length).toBeGreaterThan(0);
    const cards = selectAll('li.note-card', parsePage('/viden/'));
    expect(cards).toHaveLength(notes.length);
    for (const n of notes) {
      const card = cards.find((c) => hrefsIn(c).includes(`/viden/${n.id}/`));
      expect(card, n.id).toBeDefined();
      const t = textOf(card!);
      expect(t).toContain(n.title);
      // Known facts only on the card; an unknown publisher is said once, on the note's own page.
      if (n.publisher) expect(t).toContain(n.publisher);
      expect(t).not.toContain('ikke angivet i kilden');
      if (n.year) expect(t).toContain(String(n.year));
      expect(
        hrefsIn(card!).some((h) => /^\/temaer\/[a-z-]+\/$/.test(h)),
        n.id,
      ).toBe(true);
    }
  });

  it.each(notes.map((n) => [n.id, n] as const))('%s carries its credit line', (_, note) => {
    const path = `/viden/${note.id}/`;
    const tree = parsePage(path);
    const page = textOf(tree);
    const credit = textOf(selectOne('dl.credit', tree, path));
    expect(page).toContain(note.title);
    expect(credit).toMatch(/^Type (Notat|Rapport|Nyhed|Vejledning)/);
    expect(credit).toContain(
      note.publisher ? `Udgiver ${note.publisher}` : 'Udgiver Kilden nævner ikke, hvem der har udgivet teksten.',
    );
    for (const a of note.authors ?? []) expect(credit).toContain(a);
    if (note.dateText) expect(credit).toContain(`Udgivet ${note.dateText}`);
    if (note.funder) expect(credit).toContain(`Hvem har finansieret ${note.funder}`);
    for (const k of note.knowledgeAreas ?? []) expect(credit).toContain(k);
    // The context line stands only where it explains a missing publisher (no copied site chrome).
    if (note.context) expect(page.includes(note.context), note.id).toBe(!note.publisher);
    // "Relaterede cases": exactly the cases that share at least one theme with the note.
    const noteThemes = (frontmatter(`src/content/viden/${note.id}.mdx`) as { themes: string[] }).themes;
    const expected = readdirSync('src/content/cases')
      .map((f) => ({
        id: f.replace(/\.mdx$/, ''),
        themes: (frontmatter(join('src/content/cases', f)) as { themes: string[] }).themes,
      }))
      .filter((c) => c.themes.some((t) => noteThemes.includes(t)))
      .map((c) => `/cases/${c.id}/`);
    const section = select('section[aria-labelledby="relaterede-cases"]', tree);
    if (expected.length === 0) expect(select('#relaterede-cases', tree), note.id).toBeUndefined();
    else {
      expect(textOf(selectOne('h2#relaterede-cases', tree, path))).toBe('Relaterede cases');
      expect(section, note.id).toBeDefined();
      expect(
        hrefsIn(section!)
          .filter((h) => h.startsWith('/cases/'))
          .sort(),
        note.id,
      ).toEqual(expected.sort());
    }
    // The credit line comes before the body text (selectAll keeps document order).
    expect(selectAll('dl.credit, div.prose', tree).map((e) => e.tagName)[0]).toBe('dl');
  });

  it('no publisher is stated where the source names none (the VIVE news and the guidance text)', () => {
    for (const id of ['partnerskaber-5-10-aar', 'samarbejde-eksterne-parter']) {
      expect(notes.find((n) => n.id === id)?.publisher, id).toBeNull();
      expect(text(`/viden/${id}/`)).not.toMatch(/Udgiver (VIVE|KORA)/);
    }
  });
});

describe('ordliste', () => {
  const page = parsePage('/ordliste/');
  const entries = Object.entries(glossary);
  const entry = (id: string) => selectOne(`section.term-entry[id="${id}"]`, page, `/ordliste/#${id}`);

  it('has every term with its definition', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const [id, t] of entries) expect(textOf(entry(id)), id).toContain(t.definition.replace(/\s+/g, ' ').trim());
  });

  it('every term is used somewhere: its "Bruges i" list has links, and each linked page really uses it', () => {
    for (const [id, t] of entries) {
      const uses = selectAll('ul[data-uses] a[href]', entry(id)).map((a) => attr(a, 'href'));
      expect(uses.length, `${id}: ingen "Bruges i"`).toBeGreaterThan(0);
      const spec = { id, term: t.term, aliases: t.aliases ?? [] };
      for (const href of uses) {
        const [path, hash] = href.split('#');
        const target = parsePage(path!);
        // A guide step: only the step's own section counts.
        const used = hash
          ? textOf(selectOne(`section.guide-step[id="${hash}"], section.guide-step:has([id="${hash}"])`, target, href))
          : mainText(target, href);
        expect(findTerm(used, spec), `${id}: "Bruges i" nævner ${href}, men siden bruger ikke begrebet`).not.toBeNull();
      }
    }
  });

  it('every term is linked from at least one page besides /ordliste/, and every term link has a target', () => {
    const linkedFrom = new Map<string, string[]>();
    for (const path of pagePaths()) {
      if (path === '/ordliste/') continue;
      for (const a of selectAll('a[href^="/ordliste/#"]', parsePage(path))) {
        const id = attr(a, 'href').slice('/ordliste/#'.length);
        expect(Object.keys(glossary), `${path} linker til et begreb, der ikke findes: ${id}`).toContain(id);
        linkedFrom.set(id, [...(linkedFrom.get(id) ?? []), path]);
      }
    }
    for (const [id] of entries)
      expect(linkedFrom.get(id)?.length ?? 0, `${id} linkes ikke fra nogen side`).toBeGreaterThan(0);
  });

  it('every entry credits its source with a link', () => {
    for (const [id] of entries) {
      const source = selectOne('.term-entry__source', entry(id), id);
      expect(textOf(source), id).toMatch(/^Kilde: /);
      expect(
        hrefsIn(source).some((h) => /^\/(cases|viden|samling)\/[a-z0-9-]+\/$/.test(h)),
        id,
      ).toBe(true);
    }
  });

  it('terms are linked from the text where they first occur', () => {
    const linked = new Set<string>();
    for (const path of [
      '/cases/hjemloesestrategien/',
      '/viden/ops-specialiserede-socialomraade/',
      '/procesguide/foer/',
      '/samling/indledning/',
    ]) {
      const ids = selectAll('a.term[href^="/ordliste/#"]', parsePage(path)).map((a) =>
        attr(a, 'href').slice('/ordliste/#'.length),
      );
      expect(new Set(ids).size, `${path}: hvert begreb linkes kun én gang`).toBe(ids.length);
      for (const i of ids) linked.add(i);
    }
    expect(linked).toContain('housing-first');
    expect(linked).toContain('ops');
  });
});

describe("the site's own pages", () => {
  it('"Om sitet" credits all five sources under id="kilder" and says what is stored in the browser', () => {
    const tree = parsePage('/om/');
    selectOne('#kilder', tree, '/om/');
    const page = textOf(tree);
    expect(page).toContain('Inspiration til partnerskaber: Case-samling');
    expect(page).toContain('Økonomi- og Indenrigsministeriet');
    for (const n of notes) expect(page).toContain(n.title);
    const kilder = textOf(selectOne('#kilder ~ ul.sources', tree, '/om/'));
    for (const n of notes) {
      const item = kilder.slice(kilder.indexOf(n.title));
      expect(item.slice(0, 600), n.id).toContain(
        n.publisher ? `Udgiver: ${n.publisher}` : 'Kilden nævner ikke, hvem der har udgivet teksten',
      );
      if (n.authors?.length) for (const a of n.authors) expect(item.slice(0, 600), n.id).toContain(a);
      else expect(item.slice(0, 600), n.id).toContain('Kilden nævner ingen forfattere');
    }
    // How the guide was written: counts only when there are steps, and the sentence runs on with its spaces intact.
    expect(page).toMatch(/Procesguiden( har [1-9]\d* trin og \d+ punkter\.)? Den er skrevet til sitet ud fra kilderne/);
    // Storage explained in plain words, no key names.
    expect(page).toContain('gemmes kun i din browser på denne computer');
    expect(page).not.toContain('partnerskabsguiden:');
    expect(page).toContain('ingen cookies');
  });

  it('the accessibility statement has scope, status, limitations, preparation, feedback and enforcement', () => {
    const html = readPage('/tilgaengelighed/');
    const tree = parsePage('/tilgaengelighed/');
    for (const id of ['omfang', 'status', 'test', 'begraensninger', 'udarbejdelse', 'feedback', 'haandhaevelse'])
      selectOne(`h2#${id}`, tree, '/tilgaengelighed/');
    const page = mainText(tree, '/tilgaengelighed/');
    for (const s of [
      'WCAG 2.1',
      'Overholdelsesstatus',
      'overholder delvist',
      'kendte begrænsninger',
      'selvevaluering',
      'Feedback og kontakt',
      'Håndhævelse',
      'Digitaliseringsstyrelsen',
      'WAS-tool',
    ]) {
      expect(page).toContain(s);
    }
    expect(page).toMatch(/udarbejdet \d{1,2}\. [a-zæøå]+ \d{4}/);
    // One place configures the WAS-tool link and the contact (src/lib/site.ts); when unset the page says so and
    // invents none.
    if (WAS_TOOL_URL === null) expect(page).toContain('endnu ikke offentliggjort i Digitaliseringsstyrelsens WAS-tool');
    else expect(html).toContain(`href="${WAS_TOOL_URL}"`);
    if (ACCESSIBILITY_CONTACT === null) {
      expect(page).toContain('endnu ikke oplyst en kontakt');
      expect(html).not.toMatch(/href="(mailto|tel):/);
    } else expect(html).toContain(`href="${ACCESSIBILITY_CONTACT.href}"`);
  });

  it('the 404 page leads on: search, the three parts and the themes', () => {
    const tree = parseHtml(readFileSync('dist/404.html', 'utf8'));
    const links = hrefsIn(tree);
    for (const href of ['/soeg/', '/cases/', '/procesguide/', '/viden/', '/temaer/']) expect(links).toContain(href);
    for (const t of themes.ids) expect(links).toContain(`/temaer/${t}/`);
    selectOne('form[action="/soeg/"][method="get"][role="search"]', tree, '/404.html');
    expect(attr(selectOne('html', tree, '/404.html'), 'lang')).toBe('da');
  });

  it('theme pages list notes beside cases, and guide steps when there are any', () => {
    const guide = readdirSync('src/content/guide', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const data = frontmatter(join('src/content/guide', f)) as { phase: string; themes: string[] };
        return {
          href: `/procesguide/${data.phase}/${f
            .split('/')
            .pop()!
            .replace(/^\d+-/, '')
            .replace(/\.mdx$/, '')}/`,
          themes: data.themes,
        };
      });
    expect(guide.length, 'procesguiden har ingen trin').toBeGreaterThan(0);
    for (const tema of themes.ids) {
      const tree = parsePage(`/temaer/${tema}/`);
      selectOne('h2#viden', tree, `/temaer/${tema}/`);
      const links = hrefsIn(tree);
      for (const n of notes.filter((x) =>
        (frontmatter(`src/content/viden/${x.id}.mdx`) as { themes: string[] }).themes.includes(tema),
      )) {
        expect(links, `${tema}: ${n.id}`).toContain(`/viden/${n.id}/`);
      }
      // Every step with the theme is listed, and every listed step page exists.
      for (const step of guide.filter((g) => g.themes.includes(tema)))
        expect(links, `${tema}: ${step.href}`).toContain(step.href);
      for (const step of guide) expect(select('h1', parsePage(step.href)), step.href).toBeDefined();
    }
  });
});
