/**
 * The browser code's shape: one folder per island under src/client/ (no loose files), no import circles among
 * its modules, so each module can be read from the ones it imports, and the checklist island within its budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'src/client';

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative modules a file imports statically (`import … from './x'`, `export … from './x'`, `import './x'`). */
function staticImports(file: string, known: Set<string>): string[] {
  const source = readFileSync(file, 'utf8').replace(/^\s*(\/\/.*|\/?\*.*)$/gm, '');
  const specs = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)];
  return specs.flatMap(([, spec]) => {
    const base = resolve(dirname(file), spec!);
    const hit = [`${base}.ts`, `${base}.js`, join(base, 'index.ts'), base].find((c) => known.has(c));
    return hit ? [hit] : [];
  });
}

/** Lines of the checklist island's TypeScript, Biome-formatted (lint holds that), comments and words included. */
const TJEKLISTE_MAX_LINES = 2400;

const files = modules(ROOT).map((f) => resolve(f));
const known = new Set(files);
const graph = new Map(files.map((f) => [f, staticImports(f, known)]));

describe('src/client', () => {
  it('holds one folder per island and no loose files', () => {
    const loose = readdirSync(ROOT).filter((name) => !statSync(join(ROOT, name)).isDirectory());
    expect(loose).toEqual([]);
  });

  it('finds the imports it checks (the parser is not blind)', () => {
    const edges = [...graph.values()].reduce((n, list) => n + list.length, 0);
    expect(edges).toBeGreaterThan(30);
  });

  it('has no import circles', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        const circle = path.slice(path.indexOf(file)).concat(file);
        circles.push(circle.map((f) => relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });

  it(`keeps the checklist island within ${TJEKLISTE_MAX_LINES} lines`, () => {
    const island = files.filter((f) => relative(ROOT, f).startsWith('tjekliste/'));
    const lines = island.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length - 1, 0);
    expect(island.length).toBeGreaterThan(15);
    expect(lines).toBeGreaterThan(1000);
    expect(lines).toBeLessThanOrEqual(TJEKLISTE_MAX_LINES);
  });
});
