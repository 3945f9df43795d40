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
  splitSilent,
  type CaseAgreement,
  type Targets,
} from '../../src/lib/agreement';
import { load } from 'js-yaml';
import { AGREEMENT_PARTS_FOLDER, toAgreementElements } from '../../src/lib/agreement-elements';
import { agreementPartSchema, caseAgreementSchema, caseSchema } from '../../src/lib/schemas';

/** The parts as the build reads them: each file through the schema, the file name its anchor. */
const agreementElements = toAgreementElements(
  readdirSync(AGREEMENT_PARTS_FOLDER)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      data: agreementPartSchema.parse(load(readFileSync(`${AGREEMENT_PARTS_FOLDER}/${f}`, 'utf8'))),
    })),
);

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

  it(
    'giver en ny case uden oplysninger en række, der siger, at den ikke er gennemgået ' +
      '(aldrig »kilden oplyser ikke«)',
    () => {
      const rows = agreementRows([caseRow('a'), caseRow('ny-case')], { a: silent });
      expect(rows.map((r) => r.caseId)).toEqual(['a', 'ny-case']);
      expect(Object.values(rows[1]!.cells)).toEqual(Array(4).fill(NOT_REVIEWED));
    },
  );

  it('stopper bygget ved oplysninger om en case, der ikke findes', () => {
    expect(() => agreementRows([caseRow('a')], { a: silent, gammel: silent })).toThrow(/gammel/);
  });

  it('stopper bygget ved en overskrift, casen ikke har', () => {
    expect(() => agreementRows([caseRow('a')], { a: { ...silent, heading: 'Findes ikke' } })).toThrow(
      /src\/content\/cases\/a\.mdx, feltet agreement\.heading: casen har ikke overskriften "Findes ikke"/,
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
    expect(() => resolveElements([element('Økonomi', 'nope')], targets)).toThrow(/oekonomi\.yaml.*casen "nope"/);
    expect(() => resolveElements([element('Økonomi', 'fuldkorn', 'samling')], targets)).toThrow(/kapitlet "fuldkorn"/);
    expect(() => resolveElements([element('Organisering')], targets)).toThrow(/overskriften "Organisering"/);
    expect(() => resolveElements([{ ...element('Økonomi'), passages: [] }], targets)).toThrow(/ingen kildesteder/);
    // The site's own suggestion may stand without a source, and says so on the page.
    expect(resolveElements([{ ...element('Økonomi'), passages: [], suggestion: true }], targets)[0]!.passages).toEqual(
      [],
    );
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

  it('hver case har sit felt agreement i sin egen fil, og det holder skemaet', () => {
    const files = readdirSync('src/content/cases').filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const front = load(readFileSync(`src/content/cases/${f}`, 'utf8').split(/^---$/m)[1]!) as { agreement?: unknown };
      expect(front.agreement, f).toBeDefined();
      expect(caseAgreementSchema.safeParse(front.agreement).success, f).toBe(true);
    }
  });

  it('de dele, ingen kilde nævner, er mærket som sitets forslag, og de fem, en jurist venter, er med', () => {
    const ids = agreementElements.map((e) => e.id);
    for (const id of [
      'parterne',
      'varighed-og-ophoer',
      'aendringer',
      'uenighed-og-tvister',
      'oplysninger-og-fortrolighed',
    ])
      expect(ids).toContain(id);
    for (const e of agreementElements) if (e.passages.length === 0) expect(e.suggestion, e.id).toBe(true);
    // No law or legal requirement the sources do not state.
    const words = agreementElements.map((e) => `${e.title} ${e.question}`).join(' ');
    expect(words).not.toMatch(/\blov|forordning|GDPR|databeskyttelse|juridisk krav|skal efter/i);
  });
});

