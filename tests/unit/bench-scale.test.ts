import { describe, expect, it } from 'vitest';
import { corpus, prng, splitMdx, syntheticCase } from '../../scripts/bench-scale.mjs';

describe('the scale run’s synthetic cases', () => {
  it('keep the heading their agreement facts stand under, as the build requires', () => {
    const source = corpus('src/content/cases');
    const rand = prng(1);
    for (let i = 1; i <= source.frontmatters.length; i++) {
      const parts = splitMdx(syntheticCase(i, 9, source, rand));
      expect(parts).not.toBeNull();
      const heading = (parts!.data as { agreement?: { heading?: string } }).agreement?.heading;
      if (heading) expect(parts!.body.split('\n')).toContain(`## ${heading}`);
    }
  });
});
