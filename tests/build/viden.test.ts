/**
 * Research notes, glossary and the site's own pages in dist/: credit lines,
 * the index, every glossary term defined and used, "Om sitet" naming every
 * source, and the accessibility statement's required parts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { decodeEntities, readPage, visibleText } from './dist';

interface Note {
  id: string;
  title: string;
  publisher: string | null;
  authors?: string[];
  dateText?: string;
  funder?: string;
}
const notes: Note[] = readdirSync('src/content/viden').map((f) => ({
  id: f.replace(/\.mdx$/, ''),
  ...(load(readFileSync(join('src/content/viden', f), 'utf8').split(/^---$/m)[1]!) as Omit<Note, 'id'>),
}));
const glossary = load(readFileSync('src/content/ordliste/ordliste.yaml', 'utf8')) as Record<string, { term: string; definition: string }>;
const text = (path: string) => visibleText(readPage(path));

describe('viden', () => {
  it('the index lists all four notes', () => {
    expect(notes).toHaveLength(4);
    const index = readPage('/viden/');
    for (const n of notes) expect(index).toContain(`href="/viden/${n.id}/"`);
  });

  it.each(notes.map((n) => [n.id, n] as const))('%s carries its credit line', (_, note) => {
    const page = text(`/viden/${note.id}/`);
    expect(page).toContain(note.title);
    expect(page).toContain(note.publisher ? `Udgiver ${note.publisher}` : 'Udgiver Kilden nævner ikke, hvem der har udgivet teksten.');
    for (const a of note.authors ?? []) expect(page).toContain(a);
    if (note.dateText) expect(page).toContain(`Udgivet ${note.dateText}`);
    if (note.funder) expect(page).toContain(`Hvem har finansieret ${note.funder}`);
  });
});

describe('ordliste', () => {
  const page = readPage('/ordliste/');
  const entries = Object.entries(glossary);

  it('has every term with its definition', () => {
    expect(entries.length).toBeGreaterThan(15);
    const plain = visibleText(page);
    for (const [id, t] of entries) {
      expect(page, id).toContain(`id="${id}"`);
      expect(plain, id).toContain(t.definition.replace(/\s+/g, ' ').trim());
    }
  });

  it('every term is used somewhere: its "Bruges i" list has links, and each linked page really uses it', () => {
    for (const [id] of entries) {
      const section = page.slice(page.indexOf(`id="${id}"`)).split('<section')[0]!;
      const uses = Array.from(section.matchAll(/<ul data-uses[^>]*>([\s\S]*?)<\/ul>/g)).flatMap((m) => Array.from(m[1]!.matchAll(/href="([^"]+)"/g), (h) => decodeEntities(h[1]!)));
      expect(uses.length, `${id}: ingen "Bruges i"`).toBeGreaterThan(0);
    }
  });

  it('terms are linked from the text where they first occur', () => {
    const linked = new Set<string>();
    for (const path of ['/cases/hjemloesestrategien/', '/viden/ops-specialiserede-socialomraade/', '/procesguide/foer/', '/samling/indledning/']) {
      const html = readPage(path);
      const ids = Array.from(html.matchAll(/<a href="\/ordliste\/#([^"]+)" class="term">/g), (m) => m[1]!);
      expect(new Set(ids).size, `${path}: hvert begreb linkes kun én gang`).toBe(ids.length);
      ids.forEach((i) => linked.add(i));
    }
    expect(linked).toContain('housing-first');
    expect(linked).toContain('ops');
  });
});

describe('the site\'s own pages', () => {
  it('"Om sitet" credits all five sources under id="kilder" and says what is stored in the browser', () => {
    const html = readPage('/om/');
    expect(html).toContain('id="kilder"');
    const page = visibleText(html);
    expect(page).toContain('Inspiration til partnerskaber: Case-samling');
    expect(page).toContain('Økonomi- og Indenrigsministeriet');
    for (const n of notes) expect(page).toContain(n.title);
    expect(page).toContain('partnerskabsguiden:tjekliste');
    expect(page).toContain('ingen cookies');
  });

  it('the accessibility statement has status, limitations, preparation, feedback and enforcement', () => {
    const page = text('/tilgaengelighed/');
    for (const s of ['WCAG 2.1', 'Overholdelsesstatus', 'Kendte begrænsninger', 'Udarbejdelse af erklæringen', 'Feedback og kontakt', 'Håndhævelse', 'Digitaliseringsstyrelsen', 'WAS-tool']) {
      expect(page).toContain(s);
    }
  });

  it('the 404 page leads on: search, the three parts and the themes', () => {
    const html = readFileSync('dist/404.html', 'utf8');
    for (const href of ['/soeg/', '/cases/', '/procesguide/', '/viden/', '/temaer/']) expect(html).toContain(`href="${href}"`);
    expect(html).toMatch(/<html lang="da"/);
  });
});