describe('aftalens dele som indhold', () => {
  const part = { order: 1, title: 'Parterne', question: 'Hvem er parterne?' };
  it('står i deres rækkefølge, og to dele på samme plads stopper bygget med begge filer nævnt', () => {
    const data = (order: number) => agreementPartSchema.parse({ ...part, order });
    expect(
      toAgreementElements([
        { id: 'b', data: data(2) },
        { id: 'a', data: data(1) },
      ]).map((e) => e.id),
    ).toEqual(['a', 'b']);
    expect(() =>
      toAgreementElements([
        { id: 'a', data: data(1) },
        { id: 'b', data: data(1) },
      ]),
    ).toThrow(/a\.yaml og b\.yaml har begge order: 1/);
  });
  it('skemaet er strengt: et ukendt felt, en ukendt slags kilde og et tomt citat afvises', () => {
    expect(agreementPartSchema.safeParse(part).success).toBe(true);
    expect(agreementPartSchema.safeParse({ ...part, note: 'x' }).success).toBe(false);
    const passage = { kind: 'case', id: 'fuldkorn', heading: 'Økonomi', quote: 'x' };
    expect(agreementPartSchema.safeParse({ ...part, passages: [passage] }).success).toBe(true);
    expect(agreementPartSchema.safeParse({ ...part, passages: [{ ...passage, kind: 'viden' }] }).success).toBe(false);
    expect(agreementPartSchema.safeParse({ ...part, passages: [{ ...passage, quote: ' ' }] }).success).toBe(false);
  });
  it('har de fjorten dele, siden viste, i samme rækkefølge', () => {
    expect(agreementElements.map((e) => e.id)).toEqual([
      'parterne',
      'formaal-og-faelles-maal',
      'aktiviteter',
      'ansvar-og-forpligtelser',
      'hvorfor-med',
      'rettigheder',
      'oekonomi-og-bidrag',
      'organisering-og-moeder',
      'varighed-og-ophoer',
      'aendringer',
      'uenighed-og-tvister',
      'oplysninger-og-fortrolighed',
      'underskrivere',
      'en-eller-flere-aftaler',
    ]);
  });
});

describe('skemaet for agreement', () => {
  const valid = { kind: 'Partnerskabsaftale', signedBy: null, scope: null, covered: null };
  it('tager tekst eller null for hver værdi og en valgfri overskrift', () => {
    expect(caseAgreementSchema.safeParse(valid).success).toBe(true);
    expect(caseAgreementSchema.safeParse({ ...valid, heading: 'En klar aftale' }).success).toBe(true);
  });
  it("læser et udeladt felt som null (CMS'et skriver aldrig null, men udelader feltet)", () => {
    const { signedBy: _, ...missing } = valid;
    const result = caseAgreementSchema.safeParse(missing);
    expect(result.success).toBe(true);
    expect(result.data!.signedBy).toBeNull();
  });
  it('afviser en tom værdi, en værdi, der ikke er tekst, og et ukendt felt med en dansk besked', () => {
    const empty = caseAgreementSchema.safeParse({ ...valid, kind: ' ' });
    expect(empty.error!.issues[0]!.path).toEqual(['kind']);
    expect(empty.error!.issues[0]!.message).toMatch(/skriv, hvad case-teksten siger, eller null/);
    expect(caseAgreementSchema.safeParse({ ...valid, scope: 7 }).error!.issues[0]!.message).toMatch(/case-teksten/);
    expect(caseAgreementSchema.safeParse({ ...valid, hvem: 'x' }).success).toBe(false);
  });
  it('er et valgfrit felt i caseskemaet (en ny case uden det får rækken »ikke gennemgået endnu«)', () => {
    expect(caseSchema.shape.agreement.safeParse(undefined).success).toBe(true);
  });
});

describe('splitSilent', () => {
  it('samler de cases, hvis tekst intet siger om aftalen, og beholder resten som rækker', () => {
    const rows = agreementRows([caseRow('a'), caseRow('b')], { a: silent, b: { ...silent, scope: 'Én pr. partner' } });
    const { stated, silent: none } = splitSilent(rows);
    expect(stated.map((r) => r.caseId)).toEqual(['b']);
    expect(none.map((r) => r.caseId)).toEqual(['a']);
  });
});
