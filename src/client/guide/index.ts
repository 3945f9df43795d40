/**
 * <pg-guide-progress>: the progress counts on the guide's overviews
 * (/procesguide/ and the phase pages, GuideProgress.astro), "3 af 5", the
 * statuses in words and the resume link (also on the home page). They
 * have no checklist, so nothing on the page changes the saved data; another
 * tab's change arrives as a `storage` event. The server renders "0 af N", so
 * with nothing saved there is nothing to do: the code that reads the store
 * (saved-progress.ts, with the store from the checklist's file) is imported
 * only when something is saved, so a first visit loads none of it. The
 * overview makes no change of its own; reading may repair what is stored
 * (with a backup first), as on every page.
 *
 * Markup: <pg-guide-progress data-storage-key="…"> around the targets that
 * targets.ts and overview-status.ts fill in. Pages with a checklist (step and
 * phase pages) follow the store that page already holds (tjekliste/index.ts and
 * follow-store.ts), and this element stays undefined there.
 */
import { requiredData } from '../shared/markup';

function saved(key: string): boolean {
  try {
    // window.localStorage itself throws when storage is blocked.
    return window.localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

export class GuideProgress extends HTMLElement {
  private key = '';
  /** Whether the counts were written from saved data once (then a cleared store must write them back to 0). */
  private shown = false;
  /** Renders can overlap (the code loads asynchronously); only the latest writes. */
  private generation = 0;
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === this.key || event.key === null) void this.render();
  };

  connectedCallback(): void {
    this.key = requiredData(this, 'storageKey', 'pg-guide-progress');
    void this.render();
    window.addEventListener('storage', this.onStorage);
  }

  disconnectedCallback(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  private async render(): Promise<void> {
    const generation = ++this.generation;
    // Nothing saved, and nothing shown yet: the server's "0 af N" is right.
    if (saved(this.key) || this.shown) {
      const { renderSavedProgress } = await import('./saved-progress');
      if (generation !== this.generation) return;
      renderSavedProgress(this);
      this.shown = true;
    }
    this.dataset.ready = '';
  }
}

if (!customElements.get('pg-guide-progress')) customElements.define('pg-guide-progress', GuideProgress);
