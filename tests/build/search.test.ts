/**
 * The search index as built: which pages it holds, what it leaves out of their
 * text, and the vocabulary file the search page corrects spelling from.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeVocabulary } from '../../src/client/search/query';

const PAGEFIND = 'dist/pagefind';

/** Every indexed page's fragment: url, title and the indexed text. */
function fragments(): { url: string; title: string; content: string }[] {
  return readdirSync(join(PAGEFIND, 'fragment')).map((name) => {
    const raw = gunzipSync(readFileSync(join(PAGEFIND, 'fragment', name)));
    const f = JSON.parse(raw.subarray(12).toString('utf8'));
    return { url: f.url, title: f.meta?.title ?? '', content: f.content };
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
