/**
 * <pg-agreement-template> (components/agreement/TemplateTools.astro): »Kopiér som skabelon til Word« and
 * »Udskriv skabelonen«. The buttons are shown only when this runs; when the clipboard refuses, the text
 * appears in a field to copy by hand.
 */
import { required } from '../shared/markup';
import { copyRichText } from '../shared/rich-copy';
import { TEMPLATE } from './strings';
import { buildTemplate, readTemplateElements } from './template';

const TAG = 'pg-agreement-template';

class AgreementTemplateElement extends HTMLElement {
  connectedCallback() {
    if (this.dataset.ready !== undefined) return;
    const buttons = required(this, '[data-template-buttons]', HTMLElement, TAG);
    const copy = required(this, '[data-template-copy]', HTMLButtonElement, TAG);
    const print = required(this, '[data-template-print]', HTMLButtonElement, TAG);
    const status = required(this, '[data-template-status]', HTMLElement, TAG);
    const fallback = required(this, '[data-template-fallback]', HTMLElement, TAG);
    const field = required(this, '[data-template-text]', HTMLTextAreaElement, TAG);

    copy.addEventListener('click', async () => {
      const title = document.querySelector('h1')?.textContent?.trim() ?? TEMPLATE.fallbackTitle;
      const pageUrl = location.href.split('#')[0] ?? location.href;
      const doc = buildTemplate(readTemplateElements(document), { title: TEMPLATE.title(title), pageUrl });
      status.textContent = '';
      const result = await copyRichText(doc);
      if (result.ok) {
        fallback.hidden = true;
        status.textContent = TEMPLATE.copied;
        return;
      }
      field.value = doc.text;
      fallback.hidden = false;
      field.focus();
      field.select();
      status.textContent = TEMPLATE.copyRefused;
    });
    print.addEventListener('click', () => window.print());
    delete buttons.dataset.pending;
    this.dataset.ready = '';
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, AgreementTemplateElement);
