import { describe, expect, it } from 'vitest';
import { fitEntries } from '../../scripts/service-worker.mjs';

type Entry = { url: string; path: string; bytes: number; hash: string };
const entry = (url: string, bytes: number): Entry => ({ url, path: url, bytes, hash: url });
const core = [entry('/', 100), entry('/procesguide/', 100), entry('/_astro/app.js', 100)];
const cases = ['/cases/a/', '/cases/b/', '/cases/c/'];
const all = [...core, entry('/cases/a/', 50), entry('/cases/b/', 50), entry('/cases/c/', 50)];

describe('what a reader keeps for offline use, within the limit', () => {
  it('keeps everything when it fits', () => {
    expect(fitEntries(all, cases, 450)).toEqual({ kept: all, deferred: [] });
  });

  it('over the limit, keeps every other file and the case pages in order while they fit', () => {
    const { kept, deferred } = fitEntries(all, cases, 400) as { kept: Entry[]; deferred: string[] };
    expect(kept.map((e) => e.url)).toEqual(['/', '/procesguide/', '/_astro/app.js', '/cases/a/', '/cases/b/']);
    expect(deferred).toEqual(['/cases/c/']);
    expect(kept.reduce((s, e) => s + e.bytes, 0)).toBeLessThanOrEqual(400);
  });

  it('fails in Danish when the files without the case pages pass the limit', () => {
    expect(() => fitEntries(all, cases, 250)).toThrow(/uden case-siderne, mere end/);
  });
});
