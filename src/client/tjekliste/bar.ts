/**
 * <pg-tjekliste-bar> (ChecklistApp.astro): first load draws the line »Gemmes i denne browser · Tjekliste: … ·
 * 12 af 76 klaret« and makes the announcements; everything else is imported when used (on-demand/).
 */
import { required } from '../shared/markup';
import { progressCount } from '../../lib/progress-line';
import { oneLine } from './store/text';
import { onChange, runtime } from './runtime';
import type { BarContext } from './types';
import { BAR } from './strings';

const NAME = 'pg-tjekliste-bar';

type PanelModule = typeof import('./on-demand/panel');

export class TjeklisteBar extends HTMLElement {
  private ctx!: BarContext;
  private panel?: Promise<PanelModule>;
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    const live = required(this, '[data-live]', HTMLElement, NAME);
    const message = required(this, '[data-message]', HTMLElement, NAME);
    this.ctx = {
      bar: this,
      rt: runtime(),
      say: (text) => (live.textContent = text),
      tell: (text) => (message.textContent = text),
    };
    const more = required(this, 'details[data-more]', HTMLDetailsElement, NAME);
    more.addEventListener('toggle', () => {
      if (more.open) void this.loadPanel();
    });
    // Every press, change and submit in the bar is the panel's to handle (a submit stays on the page).
    for (const type of ['click', 'change', 'submit']) {
      this.addEventListener(type, (e) => {
        if (type === 'submit') e.preventDefault();
        void this.loadPanel().then((p) => p.handle(this.ctx, e));
      });
    }
    onChange((detail) => {
      this.render();
      if (detail.announce) this.ctx.say(detail.announce);
    });
    this.render();
    this.dataset.ready = '';
    this.receiveShared();
    // A share link pasted into the address bar of this very page arrives as a hash change.
    window.addEventListener('hashchange', () => this.receiveShared());
  }

  /** A share link ("#del=…") brings its own module. */
  private receiveShared(): void {
    if (location.hash.startsWith('#del=') && !this.querySelector('dialog[open]'))
      void import('./on-demand/share').then((m) => m.receiveShared(this.ctx));
  }

  private loadPanel(): Promise<PanelModule> {
    this.panel ??= import('./on-demand/panel').then(async (p) => {
      await p.renderPanel(this.ctx);
      this.dataset.panelReady = '';
      return p;
    });
    return this.panel;
  }

  render(): void {
    const { store, allItems } = this.ctx.rt;
    const name = oneLine(store.active.name);
    const all = store.progress(allItems);
    const count = progressCount(all.done, all.total);
    const nameOut = required(this, '[data-name]', HTMLElement, NAME);
    nameOut.textContent = name;
    nameOut.title = name;
    required(this, '[data-overall]', HTMLElement, NAME).textContent = BAR.overall(count);
    required(this, '[data-print-name]', HTMLElement, NAME).textContent = BAR.printName(name, count, new Date());
    // Notices are rare (faults, another tab): their code loads only when there is one to show or clear.
    if (store.notices.length || this.querySelector('[data-notice]'))
      void import('./on-demand/notices').then((m) => m.renderNotices(this.ctx));
    if (this.dataset.panelReady !== undefined) void this.panel?.then((p) => p.renderPanel(this.ctx));
  }
}
