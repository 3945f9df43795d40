/**
 * The site's own words, held in the built pages (docs/redigering.md: "Sitets ord"). Each
 * rule has a reason. The case collection's and the notes' own text keep the
 * sources' words, so rules on running text apply to the pages we write.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { pagePaths, readPage } from './dist';

const paths = pagePaths();
/** Pages whose running text is ours: the guide, the frame pages, the glossary's headings. */
const ownPages = paths.filter(
  (p) => p.startsWith('/procesguide/') || ['/', '/om/', '/tilgaengelighed/', '/soeg/'].includes(p),
);

function mainText(path: string): string {
  const tree = fromHtml(readPage(path));
  const main = selectAll('main', tree)[0];
  if (!main) throw new Error(`${path}: ingen <main>`);
  // Quotations are the sources' words (» « and <blockquote>/<q>); scripts and templates are not text.
  // Titles of the sources (links to /viden/ and <cite>) are the sources' own words too.
  for (const quote of selectAll('blockquote, q, cite, [data-quote], script, template, style, a[href^="/viden/"]', main))
    quote.children = [];
  return textOf(main)
    .replace(/»[^«]*«/g, ' ')
    .replace(/\s+/g, ' ');
}

describe("the site's words", () => {
  it('reaches the pages it checks', () => {
    expect(ownPages).toContain('/procesguide/');
    expect(ownPages.length).toBeGreaterThan(5);
  });

  it('"sitet", never "websitet" or "webstedet" for this site', () => {
    const found = paths.filter((p) => /\bwebsitet\b|\bwebstedet\b/i.test(mainText(p)));
    expect(found).toEqual([]);
  });

  it('a cancel button says "Annullér" ("Fortryd" means undo)', () => {
    const found = paths.flatMap((p) =>
      selectAll('button', fromHtml(readPage(p)))
        .map((b) => textOf(b).trim())
        .filter((label) => /^fortryd$/i.test(label))
        .map((label) => `${p}: ${label}`),
    );
    expect(found).toEqual([]);
  });

  it('Danish quotation marks » « in our running text, not straight quotes', () => {
    const found = ownPages
      .filter((p) => /"[^"]{2,80}"/.test(mainText(p)))
      .map((p) => `${p}: ${mainText(p).match(/"[^"]{2,80}"/)?.[0]}`);
    expect(found).toEqual([]);
  });

  it('an en dash in ranges of years and numbers ("5–10 år", "2014–2017") outside quotations', () => {
    const range = /\b(?:1[89]|20)\d\d-(?:1[89]|20)\d\d\b|\b\d{1,2}-\d{1,2} (?:år|måneder|uger)\b/;
    const found = ownPages.filter((p) => range.test(mainText(p))).map((p) => `${p}: ${mainText(p).match(range)?.[0]}`);
    expect(found).toEqual([]);
  });

  it(
    'the user\'s saved checklist is a "tjekliste", never a "forløb" ' +
      '(municipal readers know "forløb" as a citizen\'s course)',
    () => {
      // Scoped to the text that names the user's checklist: the bar with its panel and share dialog on the guide's
      // pages, /om/'s privacy text and the accessibility statement. Step texts and cases quote sources, where
      // "forløb" means something else ("et dialogbaseret forløb").
      const bars = paths.flatMap((p) =>
        selectAll('pg-tjekliste-bar', fromHtml(readPage(p))).map((bar) => ({ where: p, text: textOf(bar) })),
      );
      const privacy = selectAll('h2#data-i-browseren ~ p', fromHtml(readPage('/om/'))).map((el) => ({
        where: '/om/',
        text: textOf(el),
      }));
      const statement = [{ where: '/tilgaengelighed/', text: mainText('/tilgaengelighed/') }];
      expect(bars.length, 'bjælken findes på procesguidens sider').toBeGreaterThan(5);
      expect(
        bars.every((b) => b.text.includes('Tjekliste:')),
        'bjælken siger »Tjekliste: …«',
      ).toBe(true);
      expect(privacy.map((p) => p.text).join(' '), '/om/ fortæller, hvad sitet gemmer').toContain('dine tjeklister');
      const found = [...bars, ...privacy, ...statement]
        .filter((t) => /forløb/i.test(t.text))
        .map((t) => `${t.where}: ${t.text.match(/.{0,40}forløb.{0,40}/i)?.[0]}`);
      expect(found).toEqual([]);
    },
  );

  it('"partnere", not "parter", in checklist items', () => {
    const found = paths.flatMap((p) =>
      selectAll('.checklist__label', fromHtml(readPage(p)))
        .map((label) => textOf(label))
        .filter((text) => /\bparte(?:r|rne|rs)\b/i.test(text))
        .map((text) => `${p}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
