import { describe, expect, it } from 'vitest';
import {
  assertNoProblems,
  checkCaseNumbers,
  checkGuide,
  checkReferences,
  checkTermReferences,
  ContentIntegrityError,
} from '../../src/lib/integrity';

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

  it('reports a gap in the numbering with the file after the gap', () => {
    const problems = checkCaseNumbers([
      { id: 'a', filePath: 'src/content/cases/a.mdx', data: { number: 1 } },
      { id: 'c', filePath: 'src/content/cases/c.mdx', data: { number: 3 } },
    ]);
    expect(problems).toEqual([
      'src/content/cases/c.mdx: feltet "number" (3) springer 2 over; casenumrene skal gå 1, 2, 3 … uden huller',
    ]);
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
      'src/content/guide/under/01-b.mdx: feltet "items[1].id" ("foer-a-1") er også brugt i src/content/guide/foer/01-a.mdx',
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
