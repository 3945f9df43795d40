/**
 * The search index as built: which pages it holds, what it leaves out of their
 * text, and the vocabulary file the search page corrects spelling from.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDictionary } from '../../src/client/search/dictionary';
import { decodeVocabulary } from '../../src/client/search/query';

const PAGEFIND = 'dist/pagefind';

interface Fragment {
  url: string;
  title: string;
  content: string;
  meta: Record<string, string>;
  anchors: { element: string; id: string }[];
}

/** Every indexed page's fragment: url, title, the indexed text, meta and heading anchors. */
function fragments(): Fragment[] {
  return readdirSync(join(PAGEFIND, 'fragment')).map((name) => {
    const raw = gunzipSync(readFileSync(join(PAGEFIND, 'fragment', name)));
    const f = JSON.parse(raw.subarray(12).toString('utf8'));
    return { url: f.url, title: f.meta?.title ?? '', content: f.content, meta: f.meta ?? {}, anchors: f.anchors ?? [] };
  });
}

describe('the search index', () => {
  it('leaves out the chrome and overview pages whose text repeats other pages', () => {
    const urls = fragments().map((f) => f.url);
    for (const out of ['/', '/om/', '/tilgaengelighed/', '/viden/', '/temaer/', '/cases/sammenligning/', '/samling/'])
      expect(urls, out).not.toContain(out);
    for (const kept of ['/cases/fuldkorn/', '/ordliste/', '/samling/forudsaetninger/'])
      expect(urls, kept).toContain(kept);
  });

  it('holds no list labels (<dt>) or »Procesguiden henviser hertil« lists', () => {
    for (const f of fragments()) {
      expect(f.content, f.url).not.toContain('Procesguiden henviser hertil');
      expect(f.content, f.url).not.toMatch(/\b(Udgiver|Statslig partner|Partnertyper)\b/);
    }
  });
});

describe('what a reader reads is indexed, and only that', () => {
  const step = () => fragments().find((f) => f.url === '/procesguide/foer/finansiering/')!;

  it('a step holds its checklist items, which Pagefind leaves out as <label> text', () => {
    expect(step().content).toContain('Det står i aftalen, hvad hver partner bidrager med – penge, arbejdsindsats');
  });

  it('no dialog, bar or progress line of the checklist is indexed or gives a section its label', () => {
    for (const f of fragments()) {
      for (const ui of ['En delt tjekliste', 'Gem som ny tjekliste', 'punkter klaret', 'Gemmes i denne browser'])
        expect(f.content, `${f.url}: ${ui}`).not.toContain(ui);
      expect(f.anchors.map((a) => a.id)).not.toContain('tjekliste-delt-titel');
    }
  });

  it('each section of a step page has its own heading anchor', () => {
    const headings = step()
      .anchors.filter((a) => /^h[1-6]$/.test(a.element))
      .map((a) => a.id);
    expect(headings).toEqual(expect.arrayContaining(['trin-titel', 'om-trinnet', 'trin-kilder']));
  });

  it('each glossary term is its own result, and the glossary page does not repeat them', () => {
    const yaml = readFileSync('src/content/ordliste/ordliste.yaml', 'utf8');
    const ids = [...yaml.matchAll(/^([a-z0-9-]+):$/gm)].map((m) => m[1]);
    const all = fragments();
    for (const id of ids) {
      const term = all.find((f) => f.url === `/ordliste/#${id}`);
      expect(term, id).toBeDefined();
      expect(term!.meta.ordliste).toBe(id);
      expect(term!.meta.type).toBe('Ordliste');
    }
    const page = all.find((f) => f.url === '/ordliste/')!;
    expect(page.content).not.toContain('Forkortelse for offentlig-privat samspil');
  });
});

describe('the Danish word list', () => {
  const file = join(PAGEFIND, 'ordbog.da.gz');

  it('goes with its licence, is within its budget, and knows Danish words the site does not use', () => {
    expect(existsSync(join(PAGEFIND, 'ordbog.da.LICENSE.txt'))).toBe(true);
    const gz = readFileSync(file);
    // Fetched only when a query word is not on the site; never by the first search of a site word.
    expect(gz.length).toBeLessThan(260 * 1024);
    const danish = decodeDictionary(gunzipSync(gz).toString('utf8'));
    for (const w of ['måler', 'bæredygtighed', 'kontraktskabelon', 'hjemme', 'stoppe'])
      expect(danish.has(w), w).toBe(true);
    for (const w of ['blah', 'xyzzy', 'asdfgh', 'fulkorn']) expect(danish.has(w), w).toBe(false);
  });
});

describe('the vocabulary file', () => {
  const file = join(PAGEFIND, 'vocabulary.da.gz');

  it('is small (gzip) and holds the words of the indexed text, and only those', () => {
    expect(existsSync(file)).toBe(true);
    const gz = readFileSync(file);
    expect(gz.length).toBeLessThan(12 * 1024);
    const words = new Set(decodeVocabulary(gunzipSync(gz).toString('utf8')));
    expect(words.size).toBeGreaterThan(500);
    const all = fragments();
    const text = all.map((f) => `${f.title} ${f.content}`.toLowerCase()).join(' ');
    for (const f of all.slice(0, 5)) {
      for (const w of (f.content.toLowerCase().match(/\p{L}{6,}/gu) ?? []).slice(0, 20))
        expect(words.has(w), `${w} (${f.url})`).toBe(true);
    }
    // Nothing else: no word that only pages left out of the index use.
    for (const w of words) if (!text.includes(w)) throw new Error(`»${w}« står ikke i den indekserede tekst`);
  });
});
