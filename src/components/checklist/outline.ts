/**
 * The guide's outline at build time, in two sizes: the whole outline (phases,
 * steps, item texts) that the exports need, served as the file
 * /procesguide/oversigt.json and fetched only when the user exports; and the
 * item ids per phase that every checklist page needs for its counts, small
 * enough to go in the page (GuideOutline.astro).
 */
import { getContent, stepSlug } from '../../lib/content';
import { phases } from '../../lib/vocabularies';
import type { Outline } from '../../client/tjekliste/on-demand/document';
import type { PhaseItems } from '../../client/tjekliste/runtime';

/** Where the whole outline is served (src/pages/procesguide/oversigt.json.ts). */
export const OUTLINE_PATH = '/procesguide/oversigt.json';

export async function guideOutline(): Promise<Outline> {
  const { guide } = await getContent();
  return {
    phases: phases.terms.map((p) => ({
      id: p.id,
      label: p.label,
      steps: guide
        .filter((s) => s.data.phase === p.id)
        .map((s) => ({
          id: stepSlug(s),
          title: s.data.title,
          items: s.data.items.map((i) => ({ id: i.id, text: i.text })),
        })),
    })),
  };
}

/**
 * Each phase's label and item ids, in order: what the counts need. A page that shows every item (the whole
 * tjekliste) leaves the ids out; the script reads them from its checkboxes.
 */
export function phaseItems(outline: Outline, itemsInPage = false): PhaseItems {
  return {
    outline: OUTLINE_PATH,
    phases: outline.phases.map((p) => ({
      id: p.id,
      label: p.label,
      ...(itemsInPage ? {} : { items: p.steps.flatMap((s) => s.items.map((i) => i.id)).join(' ') }),
    })),
  };
}

/** What a page's print and copy can cover: its step and phase, found from its address. */
export interface PageScope {
  phase?: { id: string; label: string };
  step?: { id: string; title: string };
}

/** The scope of /procesguide/<fase>/ and /procesguide/<fase>/<slug>/; nothing on other pages. */
export function scopeOfPath(outline: Outline, pathname: string): PageScope {
  const [root, phaseId, stepId] = pathname.split('/').filter(Boolean);
  const phase = root === 'procesguide' ? outline.phases.find((p) => p.id === phaseId) : undefined;
  if (!phase) return {};
  const step = phase.steps.find((s) => s.id === stepId);
  return { phase: { id: phase.id, label: phase.label }, ...(step ? { step: { id: step.id, title: step.title } } : {}) };
}
