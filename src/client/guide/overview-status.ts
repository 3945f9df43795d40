/**
 * Writes the overviews' statuses and resume link from the active tjekliste's
 * items (saved-progress.ts calls this once something is saved). The markup is
 * GuideStatus.astro (empty status targets) and GuideResume.astro (a hidden
 * container and the page's steps as JSON); the rules are status.ts, the words
 * strings.ts. Only text and attributes are written, never HTML.
 */
import { parseSteps, resumeOf, statusOf, type Resume, type SavedItems, type Status } from './status';
import { ALL_DONE, STATUS, STATUS_PREFIX, WHOLE_CHECKLIST_LINK, resumeLabel } from './strings';

function writeStatus(el: HTMLElement, status: Status): void {
  if (el.dataset.status === status) return;
  el.dataset.status = status;
  const prefix = document.createElement('span');
  prefix.className = 'sr-only';
  prefix.textContent = STATUS_PREFIX;
  el.replaceChildren(prefix, STATUS[status]);
}

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (className) a.className = className;
  return a;
}

function writeResume(box: HTMLElement, resume: Resume): void {
  const key = resume.kind === 'step' ? resume.step.href : resume.kind;
  if (box.dataset.resume === key) return;
  box.dataset.resume = key;
  const p = document.createElement('p');
  if (resume.kind === 'step') {
    p.append(link(resume.step.href, resumeLabel(resume.step.title), 'button button-primary button-start'));
  } else if (resume.kind === 'done') {
    const words = box.dataset.guideResume === 'fase' ? ALL_DONE.fase : ALL_DONE.guide;
    p.append(`${words} `, link(box.dataset.doneHref ?? '', WHOLE_CHECKLIST_LINK));
  }
  box.replaceChildren(...(resume.kind === 'none' ? [] : [p]));
  box.hidden = resume.kind === 'none';
}

/** Statuses and the resume link under `host` from the active tjekliste's items. */
export function renderStatus(host: ParentNode, items: SavedItems): void {
  for (const el of host.querySelectorAll<HTMLElement>('[data-guide-status]')) {
    writeStatus(el, statusOf((el.dataset.guideStatus ?? '').split(' ').filter(Boolean), items));
  }
  const box = host.querySelector<HTMLElement>('[data-guide-resume]');
  const data = host.querySelector('script[data-guide-steps]');
  if (!box || !data) return;
  const resume = resumeOf(parseSteps(data.textContent ?? ''), items);
  writeResume(box, resume);
  // The page's own start link would say "Start med trin 1" over a step already done.
  for (const start of host.querySelectorAll<HTMLElement>('[data-guide-start]')) start.hidden = resume.kind !== 'none';
}
