/**
 * <pg-guide-progress>: the progress counts on the guide's overviews
 * (/procesguide/ and the phase pages, GuideProgress.astro), "3 af 5". They
 * have no checklist, so nothing on the page changes the saved data; another
 * tab's change arrives as a `storage` event. The server renders "0 af N", so
 * with nothing saved there is nothing to do: the store's code and the targets'
 * (progress-targets.ts, in the checklist's file) are imported only when
 * something is saved, so a first visit loads none of it, and the store is only
 * read, never written.
 *
 * Markup: <pg-guide-progress data-storage-key="…"> around the targets that
 * progress-targets.ts fills in. Step pages have a checklist: their step
 * navigation's counts follow the store that page already holds (checklist-ui.ts),
 * and this element stays undefined there.
 */
import type { ChecklistStore } from './checklist/store';
import type { ProgressTarget } from './progress-targets';

function savedValue(key: string): string | null {
  try {
    // window.localStorage itself throws when storage is blocked.
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** A fresh read of the saved tjeklister, or null when nothing is saved (or cannot be read). */
async function readStore(key: string): Promise<ChecklistStore | null> {
  if (savedValue(key) === null) return null;
  const { ChecklistStore: Store } = await import('./checklist/store');
  return new Store(() => window.localStorage);
}

export class GuideProgress extends HTMLElement {
  private targets?: Promise<ProgressTarget[]>;
  private key = '';
  /** Renders can overlap (the store loads asynchronously); only the latest writes. */
  private generation = 0;
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === this.key || event.key === null) void this.render();
  };

  connectedCallback(): void {
    this.key = this.dataset.storageKey ?? '';
    if (!this.key) throw new Error('<pg-guide-progress> mangler data-storage-key');
    void this.render();
    window.addEventListener('storage', this.onStorage);
  }

  disconnectedCallback(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  private async render(): Promise<void> {
    const generation = ++this.generation;
    const store = await readStore(this.key);
    if (generation !== this.generation) return;
    // Nothing saved now, and nothing shown yet: the server's "0 af N" is right.
    if (store || this.targets) {
      this.targets ??= import('./progress-targets').then((m) => m.targetsIn(this));
      const targets = await this.targets;
      if (generation !== this.generation) return;
      for (const target of targets) {
        const { done, total } = store ? store.progress(target.ids) : { done: 0, total: target.ids.length };
        target.write(done, total);
      }
    }
    this.dataset.ready = '';
  }
}

if (!customElements.get('pg-guide-progress')) customElements.define('pg-guide-progress', GuideProgress);
