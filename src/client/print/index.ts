/**
 * <pg-print-stamp>, at the end of the printed line (Base.astro): the day of printing, the reader's today as
 * a Danish long date ("2. december 2026"). Only the reader's clock knows the day, so the HTML says only which
 * day the content is from; the element fills the day at once and again before each print (a tab left open).
 * Loaded after the page, as every page has the line.
 */
import { STRINGS } from './strings';

const TAG = 'pg-print-stamp';

const printDay = (date: Date) => date.toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' });

class PrintStampElement extends HTMLElement {
  private readonly fill = () => {
    this.textContent = STRINGS.printed(printDay(new Date()));
  };

  connectedCallback() {
    this.fill();
    addEventListener('beforeprint', this.fill);
  }

  disconnectedCallback() {
    removeEventListener('beforeprint', this.fill);
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, PrintStampElement);
