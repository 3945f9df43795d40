/**
 * Checks over every built page: language, one h1, unique title, description,
 * canonical link, skip link, and that every internal link and #fragment resolves.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, decodeEntities, pagePaths, readPage } from './dist';
import { expectedInventory } from './inventory';

const pages = pagePaths();
const html = new Map(pages.map((p) => [p, readPage(p)]));

function idsOf(doc: string): Set<string> {
  return new Set(Array.from(doc.matchAll(/\sid="([^"]+)"/g), (m) => decodeEntities(m[1]!)));
}

describe('every page', () => {
  it('is exactly the expected inventory: fixed routes plus one page per content entry, theme and phase', () => {
    expect([...pages].sort()).toEqual(expectedInventory());
  });

  it.each(pages)('%s has lang="da", one h1, title, description, canonical and skip link', (path) => {
    const doc = html.get(path)!;
    expect(doc).toMatch(/<html lang="da"/);
    expect(doc.match(/<h1[\s>]/g) ?? []).toHaveLength(1);
    expect(doc).toMatch(/<title>[^<]{5,}<\/title>/);
    expect(doc).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(doc).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+${path.replace(/\//g, '\\/')}"`));
    expect(doc).toMatch(/<a class="skipnav" href="#indhold">/);
    expect(doc).toMatch(/<main id="indhold"/);
  });

  it('keep the space between words and links (Astro drops line-break whitespace before an element)', () => {
    const glued: string[] = [];
    for (const [path, doc] of html) {
      for (const m of doc.matchAll(/[\p{L}.,:;]<a\s|<\/a>[\p{L}(]/gu)) glued.push(`${path}: …${doc.slice(Math.max(0, m.index! - 30), m.index! + 30)}…`);
    }
    expect(glued).toEqual([]);
  });

  it('have unique titles', () => {
    const titles = pages.map((p) => html.get(p)!.match(/<title>([^<]*)<\/title>/)![1]);
    const dupes = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(dupes).toEqual([]);
  });
});

describe('internal links', () => {
  const links: { from: string; href: string }[] = [];
  for (const [from, doc] of html) {
    for (const m of doc.matchAll(/<a\s[^>]*href="([^"]*)"/g)) links.push({ from, href: decodeEntities(m[1]!) });
  }
  const internal = links.filter((l) => !/^(https?:|mailto:|tel:)/.test(l.href));

  it('are many (the check is not vacuous)', () => {
    expect(internal.length).toBeGreaterThan(pages.length * 5);
  });

  it('all resolve to a built page, and every #fragment to an id on it', () => {
    const broken: string[] = [];
    for (const { from, href } of internal) {
      const url = new URL(href, `http://site${from}`);
      const target = url.pathname;
      const file = target.endsWith('/') ? join(DIST, target, 'index.html') : join(DIST, target);
      if (!existsSync(file)) {
        broken.push(`${from} -> ${href} (ingen side)`);
        continue;
      }
      if (url.hash && url.hash !== '#') {
        const doc = html.get(target) ?? '';
        if (!idsOf(doc).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} -> ${href} (ukendt #fragment)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never use an empty "#" link (dead links from the PDF are dropped)', () => {
    expect(links.filter((l) => l.href === '#').map((l) => l.from)).toEqual([]);
  });
});
