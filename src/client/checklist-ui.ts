/**
 * Entry for the checklist islands (loaded by ChecklistApp.astro): defines
 * <pg-forloeb-bar> and <pg-checklist>. Everything else they need is imported
 * on demand by the bar (checklist-panel, -exports, -share).
 */
import { ForloebBar } from './checklist-bar';
import { ChecklistElement } from './checklist-element';
import { count } from './checklist-dom';
import { onChange, runtime } from './checklist-runtime';

/**
 * Phase progress lines that pages render as <p data-phase-progress="foer">
 * ("Før: 3 af 30 punkter klaret"). Pages own them; this keeps them current from
 * the shared store and the change event, like any other island would.
 */
function followPhaseProgress(): void {
  const lines = Array.from(document.querySelectorAll<HTMLElement>('[data-phase-progress]'));
  if (!lines.length) return;
  const rt = runtime();
  const render = () => {
    for (const el of lines) {
      const id = el.dataset.phaseProgress ?? '';
      const p = rt.store.progress(rt.phaseItems.get(id) ?? []);
      el.textContent = `${rt.phaseLabels.get(id) ?? id}: ${count(p.done, p.total)} punkter klaret`;
    }
  };
  onChange(render);
  render();
}

export function startChecklists(): void {
  followPhaseProgress();
  if (!customElements.get('pg-forloeb-bar')) customElements.define('pg-forloeb-bar', ForloebBar);
  if (!customElements.get('pg-checklist')) customElements.define('pg-checklist', ChecklistElement);
}
