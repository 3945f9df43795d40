/**
 * Research notes in dist/: the index and the credit lines; on the notes' pages, the glossary, /om/ and
 * /tilgaengelighed/: breadcrumbs, and no word glued to a following link. The glossary itself and the site's own pages
 * are tested in ordliste.test.ts and site-pages.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { parsePage, select, selectAll, selectOne, textOf, readPage, visibleText } from './dist';
import { frontmatter, hrefsIn, notes } from './notes';

const text = (path: string) => visibleText(readPage(path));

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
