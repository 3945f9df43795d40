import { describe, expect, it } from 'vitest';
import {
  assertNoProblems,
  checkCaseNumbers,
  checkGuide,
  checkReferences,
  checkRetiredIds,
  checkSourceFiles,
  checkTermReferences,
  ContentIntegrityError,
} from '../../src/lib/integrity';
import { checkContentLinks, checkFootnotes, findTodos } from '../../src/lib/body-checks';
import { brokenLinks, linkProblems } from '../../src/lib/link-check';

const targets = {
  case: new Set(['fuldkorn', 'hjemloesestrategien']),
  viden: new Set(['partnerskaber-5-10-aar']),
  samling: new Set(['indledning']),
};

const step = (
  file: string,
  phase: string,
  order: number,
  ids: string[],
  evidence: { kind: 'case' | 'viden' | 'samling'; id: string }[],
) => ({
  id: file,
  filePath: `src/content/guide/${file}.mdx`,
  data: { phase, order, items: ids.map((id) => ({ id })), evidence },
});

describe('checkCaseNumbers', () => {
  it('reports a duplicate case number with both files and the field', () => {
    const problems = checkCaseNumbers([
      { id: 'a', filePath: 'src/content/cases/a.mdx', data: { number: 1 } },
      { id: 'b', filePath: 'src/content/cases/b.mdx', data: { number: 1 } },
      { id: 'c', filePath: 'src/content/cases/c.mdx', data: { number: 2 } },
    ]);
    expect(problems).toEqual(['src/content/cases/b.mdx: feltet "number" (1) er også brugt i src/content/cases/a.mdx']);
  });

  it('reports a gap in the numbering as the missing number, with every file that must move down', () => {
    // Case 2 of 4 was removed: the message names the missing number, not "(3) springer 2 over".
    const problems = checkCaseNumbers([
      { id: 'a', filePath: 'src/content/cases/a.mdx', data: { number: 1 } },
      { id: 'c', filePath: 'src/content/cases/c.mdx', data: { number: 3 } },
      { id: 'd', filePath: 'src/content/cases/d.mdx', data: { number: 4 } },
    ]);
    expect(problems).toEqual([
      'Ingen case har nummer 2; casenumrene skal gå 1, 2, 3 … uden huller. Er en case fjernet, så ret feltet ' +
        '"number" i: src/content/cases/c.mdx (3 → 2), src/content/cases/d.mdx (4 → 3)',
    ]);
    expect(problems.join()).not.toMatch(/springer/);
  });

  it('accepts a tenth case and beyond', () => {
    const cases = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, data: { number: i + 1 } }));
    expect(checkCaseNumbers(cases)).toEqual([]);
  });
});

describe('checkGuide', () => {
  it('passes a consistent guide', () => {
    expect(
      checkGuide([step('foer/01-a', 'foer', 1, ['foer-a-1'], [{ kind: 'case', id: 'fuldkorn' }])], targets),
    ).toEqual([]);
  });

  it('reports a checklist id used twice, naming the file and the item field', () => {
    const problems = checkGuide(
      [
        step('foer/01-a', 'foer', 1, ['foer-a-1'], [{ kind: 'case', id: 'fuldkorn' }]),
        step('under/01-b', 'under', 1, ['under-b-1', 'foer-a-1'], [{ kind: 'case', id: 'fuldkorn' }]),
      ],
      targets,
    );
    expect(problems).toEqual([
      'src/content/guide/under/01-b.mdx: feltet "items[1].id" ("foer-a-1") ' +
        'er også brugt i src/content/guide/foer/01-a.mdx',
    ]);
  });

  it('reports evidence that points to a case or note that does not exist', () => {
    const problems = checkGuide(
      [
        step(
          'efter/01-c',
          'efter',
          1,
          ['efter-c-1'],
          [
            { kind: 'case', id: 'findes-ikke' },
            { kind: 'viden', id: 'partnerskaber-5-10-aar' },
          ],
        ),
      ],
      targets,
    );
    expect(problems).toEqual([
      'src/content/guide/efter/01-c.mdx: feltet "evidence[0].id" henviser til case "findes-ikke", som ikke findes',
    ]);
  });

  it('reports two steps with the same order in one phase', () => {
    const problems = checkGuide(
      [
        step('foer/01-a', 'foer', 1, ['x-1'], [{ kind: 'samling', id: 'indledning' }]),
        step('foer/02-b', 'foer', 1, ['x-2'], [{ kind: 'samling', id: 'indledning' }]),
      ],
      targets,
    );
    expect(problems[0]).toMatch(/foer\/02-b\.mdx: feltet "order"/);
  });
});

describe('checkReferences and assertNoProblems', () => {
  it('reports a glossary source that does not exist and throws with every problem listed', () => {
    const problems = checkReferences(
      [{ id: 'ops', filePath: 'ordliste.yaml (id: ops)', data: { source: { kind: 'viden', id: 'nope' } } }],
      targets,
    );
    expect(problems).toHaveLength(1);
    expect(() => assertNoProblems(problems)).toThrow(ContentIntegrityError);
    expect(() => assertNoProblems(problems)).toThrow(/ordliste\.yaml \(id: ops\): feltet "source\.id"/);
    expect(() => assertNoProblems([])).not.toThrow();
  });
});

