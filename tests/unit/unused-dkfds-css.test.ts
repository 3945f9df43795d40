import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNUSED_DKFDS_CLASSES, withoutUnused } from '../../src/lib/unused-dkfds-css';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('dropping dkfds classes the site does not use', () => {
  it('drops only the selectors that name one, and keeps the rest of a rule', () => {
    expect(withoutUnused('.button:hover,.button.button-hover')).toBe('.button:hover');
    expect(withoutUnused('.button.button-warning')).toBe('');
    expect(withoutUnused('.button:disabled,.button.disabled')).toBe('.button:disabled');
    // A longer class that only starts with a listed name is not touched.
    expect(withoutUnused('.button-groups,.disabled-note')).toBe('.button-groups,.disabled-note');
    // Commas inside :is() are not selector boundaries, and a name inside parentheses keeps the selector.
    expect(withoutUnused(':is(.a,.b).button,.button.button-warning')).toBe(':is(.a,.b).button');
    expect(withoutUnused('.button:not(.disabled)')).toBe('.button:not(.disabled)');
  });

  it('none of them is used by a page, component, layout, island or content file', () => {
    const sources = [...filesUnder('src'), ...filesUnder('public')].filter((f) =>
      /\.(astro|ts|js|mdx|md|css|scss|html)$/.test(f),
    );
    const used = UNUSED_DKFDS_CLASSES.filter((name) =>
      sources.some((f) => {
        if (f.endsWith('unused-dkfds-css.ts')) return false;
        const text = readFileSync(f, 'utf8');
        return new RegExp(`(class(Name)?=|classList\\.\\w+\\(|\\.)['"\`]?[^'"\`]*\\b${name}(?![\\w-])`).test(text);
      }),
    );
    expect(used).toEqual([]);
  });
});
