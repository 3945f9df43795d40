/**
 * Helpers for build-output tests: read the built pages in dist/ through an
 * HTML parser (hast), never with regexes over markup.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { distPagePaths } from '../../scripts/dist-files.mjs';

export { select, selectAll };
export type { Element, Root };

export const DIST = 'dist';

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ mangler: kør "npm run build" før build-testene.');
}

/** Every built page as a site path ("/", "/cases/fuldkorn/" …), 404.html excluded. */
export function pagePaths(): string[] {
  requireDist();
  return distPagePaths(DIST);
}

export function fileForPath(path: string): string {
  return join(DIST, path, 'index.html');
}

export function readPage(path: string): string {
  return readFileSync(fileForPath(path), 'utf8');
}

const parsed = new Map<string, Root>();
/** The page's document tree (parsed once per path). */
export function parsePage(path: string): Root {
  let tree = parsed.get(path);
  if (!tree) {
    tree = fromHtml(readPage(path));
    parsed.set(path, tree);
  }
  return tree;
}

/** Parses an HTML document or fragment. */
export function parseHtml(html: string): Root {
  return fromHtml(html, { fragment: !/^\s*<!doctype|^\s*<html/i.test(html) });
}

/** The one element `selector` matches on a page; fails naming page and selector when there is none. */
export function selectOne(selector: string, tree: Nodes, where = 'siden'): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`${where}: intet element matcher "${selector}"`);
  return found;
}

/** An element's attribute as text ("" where missing). */
export function attr(element: Element, name: string): string {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

const HIDDEN = new Set(['script', 'style', 'template']);

/**
 * Visible text of a tree, whitespace folded: script, style and template
 * content left out, a space at every element boundary (so "<dt>Type</dt><dd>Notat</dd>"
 * reads "Type Notat").
 */
export function textOf(node: Nodes): string {
  const parts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element') {
      if (HIDDEN.has(n.tagName)) return;
      parts.push(' ');
      n.children.forEach(walk);
      parts.push(' ');
    } else if (n.type === 'root') n.children.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Visible text of an HTML document or fragment, whitespace folded (scripts, styles, templates removed). */
export function visibleText(html: string): string {
  return textOf(parseHtml(html));
}

/** Decodes HTML character references in a string (attribute values read as text). */
export function decodeEntities(s: string): string {
  return hastText(fromHtml(s, { fragment: true })).replace(/\u00a0/g, ' ');
}
