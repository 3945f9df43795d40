/**
 * The guide's outline at build time, in two sizes: the whole outline (phases,
 * steps, item texts) that the exports need, served as the file
 * /procesguide/oversigt.json and fetched only when the user exports; and the
 * item ids per phase that every checklist page needs for its counts, small
 * enough to go in the page (GuideOutline.astro).
 */
import { getContent } from '../../lib/content';
import { phases } from '../../lib/vocabularies';
import type { Outline } from '../../client/tjekliste/all';
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
        .map((s) => ({ title: s.data.title, items: s.data.items.map((i) => ({ id: i.id, text: i.text })) })),
    })),
  };
}

/** Each phase's label and item ids, in order: what the counts need. */
export function phaseItems(outline: Outline): PhaseItems {
  return {
    outline: OUTLINE_PATH,
    phases: outline.phases.map((p) => ({
      id: p.id,
      label: p.label,
      items: p.steps.flatMap((s) => s.items.map((i) => i.id)).join(' '),
    })),
  };
}
