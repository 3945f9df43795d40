/**
 * src/lib/guide.ts: grouping by phase, counting, the step chain and the
 * progress line, on small made-up guides (the real guide is tested in
 * tests/build/guide*.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GUIDE_HOME,
  WHOLE_CHECKLIST,
  groupByPhase,
  itemCount,
  progressCount,
  slugOfStepId,
  stepOfLine,
  stepPageHref,
  stepPlaces,
  type GuideStepLike,
} from '../../src/lib/guide';
import { phases, type PhaseId } from '../../src/lib/vocabularies';

const step = (phase: PhaseId, order: number, items: string[]): GuideStepLike => ({
  id: `${phase}/${String(order).padStart(2, '0')}-trin-${phase}-${order}`,
  data: { phase, order, title: `Trin ${phase} ${order}`, items: items.map((id) => ({ id })) },
});

// Deliberately out of order: the guide sorts by phase vocabulary, then `order`.
const sample = [
  step('under', 2, ['u2a']),
  step('foer', 2, ['f2a', 'f2b']),
  step('efter', 1, ['e1a']),
  step('foer', 1, ['f1a']),
  step('under', 1, ['u1a', 'u1b', 'u1c']),
];

describe('slugs and addresses', () => {
  it('drops the number from the file name', () => {
    expect(slugOfStepId('foer/01-braendende-problem')).toBe('braendende-problem');
    expect(slugOfStepId('efter/12-fortsaet-eller-afslut')).toBe('fortsaet-eller-afslut');
  });
  it('puts each step on its own page under its phase', () => {
    expect(stepPageHref(step('under', 3, ['x']))).toBe('/procesguide/under/trin-under-3/');
  });
});

describe('groupByPhase', () => {
  it('groups in the vocabulary order and sorts steps by order', () => {
    const groups = groupByPhase(sample);
    expect(groups.map((g) => g.phase.id)).toEqual(['foer', 'under', 'efter']);
    expect(groups[0]!.steps.map((s) => s.data.order)).toEqual([1, 2]);
    expect(groups[1]!.itemIds).toEqual(['u1a', 'u1b', 'u1c', 'u2a']);
  });
  it('leaves out a phase without steps', () => {
    expect(groupByPhase([step('efter', 1, ['a'])]).map((g) => g.phase.id)).toEqual(['efter']);
  });
  it('counts items from the data', () => {
    expect(itemCount(sample)).toBe(8);
    expect(itemCount([])).toBe(0);
  });
});

describe('stepPlaces', () => {
  const places = stepPlaces(sample);

  it('numbers steps within their phase', () => {
    expect(places.map((p) => `${p.step.data.phase}${p.number}`)).toEqual([
      'foer1',
      'foer2',
      'under1',
      'under2',
      'efter1',
    ]);
  });

  it('starts at the overview, ends at the whole checklist', () => {
    expect(places[0]!.prev).toEqual({ kind: 'overview', href: GUIDE_HOME, label: 'Procesguidens oversigt' });
    expect(places.at(-1)!.next).toEqual({ kind: 'overview', href: WHOLE_CHECKLIST, label: 'Hele tjeklisten' });
  });

  it('marks the links that cross into another phase', () => {
    expect(places[1]!.next).toMatchObject({
      kind: 'step',
      href: '/procesguide/under/trin-under-1/',
      phase: { id: 'under' },
    });
    expect(places[2]!.prev).toMatchObject({ href: '/procesguide/foer/trin-foer-2/', phase: { id: 'foer' } });
    expect(places[0]!.next.phase).toBeUndefined();
  });

  it('following "Næste" from the first step visits every step once, in order, and "Forrige" walks back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...phases.ids), fc.integer({ min: 1, max: 30 })), {
          minLength: 1,
          maxLength: 25,
        }),
        (pairs) => {
          const unique = [...new Map(pairs.map(([p, o]) => [`${p}${o}`, step(p, o, [`i-${p}-${o}`])])).values()];
          const chain = stepPlaces(unique);
          const byHref = new Map(chain.map((p) => [p.href, p]));
          const visited: string[] = [];
          for (let at = chain[0]; at; at = byHref.get(at.next.href)) visited.push(at.href);
          expect(visited).toEqual(chain.map((p) => p.href));
          expect(visited).toHaveLength(unique.length);
          const back: string[] = [];
          for (let at = chain.at(-1); at; at = byHref.get(at.prev.href)) back.push(at.href);
          expect(back).toEqual([...visited].reverse());
        },
      ),
    );
  });
});

describe('progress lines', () => {
  it('says how many of how many', () => {
    expect(progressCount(3, 5)).toBe('3 af 5');
    expect(stepOfLine(2, 9)).toBe('Trin 2 af 9');
  });
});
