/**
 * The overviews' progress once something is saved (index.ts imports this
 * only then): a fresh, read-only store over what is saved, the counts written
 * into the page's targets, and the statuses and resume link (overview-status.ts).
 * A file of its own, so the checklist's file need not carry module objects for
 * the overviews' import().
 */
import { ChecklistStore } from '../tjekliste/store/store';
import { renderStatus } from './overview-status';
import { targetsIn } from './targets';

/** Writes the saved progress into every target under `host`. */
export function renderSavedProgress(host: ParentNode): void {
  // Reading window.localStorage itself throws when storage is blocked; the store catches it.
  const store = new ChecklistStore(() => window.localStorage);
  for (const target of targetsIn(host)) {
    const { done, total } = store.progress(target.ids);
    target.write(done, total);
  }
  renderStatus(host, store.active.items);
}
