/**
 * src/client/guide/status.ts: a step's status in words, the first unfinished
 * step and the resume choice, on small made-up guides; parseSteps on what a
 * page carries, damaged or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstUnfinished,
  parseSteps,
  resumeOf,
  statusOf,
  type GuideStep,
  type SavedItems,
} from '../../src/client/guide/status';
import { STATUS } from '../../src/client/guide/strings';

const steps: GuideStep[] = [
  { href: '/procesguide/foer/a/', title: 'A', ids: ['a1', 'a2'] },
  { href: '/procesguide/foer/b/', title: 'B', ids: ['b1'] },
  { href: '/procesguide/under/c/', title: 'C', ids: ['c1', 'c2'] },
];

/** Items as the store keeps them: objects without a prototype. */
function saved(entries: Record<string, { done?: boolean; note?: string }>): SavedItems {
  return Object.assign(Object.create(null), entries);
}

describe('statusOf', () => {
  it('is not started with nothing saved', () => {
    expect(statusOf(['a1', 'a2'], saved({}))).toBe('not-started');
  });

  it('is started when one item is ticked, done when all are', () => {
    expect(statusOf(['a1', 'a2'], saved({ a1: { done: true } }))).toBe('started');
    expect(statusOf(['a1', 'a2'], saved({ a1: { done: true }, a2: { done: true } }))).toBe('done');
  });

  it('counts a note as work begun, an untick or an empty note as nothing', () => {
    expect(statusOf(['a1'], saved({ a1: { done: false, note: 'ring til Karen' } }))).toBe('started');
    expect(statusOf(['a1'], saved({ a1: { done: false, note: '' } }))).toBe('not-started');
  });

  it('ignores items of other steps and inherited names', () => {
    expect(statusOf(['a1'], saved({ b1: { done: true } }))).toBe('not-started');
    expect(statusOf(['constructor', 'toString'], saved({}))).toBe('not-started');
  });

  it('calls a step without items not started, never done', () => {
    expect(statusOf([], saved({ a1: { done: true } }))).toBe('not-started');
  });

  it('has a word for every status', () => {
    expect(Object.values(STATUS)).toEqual(['Ikke startet', 'I gang', 'Færdig']);
  });
});

describe('firstUnfinished and resumeOf', () => {
  it('offers nothing before anything is started', () => {
    expect(resumeOf(steps, saved({}))).toEqual({ kind: 'none' });
  });

  it('resumes at a step that is started but not done', () => {
    expect(resumeOf(steps, saved({ a1: { done: true } }))).toEqual({ kind: 'step', step: steps[0] });
  });

  it('resumes at the first step with an item not done, in the given order', () => {
    const items = saved({ a1: { done: true }, a2: { done: true }, c1: { done: true } });
    expect(firstUnfinished(steps, items)).toBe(steps[1]);
    expect(resumeOf(steps, items)).toEqual({ kind: 'step', step: steps[1] });
  });

  it('goes back to an earlier step left unfinished', () => {
    const items = saved({ a1: { done: true }, b1: { done: true }, c1: { done: true }, c2: { done: true } });
    expect(resumeOf(steps, items)).toEqual({ kind: 'step', step: steps[0] });
  });

  it('says done when every item is ticked', () => {
    const all = saved(Object.fromEntries(steps.flatMap((s) => s.ids).map((id) => [id, { done: true }])));
    expect(firstUnfinished(steps, all)).toBeUndefined();
    expect(resumeOf(steps, all)).toEqual({ kind: 'done' });
  });

  it('always names a step that is not done, and none before it is unfinished (any ticks)', () => {
    const ids = steps.flatMap((s) => s.ids);
    fc.assert(
      fc.property(fc.subarray(ids), (ticked) => {
        const items = saved(Object.fromEntries(ticked.map((id) => [id, { done: true }])));
        const resume = resumeOf(steps, items);
        const expected = ticked.length === 0 ? 'none' : ticked.length === ids.length ? 'done' : 'step';
        expect(resume.kind).toBe(expected);
        if (resume.kind !== 'step') return;
        const { step } = resume;
        expect(statusOf(step.ids, items)).not.toBe('done');
        for (const before of steps.slice(0, steps.indexOf(step))) expect(statusOf(before.ids, items)).toBe('done');
      }),
    );
  });
});

describe('parseSteps', () => {
  it('reads the rows a page carries', () => {
    expect(parseSteps('[["/procesguide/foer/a/","A","a1 a2"],["/procesguide/foer/b/","B","b1"]]')).toEqual([
      { href: '/procesguide/foer/a/', title: 'A', ids: ['a1', 'a2'] },
      { href: '/procesguide/foer/b/', title: 'B', ids: ['b1'] },
    ]);
  });

  it.each(['', 'nej', '{}', '[["/a/","A"]]', '[["/a/","A",3]]', '[null]'])('gives no steps for %j', (json) => {
    expect(parseSteps(json)).toEqual([]);
  });
});
