/**
 * Progress counts in the guide's navigation and overviews ("3 af 5"). Reads the
 * saved forløb through ChecklistStore and never writes: the checklist island
 * (components/checklist/) owns every change and announces it with the
 * `pg-checklist-change` event; another tab's change arrives as a `storage` event.
 *
 * Markup (server-rendered as "0 af N", so nothing shifts when this runs): any
 * element inside <pg-guide-progress data-storage-key="…"> with
 * `data-progress-items="id id …"` gets "<done> af <total>" (a <progress>
 * element gets its value), and the class is-complete when every item is done.
 *
 * How the store's code arrives is the caller's choice (defineGuideProgress):
 * pages with a checklist have it loaded already and pass it in; the overviews
 * import it only when something is saved, so a first visit loads no store code.
 */
import type { ChecklistStore } from './checklist-store';
import { progressCount } from '../lib/progress-line';

export type StoreLoader = () => Promise<typeof ChecklistStore>;

export const CHANGE_EVENT = 'pg-checklist-change';

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

function savedValue(key: string): string | null {
  try {
    // window.localStorage itself throws when storage is blocked.
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

let loadStore: StoreLoader = () => Promise.reject(new Error('defineGuideProgress er ikke kaldt'));

/** A fresh read of the saved forløb, or null when nothing is saved (or cannot be read). */
async function readStore(key: string): Promise<ChecklistStore | null> {
  if (savedValue(key) === null) return null;
  const Store = await loadStore();
  return new Store(() => window.localStorage);
}

export class GuideProgress extends HTMLElement {
  private targets: ProgressTarget[] = [];
  private key = '';
  /** Renders can overlap (the store loads asynchronously); only the latest writes. */
  private generation = 0;
  private readonly refresh = () => void this.render();
  /** A tick on this page: document listeners run after the checklist island's own, which has saved by then. */
  private readonly onChange = (event: Event) => {
    if (event.target instanceof HTMLInputElement && event.target.dataset.item) void this.render();
  };
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === this.key || event.key === null) void this.render();
  };

  connectedCallback(): void {
    this.key = this.dataset.storageKey ?? '';
    if (!this.key) throw new Error('<pg-guide-progress> mangler data-storage-key');
    this.targets = targetsIn(this);
    void this.render();
    document.addEventListener(CHANGE_EVENT, this.refresh);
    document.addEventListener('change', this.onChange);
    window.addEventListener('storage', this.onStorage);
  }

  disconnectedCallback(): void {
    document.removeEventListener(CHANGE_EVENT, this.refresh);
    document.removeEventListener('change', this.onChange);
    window.removeEventListener('storage', this.onStorage);
  }

  private async render(): Promise<void> {
    const generation = ++this.generation;
    const store = await readStore(this.key);
    if (generation !== this.generation) return;
    for (const target of this.targets) {
      const { done, total } = store ? store.progress(target.ids) : { done: 0, total: target.ids.length };
      target.write(done, total);
    }
    this.dataset.ready = '';
  }
}

export function defineGuideProgress(loader: StoreLoader): void {
  loadStore = loader;
  if (!customElements.get('pg-guide-progress')) customElements.define('pg-guide-progress', GuideProgress);
}
