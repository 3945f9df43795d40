/**
 * The agreement page in dist/: every element links to a passage (a case or
 * chapter page that exists, with the heading id), every quote stands verbatim
 * in the source text, the table has one row per case in the collection, the
 * search keywords are indexed, and the "Skriv aftalen ned" step links here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { normaliseSourceText } from '../../src/lib/agreement';
import { fileForPath, readPage } from './dist';

const PAGE = '/procesguide/aftale/';
const SOURCE = 'sources/oim-2014-inspiration-til-partnerskaber-case-samling.txt';

const page = fromHtml(readPage(PAGE));
const text = (node: Element | Root) => textOf(node).replace(/\s+/g, ' ').trim();
const parsed = new Map<string, Root>();
function parsePage(path: string): Root {
  let tree = parsed.get(path);
  if (!tree) {
    tree = fromHtml(readPage(path));
    parsed.set(path, tree);
  }
  return tree;
}

const foldApostrophes = (s: string) => s.replace(/’/g, "'");

const elements = selectAll('[data-template-element]', page);
const caseIds = readdirSync('src/content/cases')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

describe('aftalesiden: aftalens dele', () => {
  it('har dele, hver med overskrift, vores spørgsmål og mindst ét citat, eller mærket som sitets forslag', () => {
    expect(elements.length).toBeGreaterThan(0);
    for (const el of elements) {
      const title = select('[data-template-title]', el);
      expect(title?.tagName, 'overskrift').toBe('h3');
      expect(text(select('[data-template-question]', el)!).length, `spørgsmål under ${text(title!)}`).toBeGreaterThan(
        10,
      );
      const suggestion = text(title!).endsWith('(sitets forslag)');
      if (suggestion) expect(text(select('.agreement-element__suggestion', el)!)).toMatch(/^Sitets forslag:/);
      else expect(selectAll('[data-template-quote]', el).length, `citater under ${text(title!)}`).toBeGreaterThan(0);
    }
  });

  it('har parterne, varighed og ophør, ændringer, uenighed og tvister, oplysninger og fortrolighed', () => {
    const titles = elements.map((el) => text(select('[data-template-title]', el)!));
    for (const t of ['Parterne', 'Varighed og ophør', 'Ændringer i aftalen', 'Uenighed og tvister'])
      expect(titles).toContain(`${t} (sitets forslag)`);
    expect(titles).toContain('Oplysninger og fortrolighed (sitets forslag)');
  });

  it('har en indholdsliste øverst, der fører til hver del og til casene', () => {
    const nav = select('nav.agreement-contents', page)!;
    const targets = selectAll('a', nav).map((a) => String(a.properties.href).slice(1));
    expect(targets).toEqual([
      'indhold-i-aftalen',
      ...elements.map((el) => String(el.properties.id)),
      'saadan-gjorde-casene',
    ]);
    for (const id of targets) expect(select(`[id="${id}"]`, page), id).toBeTruthy();
    // Before the parts in the page's order (at the top on a phone).
    const html = readPage(PAGE);
    expect(html.indexOf('agreement-contents')).toBeLessThan(html.indexOf('data-template-elements'));
  });

  it('forsiden linker til siden', () => {
    expect(selectAll('main a', parsePage('/')).map((a) => String(a.properties.href))).toContain(PAGE);
  });

  it('hvert citat linker til en case- eller kapitelside med overskriftens id, og siden viser citatet', () => {
    let checked = 0;
    for (const el of elements) {
      const name = text(select('[data-template-title]', el)!);
      const examples = selectAll('[data-template-example]', el);
      for (const ex of examples) {
        const link = select('a[data-template-source]', ex)!;
        const href = String(link.properties.href);
        const match = /^(\/(?:cases|samling)\/[a-z0-9-]+\/)#(.+)$/.exec(href);
        expect(match, `${name}: ${href} er ikke et link til et sted i en case eller et kapitel`).not.toBeNull();
        const [, path, fragment] = match!;
        expect(existsSync(fileForPath(path!)), `${name}: ${path} findes ikke i dist/`).toBe(true);
        const target = parsePage(path!);
        const id = decodeURIComponent(fragment!);
        const heading = select(`[id="${id}"]`, target);
        expect(heading, `${name}: #${id} findes ikke på ${path}`).toBeTruthy();
        expect(heading!.tagName, `${name}: #${id} på ${path}`).toMatch(/^h[2-4]$/);
        // The case pages set apostrophes typographically (Astro's smartypants); the words must match.
        const quote = foldApostrophes(normaliseSourceText(text(select('[data-template-quote]', ex)!)));
        expect(
          foldApostrophes(normaliseSourceText(text(select('main', target)!))),
          `${name}: citatet står ikke på ${path}: ${quote}`,
        ).toContain(quote);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(elements.length);
  });

  it('hvert citat står ordret i kildeteksten (kun mellemrum og orddeling udjævnet)', () => {
    const source = normaliseSourceText(readFileSync(SOURCE, 'utf8'));
    const quotes = selectAll('[data-template-quote]', page).map((q) => normaliseSourceText(text(q)));
    expect(quotes.length).toBeGreaterThan(0);
    const missing = quotes.filter((q) => !source.includes(q));
    expect(missing, 'citater, der ikke står i kilden').toEqual([]);
  });

  it('normaliseringen tilgiver ikke et ændret ord', () => {
    const source = normaliseSourceText(readFileSync(SOURCE, 'utf8'));
    const quote = normaliseSourceText(text(select('[data-template-quote]', page)!));
    expect(source.includes(quote.replace(/ /, ' ikke '))).toBe(false);
  });
});

describe('aftalesiden: sådan gjorde casene', () => {
  const table = select('table[data-agreement-table]', page)!;

  it('nævner hver case én gang: som række, eller samlet på én linje, når teksten intet siger', () => {
    expect(caseIds.length).toBeGreaterThan(0);
    const rows = selectAll('tbody tr', table);
    const grouped = selectAll('[data-agreement-silent] a', page);
    expect(grouped.length, 'cases uden oplysninger').toBeGreaterThan(0);
    expect(text(select('[data-agreement-silent]', page)!)).toMatch(/^Kilden oplyser ikke noget om aftalen i/);
    expect([...rows, ...grouped].map((r) => String(r.properties.dataCase)).sort()).toEqual([...caseIds].sort());
    for (const row of rows) expect(select('th', row)?.properties.scope).toBe('row');
    const heads = selectAll('thead th', table);
    expect(heads.length).toBeGreaterThan(1);
    for (const th of heads) expect(th.properties.scope).toBe('col');
    expect(select('caption', table)).toBeTruthy();
  });

  it('siger »kilden oplyser ikke« i stedet for tomme celler, og rækkernes links rammer et id', () => {
    for (const row of selectAll('tbody tr', table)) {
      for (const td of selectAll('td', row))
        expect(text(td).length, String(row.properties.dataCase)).toBeGreaterThan(0);
      const href = String(select('th a', row)!.properties.href);
      const [path, fragment] = href.split('#');
      expect(existsSync(fileForPath(path!)), href).toBe(true);
      if (fragment) expect(select(`[id="${decodeURIComponent(fragment)}"]`, parsePage(path!)), href).toBeTruthy();
    }
    expect(text(table)).toContain('kilden oplyser ikke');
  });
});

describe('aftalesiden: søgning, knapper og trinnet', () => {
  it('emneordene står i den del, søgningen indekserer', () => {
    const body = select('[data-pagefind-body]', page)!;
    const words = text(body).toLowerCase();
    for (const w of ['aftaleskabelon', 'skabelon', 'kontrakt']) expect(words).toContain(w);
  });

  it('kopiknappen er skjult i HTML (kun med JavaScript), og tabellen kommer ikke med på udskriften', () => {
    const buttons = select('[data-template-buttons]', page)!;
    expect(buttons.properties.dataPending, 'usynlig, til øen viser den').toBe('');
    expect(buttons.properties.className).toContain('js-only');
    expect(text(buttons)).toContain('Kopiér som skabelon til Word');
    const section = selectAll('section', page).find((s) => select('table[data-agreement-table]', s));
    expect(section?.properties.className).toContain('no-print');
  });

  it('trinnet »Skriv aftalen ned« linker til siden', () => {
    const step = readFileSync('src/content/guide/foer/07-skriftlig-aftale.mdx', 'utf8');
    const slug = 'skriftlig-aftale';
    expect(step).toContain('title: Skriv aftalen ned');
    const stepPage = parsePage(`/procesguide/foer/${slug}/`);
    const links = selectAll('.prose a', stepPage).map((a) => String(a.properties.href));
    expect(links).toContain(PAGE);
  });
});
