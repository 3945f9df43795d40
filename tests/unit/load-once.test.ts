import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../src/client/shared/load-once';

describe('loadOnce', () => {
  it('loads once for every caller, and tries again after a failure', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new Error('net');
      return calls;
    });
    await expect(load()).rejects.toThrow('net');
    expect(await Promise.all([load(), load()])).toEqual([2, 2]);
    expect(calls).toBe(2);
  });
});
