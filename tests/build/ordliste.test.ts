/** The glossary in dist/: every term defined, used, linked from the text where it first occurs, and credited. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { findTerm } from '../../src/lib/glossary';
import { attr, pagePaths, parsePage, selectAll, selectOne, textOf } from './dist';
import { hrefsIn } from './notes';

const glossary = load(readFileSync('src/content/ordliste/ordliste.yaml', 'utf8')) as Record<
  string,
  { term: string; aliases?: string[]; definition: string }
>;
const mainText = (tree: Root, where: string) => textOf(selectOne('main', tree, where));

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
        const message = `${id}: "Bruges i" nævner ${href}, men siden bruger ikke begrebet`;
        expect(findTerm(used, spec), message).not.toBeNull();
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
