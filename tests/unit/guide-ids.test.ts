/**
 * Locks the published checklist ids. Saved progress in users' browsers is
 * keyed by these ids, so adding, removing or renaming one must be deliberate:
 * this test fails until src/content/tjekliste/udgivne-id.json is updated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const GUIDE = 'src/content/guide';
const PUBLISHED_FILE = 'src/content/tjekliste/udgivne-id.json';
const RETIRED_FILE = 'src/content/tjekliste/udgaaede-id.json';
const published: string[] = JSON.parse(readFileSync(PUBLISHED_FILE, 'utf8'));
/** Ids that were published and then removed: users may still have ticks under them, so they are never reused. */
const retired: string[] = JSON.parse(readFileSync(RETIRED_FILE, 'utf8'));

interface Found {
  id: string;
  file: string;
}

function itemIdsIn(dir: string): Found[] {
  const found: Found[] = [];
  for (const phase of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, phase)).filter((f) => f.endsWith('.mdx'))) {
      const file = join(dir, phase, name);
      const frontmatter = readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '';
      const data = load(frontmatter) as { items?: { id: string }[] };
      for (const item of data.items ?? []) found.push({ id: item.id, file });
    }
  }
  return found;
}

/** The author's message: what changed and what it means for saved progress. */
function lockMessage(current: string[], locked: string[]): string | null {
  const now = new Set(current);
  const before = new Set(locked);
  const removed = locked.filter((id) => !now.has(id));
  const added = current.filter((id) => !before.has(id));
  if (!removed.length && !added.length) return null;
  const lines: string[] = [];
  if (removed.length) {
    lines.push(
      `Fjernede tjekliste-id'er: ${removed.join(', ')}.`,
      "Gemte afkrydsninger og noter for disse id'er slettes aldrig i brugernes browsere: " +
        'de bliver i de gemte tjeklister og i eksporter, men vises ikke længere.',
      `Er fjernelsen bevidst, så flyt id'erne fra ${PUBLISHED_FILE} til ${RETIRED_FILE}. ` +
        'Genbrug aldrig et id til et andet punkt.',
    );
  }
  if (added.length) {
    lines.push(
      `Nye tjekliste-id'er: ${added.join(', ')}. ` +
        `Nye punkter starter uafkrydsede; tilføj id'erne til ${PUBLISHED_FILE}.`,
    );
  }
  return lines.join('\n');
}

describe('published checklist ids', () => {
  const found = itemIdsIn(GUIDE);
  const ids = found.map((f) => f.id);

  it('are many (the guide is read)', () => {
    expect(ids.length).toBeGreaterThan(30);
  });

  it('match the id pattern and are unique across the guide', () => {
    const bad = found.filter((f) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.id)).map((f) => `${f.file}: ${f.id}`);
    expect(bad).toEqual([]);
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dup).toEqual([]);
  });

  it('equal the locked list (removing or adding an id is deliberate)', () => {
    expect(lockMessage(ids, published) ?? 'ok').toBe('ok');
  });

  it('never reuse a retired id (saved ticks under it would reappear on another item)', () => {
    expect(ids.filter((id) => retired.includes(id))).toEqual([]);
    expect(published.filter((id) => retired.includes(id))).toEqual([]);
  });

  it('the lock message names removed and added ids and what happens to saved progress', () => {
    const msg = lockMessage(['a', 'c'], ['a', 'b'])!;
    expect(msg).toContain("Fjernede tjekliste-id'er: b.");
    expect(msg).toContain('slettes aldrig');
    expect(msg).toContain("Nye tjekliste-id'er: c.");
    expect(lockMessage(['a'], ['a'])).toBeNull();
  });
});
