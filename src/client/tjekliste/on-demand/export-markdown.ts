/**
 * Markdown for a meeting agenda or an e-mail. Every user string (name, note)
 * and every guide string is passed through sanitizeUserText and mdText, so no
 * text can add a heading, a list, a code block or HTML, or end its quote.
 */
import { own, type Tjekliste, type ItemState } from '../store/model';
import { mdText } from './export-text';
import { sanitizeUserText } from '../store/text';

/** The guide as the export needs it: phases, steps, items, in order. */
export interface Outline {
  phases: {
    id: string;
    label: string;
    steps: { id: string; title: string; items: { id: string; text: string }[] }[];
  }[];
}

/** One line of a heading or list item: line breaks become spaces. */
const inline = (s: string) => mdText(sanitizeUserText(s, { oneLine: true }));

/** A note as quoted lines under its item; every line keeps its quote marker. */
function quoted(note: string): string[] {
  return sanitizeUserText(note)
    .split('\n')
    .map((line) => (line.trim() ? `  > ${mdText(line)}` : '  >'));
}

function itemLines(label: string, state: ItemState | undefined): string[] {
  const lines = [`- [${state?.done ? 'x' : ' '}] ${label}`];
  if (state?.note) lines.push(...quoted(state.note));
  return lines;
}

export function tjeklisteToMarkdown(f: Tjekliste, outline: Outline, exportedOn: string): string {
  const lines: string[] = [`# ${inline(f.name)}`, '', `Tjekliste fra Partnerskabsguiden, eksporteret ${exportedOn}.`];
  const all = outline.phases.flatMap((phase) => phase.steps.flatMap((step) => step.items.map((item) => item.id)));
  const known = new Set(all);
  lines.push('', `${all.filter((id) => own(f.items, id)?.done).length} af ${all.length} punkter er klaret.`);
  for (const phase of outline.phases) {
    lines.push('', `## ${inline(phase.label)}`);
    for (const step of phase.steps) {
      lines.push('', `### ${inline(step.title)}`, '');
      for (const item of step.items) lines.push(...itemLines(inline(item.text), own(f.items, item.id)));
    }
  }
  const orphans = Object.entries(f.items).filter(([id, s]) => !known.has(id) && (s.done || s.note));
  if (orphans.length) {
    lines.push('', '## Punkter, der ikke længere står i guiden', '');
    for (const [itemId, s] of orphans) lines.push(...itemLines(mdText(itemId), s));
  }
  return `${lines.join('\n')}\n`;
}
