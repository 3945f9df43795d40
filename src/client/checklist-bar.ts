/**
 * <pg-forloeb-bar>: the one-line forløb bar (components/checklist/ChecklistApp.astro).
 * First load does only what every visit needs: the line "Gemmes i denne
 * browser · Tjekliste: … · 12 af 76 klaret" and the polite announcements; the
 * store's notices load their module when there is one. Everything behind
 * "Flere valg" (new, rename, delete, switch, exports, import, share) lives in
 * checklist-panel.ts and is imported when the user opens the disclosure or
 * acts; an incoming share link or a print request loads only its own module.
 */
import { data, must } from './checklist-dom';
import { progressCount } from '../lib/progress-line';
import { oneLine } from './checklist-store-adapter';
import { onChange, runtime, type Runtime } from './checklist-runtime';

const NAME = 'pg-forloeb-bar';

/** What the lazily loaded modules get to work with. */
export interface BarContext {
  bar: HTMLElement;
  rt: Runtime;
  /** Polite announcement for screen readers. */
  say(text: string): void;
  /** A visible message in the panel (results of import, copy, share). */
  tell(text: string): void;
  /** The page with the whole checklist, used for printing. */
  printHref: string;
}

type PanelModule = typeof import('./checklist-panel');

export class ForloebBar extends HTMLElement {
  private rt!: Runtime;
  private ctx!: BarContext;
  private panel?: Promise<PanelModule>;
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    this.rt = runtime();
    const live = must(this, '[data-live]', HTMLElement, NAME);
    const message = must(this, '[data-message]', HTMLElement, NAME);
    this.ctx = {
      bar: this,
      rt: this.rt,
      say: (text) => (live.textContent = text),
      tell: (text) => (message.textContent = text),
      printHref: data(this, 'printHref', NAME),
    };
    const more = must(this, 'details[data-more]', HTMLDetailsElement, NAME);
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
    this.startRequests();
    // A share link pasted into the address bar of this very page arrives as a hash change.
    window.addEventListener('hashchange', () => this.startRequests());
  }

  /** A share link ("#del=…") or a print request ("?udskriv") brings its own module. */
  private startRequests(): void {
    if (location.hash.startsWith('#del=') && !this.querySelector('dialog[open]'))
      void import('./checklist-share').then((m) => m.receiveShared(this.ctx));
    if (new URLSearchParams(location.search).has('udskriv'))
      void import('./checklist-exports').then((m) => m.printNow(this.ctx));
  }

  private loadPanel(): Promise<PanelModule> {
    this.panel ??= import('./checklist-panel').then((p) => {
      p.renderPanel(this.ctx);
      this.dataset.panelReady = '';
      return p;
    });
    return this.panel;
  }

  render(): void {
    const { store, allItems } = this.rt;
    const name = oneLine(store.active.name);
    const all = store.progress(allItems);
    const count = progressCount(all.done, all.total);
    const nameOut = must(this, '[data-name]', HTMLElement, NAME);
    nameOut.textContent = name;
    nameOut.title = name;
    must(this, '[data-overall]', HTMLElement, NAME).textContent = `${count} klaret`;
    must(this, '[data-print-name]', HTMLElement, NAME).textContent =
      `Tjekliste: ${name} · ${count} punkter klaret · ${new Date().toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' })}`;
    // Notices are rare (faults, another tab): their code loads only when there is one to show or clear.
    if (store.notices.length || this.querySelector('[data-notice]'))
      void import('./checklist-notices').then((m) => m.renderNotices(this.ctx));
    if (this.dataset.panelReady !== undefined) void this.panel?.then((p) => p.renderPanel(this.ctx));
  }
}
