/**
 * A tjekliste as a document over the guide's outline: one walk, written as Markdown (a meeting agenda) or as
 * rich text with its plain twin (e-mail, Word, print). Pure; every user string is sanitised and then escaped
 * for its format, so a name or note cannot add a heading, a list, code or HTML.
 */
import { escapeHtml, type RichText } from '../../shared/rich-copy';
import { slugify } from '../../../lib/slug';
import { own, type Tjekliste } from '../store/model';
import type { ChecklistStore } from '../store/store';
import { oneLine, sanitizeUserText } from '../store/text';
import type { Runtime } from '../runtime';
import { EXPORT } from './strings';

/** The guide as the exports need it (/procesguide/oversigt.json): phases, steps, items, in order. */
export interface Outline {
  phases: {
    id: string;
    label: string;
    steps: { id: string; title: string; items: { id: string; text: string }[] }[];
  }[];
}

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

interface Row {
  label: string;
  done: boolean;
  /** The note's lines, sanitised. */
  note: string[];
}
/** A section of the document: a phase, its steps (a step without title: the retired items' one list). */
type Section = { title: string; steps: { title?: string; rows: Row[] }[] };

const ORPHANS = 'Punkter, der ikke længere står i guiden';

/** The one walk: counts over the guide's items, a section per phase, and (if asked) items the guide lost. */
function walk(f: Pick<Tjekliste, 'items'>, outline: Outline, orphans: boolean) {
  const row = (label: string, id: string): Row => {
    const s = own(f.items, id);
    return { label, done: Boolean(s?.done), note: s?.note ? sanitizeUserText(s.note).split('\n') : [] };
  };
  const ids = outline.phases.flatMap((p) => p.steps.flatMap((s) => s.items.map((i) => i.id)));
  const known = new Set(ids);
  const sections: Section[] = outline.phases.map((p) => ({
    title: p.label,
    steps: p.steps.map((s) => ({ title: s.title, rows: s.items.map((i) => row(i.text, i.id)) })),
  }));
  const lost = Object.entries(f.items).filter(([id, s]) => !known.has(id) && (s.done || s.note));
  if (orphans && lost.length) sections.push({ title: ORPHANS, steps: [{ rows: lost.map(([id]) => row(id, id)) }] });
  return { done: ids.filter((id) => own(f.items, id)?.done).length, total: ids.length, sections };
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

/** Markdown of a tjekliste (default: the active one) over the whole outline. */
export function exportMarkdown(store: ChecklistStore, outline: Outline, id = store.state.activeId): string {
  const f = own(store.state.forloeb, id) ?? store.active;
  const inline = (s: string) => mdText(oneLine(s));
  const doc = walk(f, outline, true);
  const intro = `Tjekliste fra Partnerskabsguiden, eksporteret ${EXPORT.date(store.now())}.`;
  const lines = [`# ${inline(f.name)}`, '', intro, '', `${doc.done} af ${doc.total} punkter er klaret.`];
  for (const section of doc.sections) {
    lines.push('', `## ${inline(section.title)}`);
    for (const step of section.steps) {
      lines.push(...(step.title === undefined ? [''] : ['', `### ${inline(step.title)}`, '']));
      for (const r of step.rows) {
        lines.push(`- [${r.done ? 'x' : ' '}] ${inline(r.label)}`);
        lines.push(...r.note.map((line) => (line.trim() ? `  > ${mdText(line)}` : '  >')));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A tjekliste as HTML (headings per phase and step, ☑/☐ items, notes as quotes) and plain text. `part` names
 * the step or phase the outline holds; then items the guide no longer has are left out.
 */
export function tjeklisteRichText(
  f: Pick<Tjekliste, 'name' | 'items'>,
  outline: Outline,
  date: Date,
  part?: string,
): RichText {
  const name = oneLine(f.name);
  const doc = walk(f, outline, !part);
  const from = part ? `${part} fra Partnerskabsguidens tjekliste` : 'Tjekliste fra Partnerskabsguiden';
  const intro = `${from}, ${EXPORT.date(date)}. ${doc.done} af ${doc.total} punkter er klaret.`;
  const html = [`<h1>${escapeHtml(name)}</h1>`, `<p>${escapeHtml(intro)}</p>`];
  const text = [name, intro];
  for (const section of doc.sections) {
    html.push(`<h2>${escapeHtml(section.title)}</h2>`);
    text.push('', section.title.toUpperCase());
    for (const step of section.steps) {
      if (step.title !== undefined) {
        html.push(`<h3>${escapeHtml(step.title)}</h3>`);
        text.push('', step.title);
      }
      html.push('<ul>');
      for (const r of step.rows) {
        const box = r.done ? '☑' : '☐';
        const quote = r.note.length ? `<blockquote>${r.note.map(escapeHtml).join('<br>')}</blockquote>` : '';
        html.push(`<li>${box} ${escapeHtml(r.label)}${quote}</li>`);
        text.push(`${box} ${r.label}`, ...r.note.map((l) => `    » ${l}`));
      }
      html.push('</ul>');
    }
  }
  return { html: html.join('\n'), text: `${text.join('\n')}\n` };
}

/** A file name for downloads: "mit-partnerskab.md". */
export function fileName(name: string, ext: string): string {
  const slug = slugify(oneLine(name)).slice(0, 60).replace(/-+$/, '');
  return `${slug || 'tjekliste'}.${ext}`;
}
