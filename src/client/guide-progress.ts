/**
 * Progress counts in the guide's navigation and overviews ("3 af 5"). Reads the
 * saved forløb through ChecklistStore and never writes: the checklist island
 * (components/checklist/) owns every change and announces it with the
 * `pg-checklist-change` event; another tab's change arrives as a `storage` event.
 *
 * Markup: <pg-guide-progress data-storage-key="…"> around the targets that
 * progress-targets.ts fills in. This island is for the overviews, which have
 * no checklist: they import the store's code only when something is saved, so
 * a first visit loads none. Pages with a checklist (the step pages) leave the
 * element undefined; the checklist entry fills the same targets from the
 * store it already holds (checklist-ui.ts).
 */
import type { ChecklistStore } from './checklist/store';
import { targetsIn, type ProgressTarget } from './progress-targets';

export type StoreLoader = () => Promise<typeof ChecklistStore>;

export const CHANGE_EVENT = 'pg-checklist-change';

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
