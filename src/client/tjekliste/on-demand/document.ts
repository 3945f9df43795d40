/**
 * A tjekliste as a document over the guide's outline: one walk, written as Markdown (a meeting agenda) or as
 * rich text with its plain twin (e-mail, Word, print). Pure; every user string is sanitised and then escaped
 * for its format, so a name or note cannot add a heading, a list, code or HTML.
 */
import { escapeHtml, type RichText } from '../../shared/rich-copy';
import { slugify } from '../../../lib/slug';
import { own, type Tjekliste } from '../store/model';
import { oneLine, sanitizeUserText } from '../store/text';
import type { Runtime } from '../runtime';
import { EXPORT } from './strings';

/** The guide as the exports need it (/procesguide/oversigt.json): phases, steps, items, in order. */
export interface Outline {
  phases: { id: string; label: string; steps: { id: string; title: string; items: Item[] }[] }[];
}
type Item = { id: string; text: string };

let pending: Promise<Outline> | undefined;

/** Fetches the whole outline once; a failed fetch is not kept, so the next export tries again. */
export function loadOutline(rt: Runtime): Promise<Outline> {
  pending ??= fetch(rt.outlineUrl)
    .then((r) => (r.ok ? (r.json() as Promise<Outline>) : Promise.reject(new Error(`${r.status}`))))
    .then((o) => (Array.isArray(o?.phases) ? o : Promise.reject(new Error('forkert form'))))
    .catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
  return pending;
}

/**
 * Escapes one line for Markdown: every character that could start emphasis, code, a link, HTML or a table,
 * and at the line start what would make a list, rule, heading or code block (leading spaces go).
 */
export function mdText(line: string): string {
  return line
    .trimStart()
    .replace(/([\\`*_{}[\]<>#|!~])/g, '\\$1')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A tjekliste in one walk over the outline: HTML (headings per phase and step, ☑/☐ items, notes as quotes),
 * its plain-text twin, and Markdown (a meeting agenda). `part` names the step or phase the outline holds; then
 * items the guide no longer has are left out, else they end the document, so nothing saved is dropped.
 */
export function tjeklisteRichText(
  f: Pick<Tjekliste, 'name' | 'items'>,
  outline: Outline,
  date: Date,
  part?: string,
): RichText & { markdown: string } {
  const ids = outline.phases.flatMap((p) => p.steps.flatMap((s) => s.items.map((i) => i.id)));
  const known = new Set(ids);
  const lost = Object.entries(f.items).filter(([id, s]) => !known.has(id) && (s.done || s.note));
  // A section per phase; a last one without step titles for the items the guide lost.
  const sections: { label: string; steps: { title?: string; items: Item[] }[] }[] = [...outline.phases];
  if (!part && lost.length)
    sections.push({ label: EXPORT.orphans, steps: [{ items: lost.map(([id]) => ({ id, text: id })) }] });
  const name = oneLine(f.name);
  const inline = (s: string) => mdText(oneLine(s));
  const count = EXPORT.doneCount(ids.filter((id) => own(f.items, id)?.done).length, ids.length);
  const intro = `${EXPORT.from(part)}, ${EXPORT.date(date)}. ${count}`;
  const html = [`<h1>${escapeHtml(name)}</h1>`, `<p>${escapeHtml(intro)}</p>`];
  const text = [name, intro];
  const md = [`# ${inline(name)}`, '', `${EXPORT.from()}, ${EXPORT.exported(date)}.`, '', count];
  for (const section of sections) {
    html.push(`<h2>${escapeHtml(section.label)}</h2>`);
    text.push('', section.label.toUpperCase());
    md.push('', `## ${inline(section.label)}`);
    for (const step of section.steps) {
      if (step.title !== undefined) {
        html.push(`<h3>${escapeHtml(step.title)}</h3>`);
        text.push('', step.title);
        md.push('', `### ${inline(step.title)}`);
      }
      html.push('<ul>');
      md.push('');
      for (const item of step.items) {
        const s = own(f.items, item.id);
        const note = s?.note ? sanitizeUserText(s.note).split('\n') : [];
        const box = s?.done ? '☑' : '☐';
        const quote = note.length ? `<blockquote>${note.map(escapeHtml).join('<br>')}</blockquote>` : '';
        html.push(`<li>${box} ${escapeHtml(item.text)}${quote}</li>`);
        text.push(`${box} ${item.text}`, ...note.map((l) => `    » ${l}`));
        md.push(`- [${s?.done ? 'x' : ' '}] ${inline(item.text)}`);
        md.push(...note.map((l) => (l.trim() ? `  > ${mdText(l)}` : '  >')));
      }
      html.push('</ul>');
    }
  }
  return { html: html.join('\n'), text: `${text.join('\n')}\n`, markdown: `${md.join('\n')}\n` };
}

/** A file name for downloads: "mit-partnerskab.md". */
export function fileName(name: string, ext: string): string {
  const slug = slugify(oneLine(name)).slice(0, 60).replace(/-+$/, '');
  return `${slug || 'tjekliste'}.${ext}`;
}
