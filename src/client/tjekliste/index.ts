/**
 * Entry for the checklist islands (loaded by ChecklistApp.astro): defines
 * <pg-tjekliste-bar> and <pg-tjekliste>, and keeps the page's progress counts
 * current. Everything else they need is imported on demand: by the bar
 * (checklist-panel, -exports, -share, -notices) and by the checklist (notes).
 */
import { TjeklisteBar } from './bar';
import { TjeklisteElement } from './element';
import { onChange, runtime } from './runtime';
import { targetsIn } from '../guide/targets';

/**
 * The page's progress counts (progress-targets.ts): the step navigation's
 * (<pg-guide-progress> in StepNav.astro) and the whole checklist's phase
 * lines. On a page with a checklist they follow the store this page already
 * holds, so the overviews' own island and a second read of storage are not
 * loaded here.
 */
function followProgress(): void {
  const targets = targetsIn(document);
  if (!targets.length) return;
  const rt = runtime();
  const hosts = [...document.querySelectorAll<HTMLElement>('pg-guide-progress')];
  const render = () => {
    for (const target of targets) {
      const p = rt.store.progress(target.ids);
      target.write(p.done, p.total);
    }
  };
  onChange(render);
  render();
  for (const host of hosts) host.dataset.ready = '';
}

export function startChecklists(): void {
  followProgress();
  // A module runs once per page, so each element is defined once.
  customElements.define('pg-tjekliste-bar', TjeklisteBar);
  customElements.define('pg-tjekliste', TjeklisteElement);
}
