import { describe, expect, it } from 'vitest';
import { findTerm, termPattern } from '../../src/lib/glossary';
import { remarkGlossary } from '../../src/lib/remark-glossary';
import { assertNoProblems, checkTermReferences, ContentIntegrityError } from '../../src/lib/integrity';

const terms = [
  { id: 'ops', term: 'OPS', aliases: ['offentlig-privat samspil'] },
  { id: 'partnerskabsaftale', term: 'Partnerskabsaftale', aliases: ['partnerskabsaftalen'] },
  { id: 'braendende-platform', term: 'Brændende platform', aliases: ['brændende platforme'] },
];

type N = { type: string; value?: string; url?: string; children?: N[]; depth?: number };
const text = (value: string): N => ({ type: 'text', value });
const para = (...children: N[]): N => ({ type: 'paragraph', children });
const run = (tree: N) => {
  remarkGlossary({ terms })(tree as never);
  return tree;
};
const links = (tree: N): { url: string; text: string }[] => {
  const out: { url: string; text: string }[] = [];
  const walk = (n: N) => {
    if (n.type === 'link') out.push({ url: n.url!, text: n.children![0]!.value! });
    n.children?.forEach(walk);
  };
  walk(tree);
  return out;
};

describe('glossary matching', () => {
  it('matches whole words with Danish letters on either side', () => {
    const p = termPattern(terms[2]!);
    expect(findTerm('en brændende platform for alle', terms[2]!, p)?.match).toBe('brændende platform');
    expect(findTerm('ubrændende platformen', terms[2]!, p)).toBeNull();
    expect(findTerm('to brændende platforme', terms[2]!, p)?.match).toBe('brændende platforme');
  });

  it('acronyms match only in capitals; other terms ignore case', () => {
    expect(findTerm('ops og OPS', terms[0]!)?.index).toBe(7);
    expect(findTerm('OPSAMLING', terms[0]!)).toBeNull();
    expect(findTerm('Partnerskabsaftalen blev underskrevet', terms[1]!)?.match).toBe('Partnerskabsaftalen');
  });
});

describe('remark-glossary', () => {
  it('links only the first occurrence of each term on a page', () => {
    const tree = run({ type: 'root', children: [para(text('OPS er godt. OPS igen.')), para(text('Også OPS og en partnerskabsaftale.'))] });
    expect(links(tree)).toEqual([
      { url: '/ordliste/#ops', text: 'OPS' },
      { url: '/ordliste/#partnerskabsaftale', text: 'partnerskabsaftale' },
    ]);
    expect(tree.children![0]!.children!.map((c) => c.value ?? c.type)).toEqual(['link', ' er godt. OPS igen.']);
  });

  it('links several terms in one text node, in order', () => {
    const tree = run({ type: 'root', children: [para(text('En partnerskabsaftale om OPS og en brændende platform.'))] });
    expect(links(tree).map((l) => l.text)).toEqual(['partnerskabsaftale', 'OPS', 'brændende platform']);
  });

  it('never touches headings, links, code or MDX components', () => {
    const tree = run({
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [text('OPS i overskriften')] },
        para({ type: 'link', url: '/x/', children: [text('OPS i et link')] }, { type: 'inlineCode', value: 'OPS' }),
        { type: 'mdxJsxFlowElement', children: [para(text('OPS i et citat'))] },
        para(text('Her: OPS.')),
      ],
    });
    expect(links(tree)).toEqual([{ url: '/x/', text: 'OPS i et link' }, { url: '/ordliste/#ops', text: 'OPS' }]);
    expect((tree.children![0]!.children![0] as N).value).toBe('OPS i overskriften');
  });
});

