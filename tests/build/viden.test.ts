/**
 * Research notes, glossary and the site's own pages in dist/: credit lines,
 * the index, every glossary term defined and used, "Om sitet" naming every
 * source, and the accessibility statement's required parts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findTerm } from '../../src/lib/glossary';
import { ACCESSIBILITY_CONTACT, WAS_TOOL_URL } from '../../src/lib/site';
import { themes } from '../../src/lib/vocabularies';
import { decodeEntities, pagePaths, readPage, visibleText } from './dist';

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
const glossary = load(readFileSync('src/content/ordliste/ordliste.yaml', 'utf8')) as Record<string, { term: string; aliases?: string[]; definition: string }>;
const mainText = (html: string) => visibleText(html.slice(html.indexOf('<main'), html.indexOf('</main>')));
const text = (path: string) => visibleText(readPage(path));

const ownPages = ['/viden/', ...notes.map((n) => `/viden/${n.id}/`), '/ordliste/', '/om/', '/tilgaengelighed/'];

describe('the viden helper\'s pages, all of them', () => {
  it.each(ownPages)('%s: breadcrumbs from Forside, no word glued to a following link or code (Astro drops line-break spaces)', (path) => {
    const html = readPage(path);
    const crumbs = html.slice(html.indexOf('<nav class="breadcrumbs"'), html.indexOf('</nav>', html.indexOf('<nav class="breadcrumbs"')));
    expect(crumbs, path).toContain('href="/"');
    if (path.startsWith('/viden/') && path !== '/viden/') expect(crumbs, path).toContain('href="/viden/"');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    // A letter, digit or closing punctuation directly before an inline element means a lost space.
    expect(main.match(/[\p{L}\p{N},;:]<(a|code|cite|strong|em)[\s>]/gu) ?? [], path).toEqual([]);
  });
});

describe('viden', () => {
  it('the index lists all four notes with type, publisher or the statement, year and themes', () => {
    expect(notes).toHaveLength(4);
    const index = readPage('/viden/');
    const cards = index.split('<li class="note-card"').slice(1);
    expect(cards).toHaveLength(4);
    for (const n of notes) {
      const card = cards.find((c) => c.includes(`href="/viden/${n.id}/"`));
      expect(card, n.id).toBeDefined();
      const t = visibleText(card!);
      expect(t).toContain(n.title);
      expect(t).toContain(n.publisher ?? 'Udgiver ikke angivet i kilden');
      if (n.year) expect(t).toContain(String(n.year));
      expect(card).toMatch(/href="\/temaer\/[a-z-]+\/"/);
    }
  });

  it.each(notes.map((n) => [n.id, n] as const))('%s carries its credit line', (_, note) => {
    const html = readPage(`/viden/${note.id}/`);
    const page = visibleText(html);
    const credit = visibleText(html.slice(html.indexOf('<dl class="credit"'), html.indexOf('</dl>', html.indexOf('<dl class="credit"'))));
    expect(page).toContain(note.title);
    expect(credit).toMatch(/^Type (Notat|Rapport|Nyhed|Vejledning)/);
    expect(credit).toContain(note.publisher ? `Udgiver ${note.publisher}` : 'Udgiver Kilden nævner ikke, hvem der har udgivet teksten.');
    for (const a of note.authors ?? []) expect(credit).toContain(a);
    if (note.dateText) expect(credit).toContain(`Udgivet ${note.dateText}`);
    if (note.funder) expect(credit).toContain(`Hvem har finansieret ${note.funder}`);
    for (const k of note.knowledgeAreas ?? []) expect(credit).toContain(k);
    if (note.context) expect(page).toContain(note.context);
    // "Relaterede cases": exactly the cases that share at least one theme with the note.
    const noteThemes = (frontmatter(`src/content/viden/${note.id}.mdx`) as { themes: string[] }).themes;
    const expected = readdirSync('src/content/cases')
      .map((f) => ({ id: f.replace(/\.mdx$/, ''), themes: (frontmatter(join('src/content/cases', f)) as { themes: string[] }).themes }))
      .filter((c) => c.themes.some((t) => noteThemes.includes(t)))
      .map((c) => `/cases/${c.id}/`);
    const at = html.indexOf('id="relaterede-cases"');
    if (expected.length === 0) expect(at, note.id).toBe(-1);
    else {
      expect(html).toMatch(/<h2 id="relaterede-cases"[^>]*>Relaterede cases<\/h2>/);
      const section = html.slice(at, html.indexOf('</section>', at));
      expect(Array.from(section.matchAll(/href="(\/cases\/[a-z0-9-]+\/)"/g), (m) => m[1]).sort(), note.id).toEqual(expected.sort());
    }
    // The credit line comes before the body text.
    expect(html.indexOf('<dl class="credit"')).toBeLessThan(html.indexOf('<div class="prose"'));
  });

  it('no publisher is stated where the source names none (the VIVE news and the guidance text)', () => {
    for (const id of ['partnerskaber-5-10-aar', 'samarbejde-eksterne-parter']) {
      expect(notes.find((n) => n.id === id)?.publisher, id).toBeNull();
      expect(text(`/viden/${id}/`)).not.toMatch(/Udgiver (VIVE|KORA)/);
    }
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
    for (const [id, t] of entries) {
      const section = page.slice(page.indexOf(`id="${id}"`)).split('<section')[0]!;
      const uses = Array.from(section.matchAll(/<ul data-uses[^>]*>([\s\S]*?)<\/ul>/g)).flatMap((m) => Array.from(m[1]!.matchAll(/href="([^"]+)"/g), (h) => decodeEntities(h[1]!)));
      expect(uses.length, `${id}: ingen "Bruges i"`).toBeGreaterThan(0);
      const spec = { id, term: t.term, aliases: t.aliases ?? [] };
      for (const href of uses) {
        const [path, hash] = href.split('#');
        let html = readPage(path!);
        if (hash) {
          // A guide step: only the step's own section counts.
          const at = html.indexOf(`id="${hash}"`);
          expect(at, `${id}: ${href} findes ikke`).toBeGreaterThan(-1);
          html = `<main>${html.slice(at).split('<section class="guide-step"')[0]}</main>`;
        }
        expect(findTerm(mainText(html), spec), `${id}: "Bruges i" nævner ${href}, men siden bruger ikke begrebet`).not.toBeNull();
      }
    }
  });

  it('every term is linked from at least one page besides /ordliste/, and every term link has a target', () => {
    const linkedFrom = new Map<string, string[]>();
    for (const path of pagePaths()) {
      if (path === '/ordliste/') continue;
      for (const m of readPage(path).matchAll(/href="\/ordliste\/#([^"]+)"/g)) {
        expect(Object.keys(glossary), `${path} linker til et begreb, der ikke findes: ${m[1]}`).toContain(m[1]);
        linkedFrom.set(m[1]!, [...(linkedFrom.get(m[1]!) ?? []), path]);
      }
    }
    for (const [id] of entries) expect(linkedFrom.get(id)?.length ?? 0, `${id} linkes ikke fra nogen side`).toBeGreaterThan(0);
  });

  it('every entry credits its source with a link', () => {
    for (const [id] of entries) {
      const section = page.slice(page.indexOf(`id="${id}"`)).split('<section')[0]!;
      expect(section, id).toMatch(/Kilde: <a href="\/(cases|viden|samling)\/[a-z0-9-]+\/"/);
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
    const kilder = visibleText(html.slice(html.indexOf('id="kilder"'), html.indexOf('<h2', html.indexOf('id="kilder"') + 10)));
    for (const n of notes) {
      const item = kilder.slice(kilder.indexOf(n.title));
      expect(item.slice(0, 600), n.id).toContain(n.publisher ? `Udgiver: ${n.publisher}` : 'Kilden nævner ikke, hvem der har udgivet teksten');
      if (n.authors?.length) for (const a of n.authors) expect(item.slice(0, 600), n.id).toContain(a);
      else expect(item.slice(0, 600), n.id).toContain('Kilden nævner ingen forfattere');
    }
    // How the guide was written: counts only when there are steps, and the sentence runs on with its spaces intact.
    expect(page).toMatch(/sin egen procesguide( med [1-9]\d* trin og \d+ tjeklistepunkter)? ud fra de fem kilder/);
    expect(page).toContain('partnerskabsguiden:tjekliste');
    expect(page).toContain('ingen cookies');
  });

  it('the accessibility statement has scope, status, limitations, preparation, feedback and enforcement', () => {
    const html = readPage('/tilgaengelighed/');
    for (const id of ['omfang', 'status', 'test', 'begraensninger', 'udarbejdelse', 'feedback', 'haandhaevelse']) expect(html).toContain(`<h2 id="${id}"`);
    const page = mainText(html);
    for (const s of ['WCAG 2.1', 'Overholdelsesstatus', 'overholder delvist', 'kendte begrænsninger', 'selvevaluering', 'Feedback og kontakt', 'Håndhævelse', 'Digitaliseringsstyrelsen', 'WAS-tool']) {
      expect(page).toContain(s);
    }
    expect(page).toMatch(/udarbejdet \d{1,2}\. [a-zæøå]+ \d{4}/);
    // One place configures the WAS-tool link and the contact (src/lib/site.ts); when unset the page says so and invents none.
    if (WAS_TOOL_URL === null) expect(page).toContain('endnu ikke offentliggjort i Digitaliseringsstyrelsens WAS-tool');
    else expect(html).toContain(`href="${WAS_TOOL_URL}"`);
    if (ACCESSIBILITY_CONTACT === null) {
      expect(page).toContain('endnu ikke oplyst en kontakt');
      expect(html).not.toMatch(/href="(mailto|tel):/);
    } else expect(html).toContain(`href="${ACCESSIBILITY_CONTACT.href}"`);
  });

  it('the 404 page leads on: search, the three parts and the themes', () => {
    const html = readFileSync('dist/404.html', 'utf8');
    for (const href of ['/soeg/', '/cases/', '/procesguide/', '/viden/', '/temaer/']) expect(html).toContain(`href="${href}"`);
    for (const t of themes.ids) expect(html).toContain(`href="/temaer/${t}/"`);
    expect(html).toMatch(/<form action="\/soeg\/" method="get" role="search"/);
    expect(html).toMatch(/<html lang="da"/);
  });

  it('theme pages list notes beside cases, and guide steps when there are any', () => {
    for (const tema of themes.ids) {
      const html = readPage(`/temaer/${tema}/`);
      expect(html).toContain('<h2 id="viden"');
      for (const n of notes.filter((x) => (load(readFileSync(`src/content/viden/${x.id}.mdx`, 'utf8').split(/^---$/m)[1]!) as { themes: string[] }).themes.includes(tema))) {
        expect(html, `${tema}: ${n.id}`).toContain(`href="/viden/${n.id}/"`);
      }
    }
    const steps = Array.from(readPage('/temaer/socialomraadet/').matchAll(/href="(\/procesguide\/(?:foer|under|efter)\/#[a-z0-9-]+)"/g), (m) => m[1]!);
    const guideFiles = existsSync('src/content/guide') ? readdirSync('src/content/guide', { recursive: true }).filter((f) => String(f).endsWith('.mdx')) : [];
    if (guideFiles.length > 0) expect(steps.length).toBeGreaterThan(0);
    for (const href of steps) {
      const [path, hash] = href.split('#');
      expect(readPage(path!)).toContain(`id="${hash}"`);
    }
  });
});
