/** Entry for the checklist islands (ChecklistApp.astro): the two elements and the page's progress counts. */
import { TjeklisteBar } from './bar';
import { TjeklisteElement } from './element';
import { onChange, runtime } from './runtime';
import { targetsIn } from '../guide/targets';

/** The step navigation's and the phases' counts follow this page's store: no second island or read. */
function followProgress(): void {
  const rt = runtime();
  // The whole tjekliste names a phase's count by its phase: the ids are the runtime's, read from the checkboxes.
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress-phase]'))
    el.dataset.progressItems = rt.phases.get(String(el.dataset.progressPhase))?.items.join(' ') ?? '';
  const targets = targetsIn(document);
  if (!targets.length) return;
  const render = () => {
    for (const target of targets) {
      const p = rt.store.progress(target.ids);
      target.write(p.done, p.total);
    }
  };
  onChange(render);
  render();
  for (const host of document.querySelectorAll<HTMLElement>('pg-guide-progress')) host.dataset.ready = '';
}

export function startChecklists(): void {
  followProgress();
  // A phase page's statuses and »Fortsæt« follow the store too; their code is the guide's, fetched here.
  if (document.querySelector('[data-guide-status], [data-guide-resume]'))
    void import('../guide/follow-store').then((m) => m.followStore());
  // A module runs once per page, so each element is defined once.
  customElements.define('pg-tjekliste-bar', TjeklisteBar);
  customElements.define('pg-tjekliste', TjeklisteElement);
}
