import { describe, expect, it } from 'vitest';
import { buildSteps } from '../../scripts/bench-project.mjs';

describe('the benchmark times the build as npm run build runs it', () => {
  it('takes the Astro step once (scripts/build.mjs runs astro build) and the rest after it', () => {
    const { astro, rest } = buildSteps('.');
    expect(astro).toBe('node scripts/build.mjs');
    expect(rest).toEqual(['node scripts/pagefind.mjs', 'node scripts/service-worker.mjs']);
  });
});
