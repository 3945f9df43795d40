/**
 * Astro integration: after the build, every HTML page keeps only the first
 * glossary link per term (see keepFirstTermLinks in ./glossary).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepFirstTermLinks } from './glossary';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export function glossaryLinks() {
  return {
    name: 'partnerskabsguiden:glossary-links',
    hooks: {
      'astro:build:done': ({ dir }: { dir: URL }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const next = keepFirstTermLinks(html);
          if (next !== html) writeFileSync(file, next);
        }
      },
    },
  };
}
