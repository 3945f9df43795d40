/**
 * Klarsprog in the guide we write ourselves: sentence length in the step texts
 * and the site's own words in the checklist items. Quotations from the sources
 * (» … «) are the sources' words and are not measured.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { countWordsDa, numberDa } from '../../src/lib/format';
import { sentencesOf, wordCount } from './klarsprog';

const GUIDE = 'src/content/guide';
const MAX_WORDS = 30;
const MAX_AVERAGE = 18;
/**
 * Sentences allowed over the limit because a quotation or a list of names from a
 * source forces it, as "file: first words". Empty today; add with a reason.
 */
const ALLOWED_LONG: string[] = [];

interface Step {
  file: string;
  body: string;
  items: { id: string; text: string }[];
  description: string;
}

function steps(): Step[] {
  const out: Step[] = [];
  for (const phase of readdirSync(GUIDE)) {
    for (const name of readdirSync(join(GUIDE, phase)).filter((f) => f.endsWith('.mdx'))) {
      const file = join(GUIDE, phase, name);
      const [, frontmatter = '', ...rest] = readFileSync(file, 'utf8').split(/^---$/m);
      const data = load(frontmatter) as { items: { id: string; text: string }[]; description: string };
      out.push({ file, body: rest.join('---'), items: data.items, description: data.description });
    }
  }
  return out;
}

describe('sentences in the guide', () => {
  const all = steps().flatMap((s) =>
    sentencesOf(s.body).map((sentence) => ({ file: s.file, sentence, words: wordCount(sentence) })),
  );

  it('are at most 30 words outside quotations', () => {
    const long = all
      .filter((s) => s.words > MAX_WORDS)
      .map((s) => `${s.file}: ${s.words} ord: ${s.sentence.slice(0, 80)} …`)
      .filter((line) => !ALLOWED_LONG.some((allowed) => line.startsWith(allowed)));
    expect(long).toEqual([]);
  });

  it(`average at most ${MAX_AVERAGE} words`, () => {
    const average = all.reduce((n, s) => n + s.words, 0) / all.length;
    console.log(
      `Procesguiden: ${all.length} sætninger, gennemsnit ${average.toFixed(1)} ord, ` +
        `${all.filter((s) => s.words > MAX_WORDS).length} over ${MAX_WORDS}`,
    );
    expect(all.length).toBeGreaterThan(50);
    expect(average).toBeLessThanOrEqual(MAX_AVERAGE);
  });
});

describe('checklist items', () => {
  const items = steps().flatMap((s) => s.items.map((item) => ({ ...item, file: s.file })));

  it("say partnere, not parter (the site's term list)", () => {
    expect(items.filter((i) => /\bparte(r|rne|rs)\b/i.test(i.text)).map((i) => i.id)).toEqual([]);
  });

  it('name no political leadership alone (companies and NGOs have none)', () => {
    expect(
      items.filter((i) => /politiske ledelse/i.test(i.text) && !/øverste ledelse/i.test(i.text)).map((i) => i.id),
    ).toEqual([]);
  });
});

describe('checklist items in one tickable form', () => {
  const items = steps().flatMap((s) => s.items.map((item) => ({ ...item, file: s.file })));

  it('state something the team can confirm, not an ongoing activity ("Vi orienterer …")', () => {
    const ongoing = /^(Vi|Styregruppen|Partnerne|Arbejdsgrupperne?) (?!har\b|ved\b|kender\b|er\b)\p{Ll}+er\b/u;
    expect(items.filter((i) => ongoing.test(i.text)).map((i) => `${i.id}: ${i.text}`)).toEqual([]);
  });

  it('hold no condition ("Fortsætter partnerskabet, …", "Hvis …")', () => {
    const conditional = /^(Hvis|Når|Såfremt)\b|^\p{Lu}\p{Ll}+er [^,]{1,40}, (har|er|skal)\b/u;
    expect(items.filter((i) => conditional.test(i.text)).map((i) => `${i.id}: ${i.text}`)).toEqual([]);
  });

  it('catch the forms they were rewritten from', () => {
    const ongoing = /^(Vi|Styregruppen|Partnerne|Arbejdsgrupperne?) (?!har\b|ved\b|kender\b|er\b)\p{Ll}+er\b/u;
    expect(ongoing.test('Vi orienterer løbende partnernes ledelser om arbejdet.')).toBe(true);
    expect(ongoing.test('Vi har afsat tid efter projektperioden til opfølgning.')).toBe(false);
    const conditional = /^(Hvis|Når|Såfremt)\b|^\p{Lu}\p{Ll}+er [^,]{1,40}, (har|er|skal)\b/u;
    expect(conditional.test('Fortsætter partnerskabet, har vi sat mål for den næste periode.')).toBe(true);
    expect(conditional.test('Partnerne har aftalt, at der er plads til uenighed.')).toBe(false);
  });
});

describe('numbers in running text (docs/decisions/0040-tal-datoer-apostroffer.md)', () => {
  it('are words below 10 and digits from 10 up', () => {
    expect([0, 1, 2, 5, 9].map((n) => numberDa(n))).toEqual(['nul', 'én', 'to', 'fem', 'ni']);
    expect(numberDa(1, true)).toBe('ét');
    expect([10, 17, 71].map((n) => numberDa(n))).toEqual(['10', '17', '71']);
    expect(countWordsDa(4, 'vidensnotat', 'vidensnotater')).toBe('fire vidensnotater');
    expect(countWordsDa(1, 'vidensnotat', 'vidensnotater', true)).toBe('ét vidensnotat');
  });
});
