import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { beforeAll, describe, expect, it } from 'vitest';
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
    const tree = run({
      type: 'root',
      children: [para(text('OPS er godt. OPS igen.')), para(text('Også OPS og en partnerskabsaftale.'))],
    });
    expect(links(tree)).toEqual([
      { url: '/ordliste/#ops', text: 'OPS' },
      { url: '/ordliste/#partnerskabsaftale', text: 'partnerskabsaftale' },
    ]);
    expect(tree.children![0]!.children!.map((c) => c.value ?? c.type)).toEqual(['glossaryTerm', ' er godt. OPS igen.']);
  });

  it('links several terms in one text node, in order', () => {
    const tree = run({
      type: 'root',
      children: [para(text('En partnerskabsaftale om OPS og en brændende platform.'))],
    });
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
    expect(links(tree)).toEqual([
      { url: '/x/', text: 'OPS i et link' },
      { url: '/ordliste/#ops', text: 'OPS' },
    ]);
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
        {
          type: 'list',
          children: [{ type: 'listItem', children: [para({ type: 'emphasis', children: [text('se OPS')] })] }],
        },
      ],
    });
    expect(links(tree)).toEqual([{ url: '/ordliste/#ops', text: 'OPS' }]);
  });
  it('leaves a KortSagt quote (an MDX text or flow element) untouched', () => {
    const tree = run({
      type: 'root',
      children: [
        { type: 'mdxJsxFlowElement', children: [para(text('en brændende platform i citatet'))] },
        para(
          { type: 'mdxJsxTextElement', children: [text('brændende platform')] },
          text(' og så en brændende platform'),
        ),
      ],
    });
    expect(links(tree)).toEqual([{ url: '/ordliste/#braendende-platform', text: 'brændende platform' }]);
    expect(tree.children![1]!.children![2]!.type).toBe('glossaryTerm');
  });
  it('a heading use does not count: the first use in body text below it is linked', () => {
    const tree = run({
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [text('Brændende platforme')] },
        para(text('Om brændende platforme.')),
      ],
    });
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
    const entries = [
      {
        id: 'x',
        filePath: 'src/content/viden/x.mdx',
        data: {},
        body: 'Se <Term id="opp">OPP</Term> og <Term id="ops">OPS</Term>.',
      },
    ];
    expect(() => assertNoProblems(checkTermReferences(entries, ids))).toThrow(ContentIntegrityError);
    expect(() => assertNoProblems(checkTermReferences(entries, ids))).toThrow(
      'src/content/viden/x.mdx: <Term id="opp">',
    );
    expect(() =>
      assertNoProblems(checkTermReferences([{ ...entries[0]!, body: '<Term id="ops">OPS</Term>' }], ids)),
    ).not.toThrow();
  });
});

describe('keepFirstTermLinks', () => {
  it('keeps the first link per term on a page and unwraps the rest', async () => {
    const { keepFirstTermLinks } = await import('../../src/lib/glossary');
    const html =
      '<p><a href="/ordliste/#ops" class="term">OPS</a> og <a href="/ordliste/#ops" class="term">OPS</a> ' +
      '<a href="/ordliste/#act" class="term">ACT</a></p>';
    expect(keepFirstTermLinks(html)).toBe(
      '<p><a href="/ordliste/#ops" class="term">OPS</a> og OPS <a href="/ordliste/#act" class="term">ACT</a></p>',
    );
  });
});

/**
 * The plugin in the real pipeline: the remark plugins and remark-rehype
 * options from astro.config.mjs's `unified()` processor (the ones @astrojs/mdx
 * takes over), on MDX parsed as @mdx-js/mdx parses it (remark-parse +
 * remark-mdx), with the real glossary. As Starlight tests its plugins.
 */
