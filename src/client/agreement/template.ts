/**
 * "Kopiér som skabelon til Word": reads the agreement elements from the page
 * (data-template-* attributes in components/agreement/AgreementElements) and
 * builds one document, as HTML for Word and Outlook and as plain text: a
 * heading per element, our guiding question marked as ours, room to write,
 * and the source examples as comments. All strings go through escapeHtml.
 */
import { escapeHtml, type RichText } from '../shared/rich-copy';
import { DOCUMENT } from './strings';

export interface TemplateElement {
  title: string;
  question: string;
  examples: { quote: string; source: string }[];
}

export interface TemplateMeta {
  title: string;
  pageUrl: string;
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function readTemplateElements(root: ParentNode): TemplateElement[] {
  return Array.from(root.querySelectorAll('[data-template-element]'), (el) => ({
    title: text(el.querySelector('[data-template-title]')),
    question: text(el.querySelector('[data-template-question]')),
    examples: Array.from(el.querySelectorAll('[data-template-example]'), (ex) => ({
      quote: text(ex.querySelector('[data-template-quote]')),
      source: text(ex.querySelector('[data-template-source]')),
    })),
  }));
}

export function buildTemplate(elements: TemplateElement[], meta: TemplateMeta): RichText {
  const html: string[] = [
    `<h1>${escapeHtml(meta.title)}</h1>`,
    `<p><i>${escapeHtml(DOCUMENT.intro)}</i></p>`,
    `<p><i>${escapeHtml(DOCUMENT.from(meta.pageUrl))}</i></p>`,
  ];
  const lines: string[] = [meta.title.toUpperCase(), '', DOCUMENT.intro, DOCUMENT.from(meta.pageUrl)];
  elements.forEach((el, i) => {
    const heading = `${i + 1}. ${el.title}`;
    html.push(
      `<h2>${escapeHtml(heading)}</h2>`,
      `<p><b>${escapeHtml(DOCUMENT.questionLabel)}</b> ${escapeHtml(el.question)}</p>`,
      `<p>${escapeHtml(DOCUMENT.writeHere)}</p>`,
    );
    lines.push('', heading, `${DOCUMENT.questionLabel} ${el.question}`, DOCUMENT.writeHere);
    if (el.examples.length) {
      html.push(`<p><i>${escapeHtml(DOCUMENT.commentLabel)}</i></p>`, '<ul>');
      lines.push(DOCUMENT.commentLabel);
      for (const ex of el.examples) {
        html.push(`<li><i>»${escapeHtml(ex.quote)}« (${escapeHtml(ex.source)})</i></li>`);
        lines.push(`  - »${ex.quote}« (${ex.source})`);
      }
      html.push('</ul>');
    }
  });
  return { html: html.join(''), text: `${lines.join('\n')}\n` };
}
