import { describe, expect, it } from 'vitest';
import { estimateWidth, OG_WIDTH, ogImagePath, ogSvg, sectionOf, titleLayout, wrapLines } from '../../src/lib/og-image';
import { decodeAttribute, metaContent } from '../../src/lib/og-integration';

describe('link preview image (og:image)', () => {
  it('has one address per page, without æøå or a trailing slash', () => {
    expect(ogImagePath('/')).toBe('/og/forside.png');
    expect(ogImagePath('/cases/fuldkorn/')).toBe('/og/cases/fuldkorn.png');
    expect(ogImagePath('/procesguide/foer/rette-partnere/')).toBe('/og/procesguide/foer/rette-partnere.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
  });

  it('names the section as the navigation does; the site pages have none', () => {
    expect(sectionOf('/cases/fuldkorn/')).toBe('Cases');
    expect(sectionOf('/procesguide/foer/')).toBe('Procesguide');
    expect(sectionOf('/om/')).toBeNull();
    expect(sectionOf('/')).toBeNull();
  });

  it('wraps a title into lines within the width, cutting with … only past the last line', () => {
    const title = 'Udvikling af offentlig-privat samspil (OPS) på det specialiserede socialområde';
    const lines = wrapLines(title, 14, 10);
    expect(lines.join(' ')).toBe(title);
    for (const l of lines) expect(estimateWidth(l)).toBeLessThanOrEqual(14);
    const cut = wrapLines(title, 14, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/ …$/);
    expect(wrapLines('Ét', 14, 2)).toEqual(['Ét']);
  });

  it('shrinks a long title rather than cut it, and keeps every line inside the image', () => {
    expect(titleLayout('Find de rette partnere').size).toBe(72);
    const long = titleLayout(
      'Hvordan partnerskaber på tværs af stat, kommuner, regioner, virksomheder og organisationer '.repeat(2),
    );
    expect(long.size).toBeLessThan(72);
    for (const l of long.lines) expect(estimateWidth(l) * long.size).toBeLessThanOrEqual(OG_WIDTH - 160);
  });

  it('draws the title and the site name as escaped text on the site blue', () => {
    const svg = ogSvg({ title: 'Mål & midler <i>', section: 'Viden', siteName: 'Partnerskabsguiden', host: 'x.dk' });
    expect(svg).toContain('fill="#004d99"');
    expect(svg).toContain('Mål &amp; midler &lt;i&gt;');
    expect(svg).toContain('>Partnerskabsguiden<');
    expect(svg).toContain('>Viden<');
    expect(svg).not.toContain('<i>');
  });

  it('reads a page’s meta tags back from its HTML, entities decoded', () => {
    const html = '<meta property="og:title" content="Mål &amp; &quot;midler&quot; &#39;x&#x27;">';
    expect(metaContent(html, 'og:title')).toBe('Mål & "midler" \'x\'');
    expect(metaContent(html, 'og:image')).toBeNull();
    expect(decodeAttribute('a&lt;b&gt;')).toBe('a<b>');
  });
});