describe('remark-glossary in the site’s Markdown pipeline, on real MDX', () => {
  type HastNode = {
    type: string;
    tagName?: string;
    name?: string;
    properties?: Record<string, unknown>;
    children?: HastNode[];
  };

  async function pipeline() {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkMdx } = await import('remark-mdx');
    const { default: remarkRehype } = await import('remark-rehype');
    const config = (await import('../../astro.config.mjs')).default;
    const processor = config.markdown?.processor as {
      name: string;
      options: { remarkPlugins: unknown[]; remarkRehype: object };
    };
    expect(processor.name).toBe('unified');
    const mdxNodes = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];
    return (
      unified()
        .use(remarkParse)
        .use(remarkMdx)
        .use(processor.options.remarkPlugins as never)
        // The config's options are typed loosely by Astro; remark-rehype takes them as they are.
        .use(remarkRehype, {
          ...(processor.options.remarkRehype as RemarkRehypeOptions),
          passThrough: mdxNodes,
        } as never)
    );
  }

  /** Glossary links in a hast tree: [id, inside an MDX component?, inside a heading?]. */
  function glossaryLinks(tree: HastNode) {
    const out: { id: string; inComponent: boolean; inHeading: boolean }[] = [];
    const walk = (n: HastNode, inComponent: boolean, inHeading: boolean) => {
      const href = n.properties?.href;
      if (n.tagName === 'a' && typeof href === 'string' && href.startsWith('/ordliste/#'))
        out.push({ id: href.slice('/ordliste/#'.length), inComponent, inHeading });
      const component = inComponent || n.type.startsWith('mdxJsx');
      const heading = inHeading || /^h[1-6]$/.test(n.tagName ?? '');
      for (const c of n.children ?? []) walk(c, component, heading);
    };
    walk(tree, false, false);
    return out;
  }

  let processor: Awaited<ReturnType<typeof pipeline>>;
  // Loading astro.config.mjs (Astro, MDX, the glossary) takes a while the first time.
  beforeAll(async () => {
    processor = await pipeline();
  }, 60_000);

  async function render(mdx: string) {
    return glossaryLinks((await processor.run(processor.parse(mdx))) as HastNode);
  }

  const body = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

  it('links the first use in running text, never in a heading or a <KortSagt> quote', async () => {
    const mdx = [
      '## Om OPS',
      '',
      '<KortSagt who="En kilde">Vi fik et OPS i gang.</KortSagt>',
      '',
      'Et OPS er et samarbejde. Endnu et OPS nævnes her.',
    ].join('\n');
    expect(await render(mdx)).toEqual([{ id: 'ops', inComponent: false, inHeading: false }]);
  });

  it('wraps each glossary link in <pg-term>, the element that opens its definition in place', async () => {
    const tree = (await processor.run(processor.parse('Et OPS er et samarbejde.'))) as HastNode;
    const wrappers: HastNode[] = [];
    const walk = (n: HastNode) => {
      if (n.tagName === 'pg-term') wrappers.push(n);
      n.children?.forEach(walk);
    };
    walk(tree);
    expect(wrappers).toHaveLength(1);
    const [link] = wrappers[0]!.children ?? [];
    expect(link?.tagName).toBe('a');
    expect(link?.properties).toMatchObject({ href: '/ordliste/#ops', className: ['term'] });
  });

  it.each(readdirSync('src/content/cases').filter((f) => f.endsWith('.mdx')))(
    'src/content/cases/%s: glossary links only to real entries, once each, never in components or headings',
    async (name) => {
      const links = await render(body(join('src/content/cases', name)));
      const ids = links.map((l) => l.id);
      expect(new Set(ids).size, name).toBe(ids.length);
      expect(
        links.filter((l) => l.inComponent || l.inHeading),
        name,
      ).toEqual([]);
      const known = Object.keys(load(readFileSync('src/content/ordliste/ordliste.yaml', 'utf8')) as object);
      expect(
        ids.filter((id) => !known.includes(id)),
        name,
      ).toEqual([]);
    },
  );

  it('links terms in the real texts (the plugin runs in the pipeline)', async () => {
    const all = await Promise.all(
      readdirSync('src/content/cases')
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => render(body(join('src/content/cases', f)))),
    );
    expect(all.flat().length).toBeGreaterThan(0);
  });
});
