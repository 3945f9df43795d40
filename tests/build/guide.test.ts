/**
 * The process guide in dist/: every checklist item from the content appears
 * exactly once on its phase page and once on the combined checklist, as a
 * native checkbox with its permanent id and a label; every step has its
 * anchor and its evidence links; case pages name the steps that cite them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readPage } from './dist';

interface Step {
  phase: string;
  title: string;
  items: { id: string; text: string }[];
  evidence: { kind: string; id: string }[];
  slug: string;
}

const steps: Step[] = [];
for (const phase of readdirSync('src/content/guide')) {
  for (const name of readdirSync(join('src/content/guide', phase)).sort()) {
    const data = load(readFileSync(join('src/content/guide', phase, name), 'utf8').split(/^---$/m)[1]!) as Omit<Step, 'slug'>;
    steps.push({ ...data, slug: name.replace(/^\d+-/, '').replace(/\.mdx$/, '') });
  }
}
const hrefFor = (kind: string, id: string) => (kind === 'case' ? `/cases/${id}/` : kind === 'viden' ? `/viden/${id}/` : `/samling/${id}/`);
const countOf = (html: string, needle: string) => html.split(needle).length - 1;

describe('process guide pages', () => {
  it('has steps in all three phases', () => {
    expect(new Set(steps.map((s) => s.phase))).toEqual(new Set(['foer', 'under', 'efter']));
  });

  it.each(steps.map((s) => [`${s.phase}/${s.slug}`, s] as const))('%s: anchor, checkboxes once per page, evidence links', (_, step) => {
    const phasePage = readPage(`/procesguide/${step.phase}/`);
    const combined = readPage('/procesguide/tjekliste/');
    expect(phasePage).toContain(`id="${step.slug}"`);
    for (const item of step.items) {
      const box = `<input class="checklist__box" type="checkbox" id="punkt-${item.id}" value="${item.id}" data-item="${item.id}">`;
      expect(countOf(phasePage, box), item.id).toBe(1);
      expect(countOf(combined, box), item.id).toBe(1);
      expect(phasePage).toContain(`<label class="checklist__label" for="punkt-${item.id}">`);
    }
    const section = phasePage.slice(phasePage.indexOf(`id="${step.slug}"`));
    for (const e of step.evidence) expect(section, `${e.kind} ${e.id}`).toContain(`href="${hrefFor(e.kind, e.id)}"`);
    expect(phasePage).toMatch(/<legend class="checklist__legend">Tjekliste: /);
  });

  it('each cited case page links back to the steps that cite it', () => {
    for (const step of steps) {
      for (const e of step.evidence.filter((x) => x.kind === 'case')) {
        expect(readPage(`/cases/${e.id}/`), `${e.id} ← ${step.slug}`).toContain(`href="/procesguide/${step.phase}/#${step.slug}"`);
      }
    }
  });

  it('the overview lists every step and the combined page is not indexed twice by search', () => {
    const overview = readPage('/procesguide/');
    for (const s of steps) expect(overview).toContain(`href="/procesguide/${s.phase}/#${s.slug}"`);
    expect(readPage('/procesguide/tjekliste/')).not.toContain('data-pagefind-body');
    expect(readPage('/procesguide/foer/')).toContain('data-pagefind-filter="fase:foer"');
  });
});
