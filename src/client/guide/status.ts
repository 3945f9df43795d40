/**
 * The guide's status in words, as GOV.UK's task list: a step or phase is
 * "not started", "started" or "done", and the reader resumes at the first step
 * in guide order with an item not done. Pure functions over the saved items of
 * the active tjekliste, so the unit tests hand them plain objects
 * (tests/unit/guide-status.test.ts); the words are in strings.ts.
 */

export type Status = 'not-started' | 'started' | 'done';

/** What the store keeps per item; only these two fields matter here. */
export interface SavedItem {
  done?: boolean;
  note?: string;
}

/** The active tjekliste's items by id (the store's objects have no prototype). */
export type SavedItems = Readonly<Record<string, SavedItem | undefined>>;

/** A step the page carries: where it is, what it is called, its item ids. */
export interface GuideStep {
  href: string;
  title: string;
  ids: readonly string[];
}

/** Where the reader goes on: nothing saved yet, a step, or everything is done. */
export type Resume = { kind: 'none' } | { kind: 'step'; step: GuideStep } | { kind: 'done' };

function item(items: SavedItems, id: string): SavedItem | undefined {
  return Object.hasOwn(items, id) ? items[id] : undefined;
}

/**
 * Done when every item is ticked; started when one is ticked or has a note (a
 * note is work begun); otherwise not started. No items: not started.
 */
export function statusOf(ids: readonly string[], items: SavedItems): Status {
  const saved = ids.map((id) => item(items, id));
  if (ids.length > 0 && saved.every((i) => i?.done === true)) return 'done';
  return saved.some((i) => i?.done === true || Boolean(i?.note)) ? 'started' : 'not-started';
}

/** The first step in the given order with an item not done; undefined when all are done. */
export function firstUnfinished<S extends GuideStep>(steps: readonly S[], items: SavedItems): S | undefined {
  return steps.find((s) => statusOf(s.ids, items) !== 'done');
}

/** "Fortsæt" once any step is started; "done" once every step is; nothing before that. */
export function resumeOf(steps: readonly GuideStep[], items: SavedItems): Resume {
  if (steps.every((s) => statusOf(s.ids, items) === 'not-started')) return { kind: 'none' };
  const step = firstUnfinished(steps, items);
  return step ? { kind: 'step', step } : { kind: 'done' };
}

/**
 * The steps a page carries as JSON, [[href, title, "id id …"], …] (GuideSteps.astro):
 * anything else gives no steps, so a damaged page shows no resume link rather than a wrong one.
 */
export function parseSteps(json: string): GuideStep[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const steps: GuideStep[] = [];
  for (const row of data) {
    if (!Array.isArray(row) || row.length !== 3 || !row.every((v) => typeof v === 'string')) return [];
    const [href, title, ids] = row as [string, string, string];
    steps.push({ href, title, ids: ids.split(' ').filter(Boolean) });
  }
  return steps;
}
