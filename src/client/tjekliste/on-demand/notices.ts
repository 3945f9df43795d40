/** The store's notices in the bar, each with »Luk beskeden«; loaded only when there is one to show or clear. */
import type { BarContext } from '../types';
import { required } from '../../shared/markup';
import { NOTE, noticeText } from './strings';
import { styled } from './controls';

export async function renderNotices(ctx: BarContext): Promise<void> {
  await styled();
  const { store } = ctx.rt;
  required(ctx.bar, '[data-notices]', HTMLElement, 'Beskeder').replaceChildren(
    ...store.notices.map((n) => {
      const box = Object.assign(document.createElement('div'), { className: 'tjekliste-bar__notice' });
      box.setAttribute('role', n.kind === 'external' ? 'status' : 'alert');
      box.dataset.notice = n.kind;
      const close = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'button button-secondary',
        textContent: NOTE.closeNotice,
      });
      close.addEventListener('click', () => {
        store.dismiss(n.kind);
        void renderNotices(ctx);
        required(ctx.bar, 'summary', HTMLElement, 'Beskeder').focus();
      });
      box.append(Object.assign(document.createElement('p'), { textContent: noticeText(n) }), close);
      return box;
    }),
  );
}
