/**
 * The guide's progress counts in the page ("3 af 5"): any element with
 * `data-progress-items="id id …"` gets "<done> af <total>" (a <progress>
 * element gets its value) and the class is-complete when every item is done.
 * Pages render "0 af N" on the server, so nothing shifts when this runs.
 * Used by the overviews' own island (guide-progress.ts) and, on pages with a
 * checklist, by the checklist entry, which already holds the store.
 */
import { progressCount } from '../../lib/progress-line';

export interface ProgressTarget {
  ids: string[];
  write(done: number, total: number): void;
}

export function targetsIn(root: ParentNode): ProgressTarget[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-progress-items]'), (el) => ({
    ids: (el.dataset.progressItems ?? '').split(/\s+/).filter(Boolean),
    write(done: number, total: number) {
      el.classList.toggle('is-complete', total > 0 && done === total);
      if (el instanceof HTMLProgressElement) {
        el.max = Math.max(total, 1);
        el.value = done;
        return;
      }
      const text = progressCount(done, total);
      if (el.textContent !== text) el.textContent = text;
    },
  }));
}
