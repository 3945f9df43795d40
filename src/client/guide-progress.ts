/**
 * Progress counts in the guide's navigation and overviews ("3 af 5"). Reads the
 * saved forløb through ChecklistStore and never writes: the checklist island
 * (components/checklist/) owns every change and announces it with the
 * `pg-checklist-change` event; another tab's change arrives as a `storage` event.
 *
 * Markup (server-rendered, so nothing shifts when this runs): any element inside
 * <pg-guide-progress> with `data-progress-items="id id …"` gets the text
 * "<done> af <total>" (a <progress> element gets its value), and the class is-complete when every item is done.
 */
import { ChecklistStore, STORAGE_KEY } from './checklist-store';
import { progressCount } from '../lib/guide';

export const CHANGE_EVENT = 'pg-checklist-change';

export interface ProgressTarget {
  ids: string[];
  write(done: number, total: number): void;
}

export function targetsIn(root: ParentNode): ProgressTarget[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-progress-items]'), (el) => {
    return {
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
    };
  });
}

function openStore(): ChecklistStore | null {
  try {
    // window.localStorage itself throws when storage is blocked; the store then works in memory.
    return new ChecklistStore(() => window.localStorage);
  } catch {
    return null;
  }
}

export class GuideProgress extends HTMLElement {
  private targets: ProgressTarget[] = [];
  private readonly refresh = () => this.render();
  /** A tick on this page: document listeners run after the checklist island's own, which has saved by then. */
  private readonly onChange = (event: Event) => {
    if (event.target instanceof HTMLInputElement && event.target.dataset.item) this.render();
  };
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) this.render();
  };

  connectedCallback(): void {
    this.targets = targetsIn(this);
    this.render();
    document.addEventListener(CHANGE_EVENT, this.refresh);
    document.addEventListener('change', this.onChange);
    window.addEventListener('storage', this.onStorage);
  }

  disconnectedCallback(): void {
    document.removeEventListener(CHANGE_EVENT, this.refresh);
    document.removeEventListener('change', this.onChange);
    window.removeEventListener('storage', this.onStorage);
  }

  /** Reads the saved state afresh each time (a cleared key then reads as empty, too). */
  private render(): void {
    const store = openStore();
    if (!store) return;
    for (const target of this.targets) {
      const { done, total } = store.progress(target.ids);
      target.write(done, total);
    }
    this.dataset.ready = '';
  }
}

export function defineGuideProgress(): void {
  if (!customElements.get('pg-guide-progress')) customElements.define('pg-guide-progress', GuideProgress);
}
