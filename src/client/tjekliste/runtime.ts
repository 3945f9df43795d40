/**
 * The page's one store, the guide's item ids per phase (for counts), and the change signal: after every change,
 * here or in another tab, every island redraws from what the store holds, never from its own copy.
 */
import { STORAGE_KEY } from './store/model';
import { ChecklistStore } from './store/store';

const CHANGE_EVENT = 'pg-checklist-change';

export interface ChangeDetail {
  /** "local": this page wrote; "external": another tab did. */
  source: 'local' | 'external';
  /** A polite message for screen readers (the bar reads it out). */
  announce?: string;
}

/**
 * What GuideOutline.astro puts in the page: where the whole outline is, and each phase's item ids as one
 * space-separated string (shorter than a JSON list). The whole tjekliste leaves the ids out: its checkboxes
 * say which phase they are in.
 */
export interface PhaseItems {
  outline: string;
  phases: { id: string; label: string; items?: string }[];
}

export interface Runtime {
  store: ChecklistStore;
  /** Where the whole outline (steps and item texts) for the exports is. */
  outlineUrl: string;
  /** Each phase's label and item ids, by its id ("foer"). */
  phases: Map<string, { label: string; items: string[] }>;
  allItems: string[];
  changed(detail: ChangeDetail): void;
}

function readPhaseItems(): PhaseItems {
  // Page-level data rendered once by GuideOutline.astro (a JSON data block, never executed).
  try {
    const data = JSON.parse(document.getElementById('pg-guide-items')?.textContent ?? '') as PhaseItems;
    if (Array.isArray(data.phases)) return data;
  } catch {
    /* no data: progress then covers nothing beyond each step */
  }
  return { outline: '', phases: [] };
}

let shared: Runtime | undefined;

export function runtime(): Runtime {
  if (shared) return shared;
  const data = readPhaseItems();
  // Reading window.localStorage itself throws when storage is blocked; the store catches it.
  const store = new ChecklistStore(() => window.localStorage);
  const items = (p: PhaseItems['phases'][number]) =>
    p.items?.split(' ').filter(Boolean) ??
    Array.from(document.querySelectorAll<HTMLElement>(`fieldset[data-phase="${p.id}"] [data-item]`), (box) =>
      String(box.dataset.item),
    );
  const phases = new Map(data.phases.map((p) => [p.id, { label: p.label, items: items(p) }]));
  const changed = (detail: ChangeDetail) =>
    document.dispatchEvent(new CustomEvent<ChangeDetail>(CHANGE_EVENT, { detail }));
  shared = {
    store,
    outlineUrl: data.outline,
    phases,
    allItems: [...phases.values()].flatMap((p) => p.items),
    changed,
  };
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    // A cleared storage (key null) comes with newValue null.
    store.external(event.newValue);
    changed({ source: 'external' });
  });
  // Back without the back/forward cache: draw again from storage once the page is shown, over any field state.
  window.addEventListener('pageshow', () => changed({ source: 'local' }));
  return shared;
}

/** Calls `render` on every change; returns nothing to clean up (islands live as long as the page). */
export function onChange(render: (detail: ChangeDetail) => void): void {
  document.addEventListener(CHANGE_EVENT, (e) => render((e as CustomEvent<ChangeDetail>).detail));
}
