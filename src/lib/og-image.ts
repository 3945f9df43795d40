/**
 * The link preview image (Open Graph) of a page: its title on the site's colours,
 * 1200 × 630 px, drawn as SVG here and turned into PNG at build time by
 * src/lib/og-integration.ts. Pure functions, so the layout is unit-tested.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Det Fælles Designsystem's colours the site uses (src/styles/global.scss): blue-800, blue-100, white. */
const BLUE = '#004d99';
const BLUE_LIGHT = '#e2f2fb';
const WHITE = '#ffffff';
// The site's 600 subset names its family "IBM Plex Sans SemiBold" (the renderer matches by family name).
const BOLD = 'font-family="IBM Plex Sans SemiBold, IBM Plex Sans" font-weight="600"';

/** Where a page's image lives: "/" → "/og/forside.png", "/cases/fuldkorn/" → "/og/cases/fuldkorn.png". */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `/og/${trimmed === '' ? 'forside' : trimmed}.png`;
}

/** The section a page belongs to, named as the navigation names it; null for pages of the site itself. */
const SECTIONS: Record<string, string> = {
  cases: 'Cases',
  procesguide: 'Procesguide',
  viden: 'Viden',
  temaer: 'Temaer',
  samling: 'Case-samlingen',
  ordliste: 'Ordliste',
};
export function sectionOf(pagePath: string): string | null {
  const first = pagePath.split('/').filter(Boolean)[0];
  return first ? (SECTIONS[first] ?? null) : null;
}

/**
 * Width of a string in em of IBM Plex Sans SemiBold, estimated per character class
 * (no font parser at build time; a slight overestimate, so a line never runs off the image).
 */
export function estimateWidth(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (/[iljtfrI.,:;'!|()\s-]/.test(ch)) em += 0.32;
    else if (/[mwMWÆæ]/.test(ch)) em += 0.88;
    else if (/[A-ZÅØ0-9]/.test(ch)) em += 0.66;
    else em += 0.57;
  }
  return em;
}

/**
 * Breaks `text` into lines no wider than `maxEm` (a word longer than a line gets a
 * line of its own). Returns at most `maxLines` lines; the last ends in "…" when cut.
 */
export function wrapLines(text: string, maxEm: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateWidth(candidate) > maxEm) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.includes(' ') && estimateWidth(`${last} …`) > maxEm) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last} …`;
  return kept;
}

/** Title lines at the largest size (72, 60 or 50 px) that fits in four lines. */
export function titleLayout(title: string): { size: number; lines: string[] } {
  const width = OG_WIDTH - 2 * 80;
  for (const size of [72, 60]) {
    const lines = wrapLines(title, width / size, 4);
    if (!lines.at(-1)?.endsWith('…')) return { size, lines };
  }
  return { size: 50, lines: wrapLines(title, width / 50, 4) };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The image as SVG: the wordmark and the page's section at the top, the title, the site's address. */
export function ogSvg(input: { title: string; section: string | null; siteName: string; host: string }): string {
  const { size, lines } = titleLayout(input.title);
  const lineHeight = Math.round(size * 1.15);
  // The title block sits in the middle band, between the wordmark and the address.
  const top = 190 + Math.round((300 - lines.length * lineHeight) / 2) + size;
  const title = lines.map((l, i) => `<tspan x="80" y="${top + i * lineHeight}">${escapeXml(l)}</tspan>`).join('');
  const section = input.section
    ? `<text x="${OG_WIDTH - 80}" y="112" text-anchor="end" font-size="30" fill="${BLUE_LIGHT}">` +
      `${escapeXml(input.section)}</text>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}"`,
    ` viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="IBM Plex Sans">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${BLUE}"/>`,
    `<rect x="80" y="72" width="56" height="56" rx="10" fill="${WHITE}"/>`,
    `<g transform="translate(80 72) scale(1.75)" fill="none" stroke="${BLUE}" stroke-width="3.2">`,
    `<path d="M8 24V8h7a5 5 0 0 1 0 10H8"/><circle cx="23" cy="22.5" r="3" fill="${BLUE}" stroke="none"/></g>`,
    `<text x="156" y="112" font-size="36" ${BOLD} fill="${WHITE}">${escapeXml(input.siteName)}</text>`,
    section,
    `<text font-size="${size}" ${BOLD} fill="${WHITE}">${title}</text>`,
    `<rect x="80" y="530" width="120" height="6" fill="${BLUE_LIGHT}"/>`,
    `<text x="80" y="580" font-size="30" fill="${BLUE_LIGHT}">${escapeXml(input.host)}</text>`,
    '</svg>',
  ].join('');
}
