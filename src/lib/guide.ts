/**
 * The process guide's structure, computed once: steps grouped by phase (in the
 * vocabulary's order), item counts, each step's place, its neighbours for
 * "Forrige trin" / "Næste trin", and the progress line. Pure TypeScript over a
 * minimal step shape (no astro:content), so the unit tests hand it plain objects.
 * Counts always come from the data, never from the text.
 */
import { phases, type PhaseId, type Term } from './vocabularies';

/** What the guide needs of a step; a content entry (GuideEntry) fits it. */
export interface GuideStepLike {
  id: string;
  data: { phase: PhaseId; order: number; title: string; items: readonly { id: string }[] };
}

export interface PhaseGroup<S extends GuideStepLike> {
  phase: Term<PhaseId>;
  steps: S[];
  /** Every item id of the phase, in step order (for progress). */
  itemIds: string[];
}

/** A neighbour link: a step page or, at the ends of the guide, an overview page. */
export interface GuideLink {
  kind: 'step' | 'overview';
  href: string;
  label: string;
  /** Set when the link crosses into another phase. */
  phase?: Term<PhaseId>;
}

export interface StepPlace<S extends GuideStepLike> {
  step: S;
  slug: string;
  href: string;
  /** 1-based number within its phase. */
  number: number;
  group: PhaseGroup<S>;
  prev: GuideLink;
  next: GuideLink;
}

export const GUIDE_HOME = '/procesguide/';
export const WHOLE_CHECKLIST = '/procesguide/tjekliste/';

/** "foer/01-braendende-problem" -> "braendende-problem" (the file name without its number). */
export function slugOfStepId(id: string): string {
  const file = id.split('/').pop() ?? id;
  return file.replace(/^\d+-/, '');
}

export const phaseHref = (phase: PhaseId) => `/procesguide/${phase}/`;

/** The step page: /procesguide/<fase>/<slug>/. */
export function stepPageHref(step: GuideStepLike): string {
  return `${phaseHref(step.data.phase)}${slugOfStepId(step.id)}/`;
}

export const phaseTitle = (phase: Term<PhaseId>) => `${phase.label} partnerskabet`;

/**
 * Steps grouped by phase in the vocabulary's order, each group sorted by `order`.
 * Phases without steps are left out.
 */
export function groupByPhase<S extends GuideStepLike>(steps: readonly S[]): PhaseGroup<S>[] {
  return phases.terms
    .map((phase) => {
      const inPhase = steps.filter((s) => s.data.phase === phase.id).sort((a, b) => a.data.order - b.data.order);
      return { phase, steps: inPhase, itemIds: inPhase.flatMap((s) => s.data.items.map((i) => i.id)) };
    })
    .filter((g) => g.steps.length > 0);
}

export function itemCount(steps: readonly GuideStepLike[]): number {
  return steps.reduce((n, s) => n + s.data.items.length, 0);
}

/**
 * Every step with its place in the guide. The chain runs through all steps in
 * order: the last step of a phase leads on to the first step of the next
 * phase (and the first back to the previous phase's last), the guide's first
 * step back to the overview and its last on to the whole checklist.
 */
export function stepPlaces<S extends GuideStepLike>(steps: readonly S[]): StepPlace<S>[] {
  const groups = groupByPhase(steps);
  const flat = groups.flatMap((group) => group.steps.map((step, i) => ({ step, group, number: i + 1 })));
  const linkTo = (i: number, from: PhaseGroup<S>): GuideLink => {
    const target = flat[i]!;
    const link: GuideLink = { kind: 'step', href: stepPageHref(target.step), label: target.step.data.title };
    if (target.group !== from) link.phase = target.group.phase;
    return link;
  };
  return flat.map(({ step, group, number }, i) => ({
    step,
    group,
    number,
    slug: slugOfStepId(step.id),
    href: stepPageHref(step),
    prev: i > 0 ? linkTo(i - 1, group) : { kind: 'overview', href: GUIDE_HOME, label: 'Procesguidens oversigt' },
    next:
      i < flat.length - 1
        ? linkTo(i + 1, group)
        : { kind: 'overview', href: WHOLE_CHECKLIST, label: 'Hele tjeklisten' },
  }));
}

export { progressCount, stepOfLine, stepProgressLine } from './progress-line';
