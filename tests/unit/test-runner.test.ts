import { describe, expect, it } from 'vitest';
import { STEPS, judgeVitest, selectSteps } from '../../scripts/test.mjs';

const report = {
  numTotalTests: 3,
  numPassedTests: 3,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  numFailedTestSuites: 0,
};

describe('scripts/test.mjs', () => {
  it('runs every step without arguments, also in CI', () => {
    expect(selectSteps([], false)).toEqual({ steps: STEPS });
    expect(selectSteps([], true)).toEqual({ steps: STEPS });
  });

  it('refuses an unknown step name with the names it knows', () => {
    const result = selectSteps(['Browsertst'], false);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(/Ukendt trin: Browsertst\..*Browsertest/);
    // `npm test -- --project e2e` passes Vitest's flags as step names.
    expect(selectSteps(['--project', 'e2e'], false)).toHaveProperty('error');
  });

  it('runs only the named steps outside CI, in the suite’s order', () => {
    const result = selectSteps(['Build-test', 'Byg'], false) as { steps: typeof STEPS };
    expect(result.steps.map((s) => s.name)).toEqual(['Byg', 'Build-test']);
  });

  it('refuses a selection in CI, where every step must run', () => {
    expect(selectSteps(['Byg'], true)).toHaveProperty('error');
  });

  it('passes a Vitest step only when tests ran, none failed and none were skipped', () => {
    expect(judgeVitest(report)).toBeNull();
    expect(judgeVitest({ ...report, numTotalTests: 0, numPassedTests: 0 })).toMatch(/ingen test/);
    expect(judgeVitest({ ...report, numFailedTests: 1, numPassedTests: 2 })).toMatch(/fejlede/);
    expect(judgeVitest({ ...report, numPendingTests: 1, numPassedTests: 2 })).toMatch(/sprunget over/);
    expect(judgeVitest({ ...report, numTodoTests: 1, numPassedTests: 2 })).toMatch(/sprunget over/);
    expect(judgeVitest({ ...report, numTotalTests: 2, numPassedTests: 0, numPendingTests: 2 })).toMatch(/ingen test/);
    expect(judgeVitest({ ...report, numFailedTestSuites: 1 })).not.toBeNull();
  });
});
