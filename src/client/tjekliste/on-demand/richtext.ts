/**
 * A forløb as a document for e-mail and Word: HTML with headings per phase and
 * step, ☑/☐ items and notes as quotes, plus the same as plain text. Pure (no
 * DOM), every user string escaped or kept as text, line breaks normalised.
 */
import type { Outline } from './export-markdown';
import type { Tjekliste } from '../store/model';
import { escapeHtml, type RichText } from '../../shared/rich-copy';
import { oneLine } from '../store/adapter';
import { sanitizeUserText } from '../store/text';
import { EXPORT } from './strings';

const box = (done: boolean | undefined) => (done ? '☑' : '☐');

/**
 * `part` names a part of the guide (a step or a phase) when the outline holds
 * only that part; then items no longer in the guide are left out.
 */
export function tjeklisteRichText(
  f: Pick<Tjekliste, 'name' | 'items'>,
  outline: Outline,
  date: Date,
  part?: string,
): RichText {
  const state = (id: string) => (Object.hasOwn(f.items, id) ? f.items[id] : undefined);
  const name = oneLine(f.name);
  const allIds = outline.phases.flatMap((p) => p.steps.flatMap((s) => s.items.map((i) => i.id)));
  const known = new Set(allIds);
  const done = allIds.filter((id) => state(id)?.done).length;
  const when = EXPORT.date(date);
  const from = part ? `${part} fra Partnerskabsguidens tjekliste` : 'Tjekliste fra Partnerskabsguiden';
  const intro = `${from}, ${when}. ${done} af ${allIds.length} punkter er klaret.`;
  const html: string[] = [`<h1>${escapeHtml(name)}</h1>`, `<p>${escapeHtml(intro)}</p>`];
  const text: string[] = [name, intro];

  const item = (label: string, s: { done: boolean; note?: string } | undefined) => {
    const lines = s?.note ? sanitizeUserText(s.note).split('\n') : [];
    const quote = lines.length ? `<blockquote>${lines.map(escapeHtml).join('<br>')}</blockquote>` : '';
    html.push(`<li>${box(s?.done)} ${escapeHtml(label)}${quote}</li>`);
    text.push(`${box(s?.done)} ${label}`, ...lines.map((l) => `    » ${l}`));
  };

  for (const phase of outline.phases) {
    html.push(`<h2>${escapeHtml(phase.label)}</h2>`);
    text.push('', phase.label.toUpperCase());
    for (const step of phase.steps) {
      html.push(`<h3>${escapeHtml(step.title)}</h3>`, '<ul>');
      text.push('', step.title);
      for (const i of step.items) item(i.text, state(i.id));
      html.push('</ul>');
    }
  }
  const orphans = part
    ? []
    : Object.keys(f.items).filter((id) => !known.has(id) && (state(id)?.done || state(id)?.note));
  if (orphans.length) {
    const title = 'Punkter, der ikke længere står i guiden';
    html.push(`<h2>${title}</h2>`, '<ul>');
    text.push('', title.toUpperCase());
    for (const id of orphans) item(id, state(id));
    html.push('</ul>');
  }
  return { html: html.join('\n'), text: `${text.join('\n')}\n` };
}
