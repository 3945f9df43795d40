/** The site's own pages in dist/: "Om sitet" naming every source, the accessibility statement, 404 and themes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { ACCESSIBILITY_CONTACT, WAS_TOOL_URL } from '../../src/lib/site';
import { themes } from '../../src/lib/vocabularies';
import { attr, parseHtml, parsePage, readPage, select, selectOne, textOf } from './dist';
import { frontmatter, hrefsIn, notes } from './notes';

const mainText = (tree: Root, where: string) => textOf(selectOne('main', tree, where));

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
