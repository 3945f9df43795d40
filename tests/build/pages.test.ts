/**
 * Checks over every built page, read with an HTML parser: language, one h1,
 * unique title, description, canonical link, skip link, and that every
 * internal link and #fragment resolves.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
      const target = url.pathname;
      const file = target.endsWith('/') ? join(DIST, target, 'index.html') : join(DIST, target);
      if (!existsSync(file)) {
        broken.push(`${from} -> ${href} (ingen side)`);
        continue;
      }
      if (url.hash && url.hash !== '#') {
        const tree = trees.get(target);
        if (!tree || !idsOf(tree).has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${from} -> ${href} (ukendt #fragment)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never use an empty "#" link (dead links from the PDF are dropped)', () => {
    expect(links.filter((l) => l.href === '#').map((l) => l.from)).toEqual([]);
  });
});