describe('word boundaries with Danish letters', () => {
  const hf = { id: 'housing-first', term: 'Housing First', aliases: ['Housing First-tilgangen'] };
  const np = { id: 'netvaerksledelse', term: 'Netværksledelse' };
  it('a term glued to æ, ø or å is not a use', () => {
    expect(findTerm('ØOPS og OPSÆ og åOPS', terms[0]!)).toBeNull();
    expect(findTerm('partnerskabsaftaleø', terms[1]!)).toBeNull();
    expect(findTerm('æbrændende platform', terms[2]!)).toBeNull();
    expect(findTerm('netværksledelsesår', np)).toBeNull();
  });
  it('punctuation, dashes and line breaks are boundaries; a term with æøå matches in any case', () => {
    expect(findTerm('(OPS)', terms[0]!)?.match).toBe('OPS');
    expect(findTerm('– OPS-modellen', terms[0]!)?.match).toBe('OPS');
    expect(findTerm('en brændende\nplatform', terms[2]!)?.match).toBe('brændende\nplatform');
    expect(findTerm('NETVÆRKSLEDELSE og netværksledelse', np)?.index).toBe(0);
  });
  it('the longest form wins where an alias extends the term', () => {
    expect(findTerm('Housing First-tilgangen var bærende', hf)?.match).toBe('Housing First-tilgangen');
  });
});

describe('remark-glossary: where links never go', () => {
  it('skips link references, code blocks, HTML and definitions; links the first use in running text after them', () => {
    const tree = run({
      type: 'root',
      children: [
        para({ type: 'linkReference', children: [text('OPS')] }),
        { type: 'code', value: 'OPS' },
        { type: 'html', value: '<b>OPS</b>' },
        { type: 'definition', url: '/x/' },
        { type: 'list', children: [{ type: 'listItem', children: [para({ type: 'emphasis', children: [text('se OPS')] })] }] },
      ],
    });
    expect(links(tree)).toEqual([{ url: '/ordliste/#ops', text: 'OPS' }]);
  });
  it('leaves a KortSagt quote (an MDX text or flow element) untouched', () => {
    const tree = run({
      type: 'root',
      children: [
        { type: 'mdxJsxFlowElement', children: [para(text('en brændende platform i citatet'))] },
        para({ type: 'mdxJsxTextElement', children: [text('brændende platform')] }, text(' og så en brændende platform')),
      ],
    });
    expect(links(tree)).toEqual([{ url: '/ordliste/#braendende-platform', text: 'brændende platform' }]);
    expect(tree.children![1]!.children![2]!.type).toBe('link');
  });
  it('a heading use does not count: the first use in body text below it is linked', () => {
    const tree = run({ type: 'root', children: [{ type: 'heading', depth: 2, children: [text('Brændende platforme')] }, para(text('Om brændende platforme.'))] });
    expect(links(tree)).toEqual([{ url: '/ordliste/#braendende-platform', text: 'brændende platforme' }]);
  });
  it('each page (each run of the plugin) starts afresh', () => {
    const plugin = remarkGlossary({ terms });
    const a = { type: 'root', children: [para(text('OPS'))] };
    const b = { type: 'root', children: [para(text('OPS'))] };
    plugin(a as never);
    plugin(b as never);
    expect(links(a)).toHaveLength(1);
    expect(links(b)).toHaveLength(1);
  });
});

describe('<Term id>', () => {
  it('an unknown id stops the build with the file and the id named', () => {
    const ids = new Set(terms.map((t) => t.id));
    const entries = [{ id: 'x', filePath: 'src/content/viden/x.mdx', data: {}, body: 'Se <Term id="opp">OPP</Term> og <Term id="ops">OPS</Term>.' }];
    expect(() => assertNoProblems(checkTermReferences(entries, ids))).toThrow(ContentIntegrityError);
    expect(() => assertNoProblems(checkTermReferences(entries, ids))).toThrow('src/content/viden/x.mdx: <Term id="opp">');
    expect(() => assertNoProblems(checkTermReferences([{ ...entries[0]!, body: '<Term id="ops">OPS</Term>' }], ids))).not.toThrow();
  });
});

describe('keepFirstTermLinks', () => {
  it('keeps the first link per term on a page and unwraps the rest', async () => {
    const { keepFirstTermLinks } = await import('../../src/lib/glossary');
    const html = '<p><a href="/ordliste/#ops" class="term">OPS</a> og <a href="/ordliste/#ops" class="term">OPS</a> <a href="/ordliste/#act" class="term">ACT</a></p>';
    expect(keepFirstTermLinks(html)).toBe('<p><a href="/ordliste/#ops" class="term">OPS</a> og OPS <a href="/ordliste/#act" class="term">ACT</a></p>');
  });
});
