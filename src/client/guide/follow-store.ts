/**
 * On a phase page the tjekliste bar is there too, so the page already holds
 * the store (src/client/tjekliste/runtime.ts), and the bar's entry module
 * loads this: the statuses and "Fortsæt" (overview-status.ts) follow the store
 * after every change made here, such as a merged link or another tjekliste
 * chosen, not only after another tab's. Their code loads once something is
 * saved.
 */
import { onChange, runtime } from '../tjekliste/runtime';

export function followStore(): void {
  const hosts = [...document.querySelectorAll<HTMLElement>('pg-guide-progress')].filter((h) =>
    h.querySelector('[data-guide-status], [data-guide-resume]'),
  );
  if (!hosts.length) return;
  const rt = runtime();
  let shown = false;
  const render = () => {
    const items = rt.store.active.items;
    if (!shown && !Object.values(items).some((s) => s.done || s.note)) return;
    shown = true;
    void import('./overview-status').then((m) => {
      for (const host of hosts) m.renderStatus(host, rt.store.active.items);
    });
  };
  onChange(render);
  render();
}
