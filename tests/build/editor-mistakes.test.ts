/**
 * The mistakes an editor makes stop the build with a Danish message naming
 * the file (and the line where it can), and `npm run ny` files build as made.
 * Each group is made in a temporary copy of the project, never in src/content:
 *   1. a start year after the end year (the schema, at content sync);
 *   2. an undefined footnote, a missing source file, a reused retired checklist
 *      id and a removed case (the cross-file checks, before any page is built);
 *   3. new files from `npm run ny` plus one broken #anchor in a text (the link
 *      check after the pages are built: the only error must be the link).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, tempProject } from '../../scripts/bench-project.mjs';
import { createEntry } from '../../scripts/ny.mjs';

const dirs: string[] = [];
const plain = (s: string) => stripVTControlCharacters(s);

function build(prepare: (dir: string) => void): { status: number | null; out: string } {
  const dir = tempProject(undefined, 'pg-mistakes-');
  dirs.push(dir);
  prepare(dir);
  const r = spawnSync('astro build', {
    cwd: dir,
    shell: true,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}` },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, out: plain(`${r.stdout}\n${r.stderr}`) };
}

const edit = (dir: string, file: string, change: (text: string) => string) => {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

let schema: { status: number | null; out: string };
let content: { status: number | null; out: string };
let scaffold: { status: number | null; out: string };

beforeAll(() => {
  schema = build((dir) =>
    edit(dir, 'src/content/cases/fuldkorn.mdx', (t) =>
      t.replace(/^themes:/m, 'period:\n  start: 2013\n  end: 2009\n  text: x\nthemes:'),
    ),
  );
  content = build((dir) => {
    edit(dir, 'src/content/cases/fuldkorn.mdx', (t) => t.replace('gram[^1] fuldkorn', 'gram[^1] fuldkorn[^9]'));
    edit(dir, 'src/content/viden/broen-til-bedre-sundhed.mdx', (t) =>
      t.replace(/^sourceFile: .*$/m, 'sourceFile: kora-2014-findes-ikke.txt'),
    );
    edit(dir, 'src/content/guide/foer/01-braendende-problem.mdx', (t) =>
      t.replace(/^ {2}- id: .*$/m, '  - id: aftale-underskrevet'),
    );
    rmSync(join(dir, 'src/content/cases/patientsikker-kommune.mdx'));
  });
  scaffold = build((dir) => {
    createEntry(['case', 'ny-case'], dir);
    createEntry(['note', 'ny-note'], dir);
    createEntry(['trin', 'under', 'nyt-trin'], dir);
    edit(dir, 'src/content/samling/forord.mdx', (t) => `${t}\nSe [effekterne](/cases/fuldkorn/#findes-ikke).\n`);
  });
}, 900_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('mistakes that used to build now stop it, in Danish, at the file', () => {
  it('a start year after the end year', () => {
    expect(schema.status).not.toBe(0);
    expect(schema.out).toContain('cases → fuldkorn: felterne passer ikke.');
    expect(schema.out).toContain('period.end: slutåret (2009) ligger før startåret (2013)');
    expect(schema.out).toContain('src/content/cases/fuldkorn.mdx');
    expect(schema.out).not.toMatch(/\*\*/);
  });

  it('an undefined footnote, with file and line', () => {
    expect(content.status).not.toBe(0);
    expect(content.out).toMatch(/src\/content\/cases\/fuldkorn\.mdx:\d+: fodnoten \[\^9\] har ingen tekst/);
  });

  it('a note whose source file is not in sources/', () => {
    expect(content.out).toContain(
      'src/content/viden/broen-til-bedre-sundhed.mdx: ' +
        'feltet "sourceFile" ("kora-2014-findes-ikke.txt") findes ikke i sources/',
    );
  });

  it('a reused retired checklist id', () => {
    expect(content.out).toContain('("aftale-underskrevet") er et tidligere brugt id, som er udgået');
  });

  it('a removed case: the missing number and every reference to it, at once', () => {
    expect(content.out).toContain('Ingen case har nummer 7');
    expect(content.out).not.toContain('springer');
    expect(content.out).toMatch(/henviser til case "patientsikker-kommune", som ikke findes/);
    expect(content.out).toMatch(
      /src\/content\/samling\/indledning\.mdx:\d+: linket til \/cases\/patientsikker-kommune\//,
    );
  });
});

describe('npm run ny files build as made; a broken #anchor stops the build at its line', () => {
  it('the only error is the link, named at its file and line', () => {
    expect(scaffold.status).not.toBe(0);
    expect(scaffold.out).toMatch(
      new RegExp(
        String.raw`Indholdet har 1 fejl:\s+- src/content/samling/forord\.mdx:\d+: ` +
          'linket til /cases/fuldkorn/#findes-ikke peger på et afsnit',
      ),
    );
  });

  it('every page was built, the new case too, and the TODOs are listed as a warning', () => {
    expect(scaffold.out).toContain('/cases/ny-case/index.html');
    expect(scaffold.out).toContain('/procesguide/under/nyt-trin/index.html');
    expect(scaffold.out).toMatch(/ADVARSEL: \d+ steder venter på tekst \(TODO\)/);
    expect(scaffold.out).toMatch(/src\/content\/cases\/ny-case\.mdx:\d+: title: "TODO/);
  });
});
