/**
 * Checks over every built page, read with an HTML parser: language, one h1,
 * unique title, description, canonical link, skip link; that every internal
 * link and #fragment resolves at the address written, every page is reached
 * from the home page, and every file a page or stylesheet loads is there.
 * (This is the site's one link check: it names the page and the link.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { DIST, attr, pagePaths, parsePage, selectAll, selectOne, textOf } from './dist';
import { expectedInventory } from './inventory';

const pages = pagePaths();
const trees = new Map<string, Root>(pages.map((p) => [p, parsePage(p)]));

const ids = new Map<Root, Set<string>>();
function idsOf(tree: Root): Set<string> {
  if (!ids.has(tree)) ids.set(tree, new Set(selectAll('[id]', tree).map((e) => attr(e, 'id'))));
  return ids.get(tree)!;
}

describe('every page', () => {
  it('is exactly the expected inventory: fixed routes plus one page per content entry, theme and phase', () => {
    expect([...pages].sort()).toEqual(expectedInventory());
  });

  it.each(pages)('%s has lang="da", one h1, title, description, canonical and skip link', (path) => {
    const tree = trees.get(path)!;
    expect(attr(selectOne('html', tree, path), 'lang')).toBe('da');
    expect(selectAll('h1', tree)).toHaveLength(1);
    expect(textOf(selectOne('head > title', tree, path)).length).toBeGreaterThanOrEqual(5);
    expect(attr(selectOne('meta[name="description"]', tree, path), 'content').length).toBeGreaterThanOrEqual(20);
    const canonical = new URL(attr(selectOne('link[rel="canonical"]', tree, path), 'href'));
    expect(canonical.protocol).toBe('https:');
    expect(canonical.pathname).toBe(path);
    selectOne('a.skipnav[href="#indhold"]', tree, path);
    expect(attr(selectOne('main', tree, path), 'id')).toBe('indhold');
  });

  it('keep the space between words and links (Astro drops line-break whitespace before an element)', () => {
    const glued: string[] = [];
    for (const [path, tree] of trees) {
      for (const link of selectAll('a', tree)) {
        const parent = findParent(tree, link);
        if (!parent) continue;
        const i = parent.children.indexOf(link);
        const before = parent.children[i - 1];
        const after = parent.children[i + 1];
        if (before?.type === 'text' && /[\p{L}.,:;]$/u.test(before.value))
          glued.push(`${path}: …${before.value.slice(-30)}|${textOf(link)}`);
        if (after?.type === 'text' && /^[\p{L}(]/u.test(after.value))
          glued.push(`${path}: ${textOf(link)}|${after.value.slice(0, 30)}…`);
      }
    }
    expect(glued).toEqual([]);
  });

  it('have unique titles', () => {
    const titles = pages.map((p) => textOf(selectOne('head > title', trees.get(p)!, p)));
    const dupes = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(dupes).toEqual([]);
  });
});

/** The element whose children include `child` (hast nodes have no parent link). */
function findParent(tree: Root, child: Element): Element | Root | undefined {
  const stack: (Element | Root)[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.children.includes(child)) return node;
    for (const c of node.children) if (c.type === 'element') stack.push(c);
  }
  return undefined;
}

describe('internal links', () => {
  const links: { from: string; href: string }[] = [];
  for (const [from, tree] of trees) {
    for (const a of selectAll('a[href]', tree)) links.push({ from, href: attr(a, 'href') });
  }
  const internal = links.filter((l) => !/^(https?:|mailto:|tel:)/.test(l.href));

  it('are many (the check is not vacuous)', () => {
    expect(internal.length).toBeGreaterThan(pages.length * 5);
  });

  it('all resolve to a built page, and every #fragment to an id on it', () => {
    const broken: string[] = [];
    for (const { from, href } of internal) {
      const url = new URL(href, `http://site${from}`);
      const why = missing(url.pathname);
      if (why) {
        broken.push(`${from} -> ${href} (${why})`);
        continue;
      }
      if (url.hash && url.hash !== '#') {
        const tree = trees.get(url.pathname);
        if (!tree || !idsOf(tree).has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${from} -> ${href} (ukendt #fragment)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never use an empty "#" link (dead links from the PDF are dropped)', () => {
    expect(links.filter((l) => l.href === '#').map((l) => l.from)).toEqual([]);
  });

  it('reach every page from the home page, following links as a reader (or a crawler) would', () => {
    const reached = new Set(['/']);
    const queue = ['/'];
    while (queue.length) {
      const from = queue.shift()!;
      for (const a of selectAll('a[href]', trees.get(from)!)) {
        const url = new URL(attr(a, 'href'), `http://site${from}`);
        if (url.host !== 'site' || reached.has(url.pathname) || !trees.has(url.pathname)) continue;
        reached.add(url.pathname);
        queue.push(url.pathname);
      }
    }
    expect(pages.filter((p) => !reached.has(p))).toEqual([]);
  });
});

describe('files the pages and styles load', () => {
  const refs: { from: string; href: string }[] = [];
  const ATTRS: [string, string][] = [
    ['link[href]', 'href'],
    ['script[src]', 'src'],
    ['img[src]', 'src'],
    ['source[src]', 'src'],
    ['form[action]', 'action'],
  ];
  for (const [from, tree] of trees) {
    for (const [selector, name] of ATTRS)
      for (const e of selectAll(selector, tree)) refs.push({ from, href: attr(e, name) });
  }
  for (const file of distFiles('.css'))
    for (const [, href] of readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)/g))
      refs.push({ from: `/${relative(DIST, file)}`, href: href! });
  const local = refs.filter((r) => !/^(https?:|data:|about:)/.test(r.href));

  it('are there (stylesheets, scripts, icons, fonts, form targets)', () => {
    expect(local.length).toBeGreaterThan(pages.length * 2);
    expect(local.some((r) => r.href.endsWith('.woff2'))).toBe(true);
  });

  it('all exist in dist/, at the address written (no redirect)', () => {
    const broken = local.flatMap(({ from, href }) => {
      const why = missing(new URL(href, `http://site${from}`).pathname);
      return why ? [`${from} -> ${href} (${why})`] : [];
    });
    expect(broken).toEqual([]);
  });
});

/** Why a site path does not answer 200 from dist/ as written, or null when it does. */
function missing(pathname: string): string | null {
  const path = decodeURIComponent(pathname);
  if (path.endsWith('/')) return existsSync(join(DIST, path, 'index.html')) ? null : 'ingen side';
  const file = join(DIST, path);
  if (existsSync(file) && statSync(file).isDirectory()) return 'mangler / til sidst: omdirigeres';
  return existsSync(file) ? null : 'ingen fil';
}

/** Every file in dist/ ending in `ext`. */
function distFiles(ext: string): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(DIST, f));
}
