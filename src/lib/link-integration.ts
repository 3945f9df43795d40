/**
 * Astro integration: when the build is done, every internal link and #anchor
 * in dist/ must resolve (see ./link-check); a broken one stops the build with
 * the content file and line. Runs after the glossary links are settled.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNoProblems } from './integrity';
import { brokenLinks, linkProblems, type BuiltPage, type SourceFile } from './link-check';

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

/** The built pages, without the editors' /admin/ (its own app, not site content). */
export function builtPages(dist: string): BuiltPage[] {
  return filesUnder(dist, (n) => n.endsWith('.html'))
    .map((file) => {
      const rel = `/${relative(dist, file).split(sep).join('/')}`;
      return { path: rel.replace(/(^|\/)index\.html$/, '$1'), html: readFileSync(file, 'utf8') };
    })
    .filter((p) => !p.path.startsWith('/admin/'));
}

export function contentSources(root: string): SourceFile[] {
  const dir = join(root, 'src', 'content');
  return filesUnder(dir, (n) => /\.(mdx?|ya?ml)$/.test(n)).map((file) => ({
    file: relative(root, file).split(sep).join('/'),
    source: readFileSync(file, 'utf8'),
  }));
}

export function checkBuiltLinks(dist: string, root: string): string[] {
  const exists = (path: string) => existsSync(join(dist, path));
  return linkProblems(brokenLinks(builtPages(dist), exists), contentSources(root));
}

export function linkCheck() {
  return {
    name: 'partnerskabsguiden:link-check',
    hooks: {
      'astro:build:done': ({ dir }: { dir: URL }) => {
        assertNoProblems(checkBuiltLinks(fileURLToPath(dir), process.cwd()));
      },
    },
  };
}
