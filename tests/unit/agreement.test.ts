/**
 * The agreement page's model: a case without facts, a fact for an unknown
 * case, an unknown entry or heading all stop the build with the id named; the
 * real data points at headings and text that the content files have.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NOT_REVIEWED,
  agreementRows,
  normaliseSourceText,
  resolveElements,
  type CaseAgreement,
  type Targets,
} from '../../src/lib/agreement';
import { agreementElements } from '../../src/lib/agreement-elements';
import { caseAgreements } from '../../src/lib/agreement-cases';

const silent: CaseAgreement = { kind: null, signedBy: null, scope: null, covered: null };
const caseRow = (id: string, headings = [{ text: 'Økonomi', slug: 'økonomi' }]) => ({
  id,
  number: 1,
  title: id,
  href: `/cases/${id}/`,
  headings,
});

describe('agreementRows', () => {
  it('giver én række pr. case, i casenes rækkefølge', () => {
    const rows = agreementRows([caseRow('b'), caseRow('a')], {
      a: silent,
      b: { ...silent, kind: 'Partnerskabsaftale', heading: 'Økonomi' },
    });
    expect(rows.map((r) => r.caseId)).toEqual(['b', 'a']);
    expect(rows[0]!.href).toBe('/cases/b/#økonomi');
    expect(rows[1]!.href).toBe('/cases/a/');
    expect(rows[0]!.cells.kind).toBe('Partnerskabsaftale');
  });

  it('giver en ny case uden oplysninger en række, der siger, at den ikke er gennemgået (aldrig »kilden oplyser ikke«)', () => {
    const rows = agreementRows([caseRow('a'), caseRow('ny-case')], { a: silent });
    expect(rows.map((r) => r.caseId)).toEqual(['a', 'ny-case']);
    expect(Object.values(rows[1]!.cells)).toEqual(Array(4).fill(NOT_REVIEWED));
  });

  it('stopper bygget ved oplysninger om en case, der ikke findes', () => {
    expect(() => agreementRows([caseRow('a')], { a: silent, gammel: silent })).toThrow(/gammel/);
  });

  it('stopper bygget ved en overskrift, casen ikke har', () => {
    expect(() => agreementRows([caseRow('a')], { a: { ...silent, heading: 'Findes ikke' } })).toThrow(
      /"a" har ikke overskriften "Findes ikke"/,
    );
  });
});

describe('resolveElements', () => {
  const targets: Targets = {
    case: new Map([
      ['fuldkorn', { href: '/cases/fuldkorn/', title: 'Fuldkorn', headings: [{ text: 'Økonomi', slug: 'økonomi' }] }],
    ]),
    samling: new Map(),
  };
  const element = (heading: string, id = 'fuldkorn', kind: 'case' | 'samling' = 'case') => ({
    id: 'oekonomi',
    title: 'Økonomi',
    question: '?',
    passages: [{ kind, id, heading, quote: 'x' }],
  });

  it('linker til overskriftens anker', () => {
    const [resolved] = resolveElements([element('Økonomi')], targets);
    expect(resolved!.passages[0]!.href).toBe('/cases/fuldkorn/#økonomi');
    expect(resolved!.passages[0]!.sourceTitle).toBe('Fuldkorn');
  });

  it('stopper bygget ved ukendt case, kapitel eller overskrift og ved et element uden kilde', () => {
    expect(() => resolveElements([element('Økonomi', 'nope')], targets)).toThrow(/"oekonomi".*casen "nope"/);
    expect(() => resolveElements([element('Økonomi', 'fuldkorn', 'samling')], targets)).toThrow(/kapitlet "fuldkorn"/);
    expect(() => resolveElements([element('Organisering')], targets)).toThrow(/overskriften "Organisering"/);
    expect(() => resolveElements([{ ...element('Økonomi'), passages: [] }], targets)).toThrow(/ingen kildesteder/);
    expect(() => resolveElements([element('Økonomi'), element('Økonomi')], targets)).toThrow(/to gange/);
  });
});

describe('normaliseSourceText', () => {
  it('udjævner mellemrum og orddeling over linjeskift, men intet andet', () => {
    expect(normaliseSourceText('sam-\narbejde   og\n\nansvar')).toBe('samarbejde og ansvar');
    expect(normaliseSourceText('social- og integrationsminister')).toBe('social- og integrationsminister');
    expect(normaliseSourceText("KL's")).not.toBe(normaliseSourceText('KL’s'));
  });
});

describe('de rigtige data', () => {
  const body = (kind: 'case' | 'samling', id: string) =>
    readFileSync(`src/content/${kind === 'case' ? 'cases' : 'samling'}/${id}.mdx`, 'utf8')
      .split(/^---$/m)
      .slice(2)
      .join('---');
  // Links in the MDX body ([tekst](/sti/)) keep their text on the page.
  const plain = (s: string) => normaliseSourceText(s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));

  it('hvert citat står under sin overskrift i indholdsfilen', () => {
    for (const element of agreementElements) {
      for (const p of element.passages) {
        const sections = body(p.kind, p.id).split(/^## /m);
        const section = sections.find((s) => s.startsWith(`${p.heading}\n`));
        expect(section, `${element.id}: "${p.heading}" i ${p.id}`).toBeDefined();
        expect(plain(section!), `${element.id}: citat i ${p.id}`).toContain(normaliseSourceText(p.quote));
      }
    }
  });

  it('har oplysninger om præcis de cases, samlingen har', () => {
    const ids = readdirSync('src/content/cases')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));
    expect(Object.keys(caseAgreements).sort()).toEqual(ids.sort());
  });
});