describe('checkTermReferences', () => {
  const ids = new Set(['ops', 'act']);
  it('accepts known ids and names the file and the unknown id', () => {
    const entries = [
      {
        id: 'a',
        filePath: 'src/content/cases/a.mdx',
        data: {},
        body: 'Om <Term id="ops">OPS</Term> og <Term id=\'act\'>ACT</Term>.',
      },
      { id: 'b', filePath: 'src/content/guide/foer/01-x.mdx', data: {}, body: 'Se <Term id="opp">OPP</Term>.' },
      { id: 'c', filePath: 'src/content/viden/c.mdx', data: {}, body: 'Se <Term id={x}>x</Term>.' },
    ];
    expect(checkTermReferences(entries, ids)).toEqual([
      'src/content/guide/foer/01-x.mdx: <Term id="opp"> henviser til et begreb, som ikke findes i ordlisten',
      'src/content/viden/c.mdx: <Term> skal have et fast id som tekst, fx <Term id="ops">',
    ]);
  });
  it('ignores bodies without references', () => {
    expect(checkTermReferences([{ id: 'x', data: {}, body: 'Ingen begreber her.' }], ids)).toEqual([]);
  });
});

describe('checkRetiredIds', () => {
  it('stops a retired checklist id from being used again, naming the file and the item', () => {
    const steps = [step('foer/01-a', 'foer', 1, ['ny-id', 'aftale-underskrevet'], [])];
    expect(checkRetiredIds(steps, new Set(['aftale-underskrevet']))).toEqual([
      'src/content/guide/foer/01-a.mdx: feltet "items[1].id" ("aftale-underskrevet") er et tidligere brugt id, ' +
        'som er udgået. Brugere kan have gemt afkrydsninger under det; giv punktet et nyt id',
    ]);
    expect(checkRetiredIds(steps, new Set(['andet']))).toEqual([]);
  });
});

describe('checkSourceFiles', () => {
  it('names a note whose sourceFile is not in sources/, with the files that are', () => {
    const available = new Set(['a.txt', 'b.txt']);
    const problems = checkSourceFiles(
      [
        { id: 'n', filePath: 'src/content/viden/n.mdx', data: { sourceFile: 'c.txt' } },
        { id: 'm', filePath: 'src/content/viden/m.mdx', data: { sourceFile: 'a.txt' } },
      ],
      available,
    );
    expect(problems).toEqual([
      'src/content/viden/n.mdx: feltet "sourceFile" ("c.txt") findes ikke i sources/. ' +
        'Skriv et af filnavnene: a.txt, b.txt',
    ]);
  });
});

describe('checkFootnotes', () => {
  const file = 'src/content/cases/x.mdx';
  it('names an undefined footnote and an unused footnote text with file and line', () => {
    const source = '---\ntitle: X\n---\n\nTekst[^1] og mere[^2].\n\n[^1]: Den første.\n[^3]: Ubrugt.\n';
    expect(checkFootnotes(file, source)).toEqual([
      `${file}:5: fodnoten [^2] har ingen tekst. ` +
        'Skriv den nederst i filen på en linje for sig: "[^2]: fodnotens tekst"',
      `${file}:8: fodnoten [^3] bruges ingen steder i teksten og bliver ikke vist. ` +
        'Sæt [^3] ind, hvor den hører til, eller slet linjen',
    ]);
  });
  it('accepts matching footnotes and ignores fenced code', () => {
    expect(checkFootnotes(file, '---\n---\nA[^a].\n\n```\n[^b]\n```\n\n[^a]:\n    Tekst.\n')).toEqual([]);
  });
});

describe('checkContentLinks', () => {
  it('lists every link in the text to a case that no longer exists, with file and line', () => {
    const source = '---\nx: 1\n---\nSe [fuldkorn](/cases/fuldkorn/) og [den gamle](/cases/fjernet/#effekter).\n';
    expect(checkContentLinks('src/content/samling/behov.mdx', source, targets)).toEqual([
      'src/content/samling/behov.mdx:4: linket til /cases/fjernet/ henviser til case "fjernet", som ikke findes. ' +
        'Ret adressen, eller fjern linket',
    ]);
  });
});

describe('findTodos', () => {
  it('names each line still marked TODO', () => {
    expect(findTodos('f.mdx', 'a: 1\ntitle: "TODO: titel"\n')).toEqual(['f.mdx:2: title: "TODO: titel"']);
  });
});

describe('brokenLinks and linkProblems', () => {
  const pages = [
    { path: '/', html: '<a href="/cases/a/">a</a> <a href="/cases/a/#effekter">e</a> <a href="https://x.dk/">x</a>' },
    { path: '/cases/a/', html: '<h1 id="top">A</h1><h2 id="organisering">O</h2><a href="#top">op</a>' },
    { path: '/cases/b/', html: '<a href="/cases/mangler/">m</a> <a href="/data/cases.json">d</a>' },
  ];
  const exists = (p: string) => p === '/data/cases.json';

  it('finds a link to a missing page and to a missing #anchor, not external links or files', () => {
    const broken = brokenLinks(pages, exists);
    expect(broken.map((b) => `${b.page} ${b.href}`)).toEqual(['/ /cases/a/#effekter', '/cases/b/ /cases/mangler/']);
    expect(broken[0]!.problem).toBe(
      'peger på et afsnit (#effekter), der ikke findes på /cases/a/. Afsnittene dér: #organisering',
    );
  });

  it('names the content file and line where the link is written, else the page', () => {
    const files = [{ file: 'src/content/cases/b.mdx', source: '---\nx: 1\n---\n\nSe [her](/cases/a/#effekter).\n' }];
    expect(linkProblems(brokenLinks(pages, exists), files)).toEqual([
      'src/content/cases/b.mdx:5: linket til /cases/a/#effekter peger på et afsnit (#effekter), der ikke findes på ' +
        '/cases/a/. Afsnittene dér: #organisering. Ret adressen, eller fjern linket',
      'siden /cases/b/ (i sidens skabelon, ikke i indholdet): linket til /cases/mangler/ peger på en side, der ikke ' +
        'findes (/cases/mangler/)',
    ]);
  });
});
