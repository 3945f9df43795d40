/**
 * The store's notices in the forløb bar (storage blocked or full, data that
 * could not be read, a newer version, a change in another tab, "reload"), each
 * with "Luk beskeden". Loaded only when there is a notice to show, with the
 * notices' words (checklist/messages.ts).
 */
import type { BarContext } from '../types';
import { required } from '../../shared/markup';
import { NOTE, noticeText } from './strings';

export function renderNotices(ctx: BarContext): void {
  const { store } = ctx.rt;
  required(ctx.bar, '[data-notices]', HTMLElement, 'Beskeder').replaceChildren(
    ...store.notices.map((n) => {
      const box = document.createElement('div');
      box.className = 'tjekliste-bar__notice';
      box.setAttribute('role', n.kind === 'external' ? 'status' : 'alert');
      box.dataset.notice = n.kind;
      const p = document.createElement('p');
      p.textContent = noticeText(n);
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'button button-secondary';
      close.textContent = NOTE.closeNotice;
      close.addEventListener('click', () => {
        store.dismiss(n.kind);
        renderNotices(ctx);
        required(ctx.bar, 'summary', HTMLElement, 'Beskeder').focus();
      });
      box.append(p, close);
      return box;
    }),
  );
}
