/**
 * Entry for the checklist islands (loaded by ChecklistApp.astro): defines
 * <pg-forloeb-bar> and <pg-checklist>, and keeps the page's progress counts
 * current. Everything else they need is imported
 * on demand by the bar (checklist-panel, -exports, -share).
 */
import { ForloebBar } from './checklist-bar';
import { ChecklistElement } from './checklist-element';
import { phaseProgressLine } from '../lib/progress-line';
import { onChange, runtime } from './checklist-runtime';
import { targetsIn } from './progress-targets';

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
      el.textContent = phaseProgressLine(rt.phaseLabels.get(id) ?? id, p.done, p.total);
    }
  };
  onChange(render);
  render();
}

/**
 * The step navigation's counts (<pg-guide-progress> in StepNav.astro): on a
 * page with a checklist they follow the store this page already holds, so the
 * overviews' own island and a second read of storage are not loaded here.
 */
function followGuideProgress(): void {
  const hosts = Array.from(document.querySelectorAll<HTMLElement>('pg-guide-progress'));
  if (!hosts.length) return;
  const rt = runtime();
  const targets = hosts.flatMap((host) => targetsIn(host));
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
  followPhaseProgress();
  followGuideProgress();
  if (!customElements.get('pg-forloeb-bar')) customElements.define('pg-forloeb-bar', ForloebBar);
  if (!customElements.get('pg-checklist')) customElements.define('pg-checklist', ChecklistElement);
}
