/** Entry for the checklist islands (ChecklistApp.astro): the two elements and the page's progress counts. */
import { TjeklisteBar } from './bar';
import { TjeklisteElement } from './element';
import { onChange, runtime } from './runtime';
import { targetsIn } from '../guide/targets';

/** The step navigation's and the phases' counts follow this page's store: no second island or read. */
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
