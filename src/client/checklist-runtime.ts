/**
 * The one store per page that every checklist island shares, the guide's
 * outline (for counts), and the change signal: after every change, made here
 * or in another tab, a `pg-checklist-change` event goes out on `document`, and
 * every island re-renders from what the store holds (never from its own copy).
 * Other islands (the step navigation's progress) listen to the same event.
 */
import { ChecklistStore, STORAGE_KEY, type Outline } from './checklist-store';

export const CHANGE_EVENT = 'pg-checklist-change';

export interface ChangeDetail {
  /** "local": this page wrote; "external": another tab did. */
  source: 'local' | 'external';
  /** A polite message for screen readers (the forløb bar reads it out). */
  announce?: string;
}

export interface Runtime {
  store: ChecklistStore;
  outline: Outline;
  phaseItems: Map<string, string[]>;
  phaseLabels: Map<string, string>;
  allItems: string[];
  changed(detail: ChangeDetail): void;
}

function readOutline(): Outline {
  // Page-level data rendered once by GuideOutline.astro (a JSON data block, never executed).
  try {
    const data = JSON.parse(document.getElementById('pg-guide-outline')?.textContent ?? '') as Outline;
    if (Array.isArray(data.phases)) return data;
  } catch {
    /* no outline: progress then covers nothing beyond each step */
  }
  return { phases: [] };
}

let shared: Runtime | undefined;

export function runtime(): Runtime {
  if (shared) return shared;
  const outline = readOutline();
  // Reading window.localStorage itself throws when storage is blocked; the store catches it.
  const store = new ChecklistStore(() => window.localStorage);
  const phaseItems = new Map(outline.phases.map((p) => [p.id, p.steps.flatMap((s) => s.items.map((i) => i.id))]));
  const changed = (detail: ChangeDetail) => document.dispatchEvent(new CustomEvent<ChangeDetail>(CHANGE_EVENT, { detail }));
  shared = {
    store,
    outline,
    phaseItems,
    phaseLabels: new Map(outline.phases.map((p) => [p.id, p.label])),
    allItems: [...phaseItems.values()].flat(),
    changed,
  };
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    store.external(event.key === null ? null : event.newValue);
    changed({ source: 'external' });
  });
  return shared;
}

/** Calls `render` on every change; returns nothing to clean up (islands live as long as the page). */
export function onChange(render: (detail: ChangeDetail) => void): void {
  document.addEventListener(CHANGE_EVENT, (e) => render((e as CustomEvent<ChangeDetail>).detail));
}
