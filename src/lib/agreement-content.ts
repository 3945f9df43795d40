/**
 * The agreement page's build-time data: the elements (src/content/aftaledele/) and the per-case facts
 * (each case file's `agreement` field) joined to the content collections. Headings and their anchors come from
 * Astro's own render of each entry, so a link always points at an id the
 * built page has.
 */
import { render } from 'astro:content';
import { caseName } from './cases';
import {
  agreementRows,
  resolveElements,
  type AgreementRow,
  type PassageTarget,
  type ResolvedElement,
  type Targets,
} from './agreement';
import {
  agreementParts,
  caseHref,
  getContent,
  samlingHref,
  stepHref,
  type CaseEntry,
  type GuideEntry,
  type SamlingEntry,
} from './content';

export interface AgreementPage {
  elements: ResolvedElement[];
  rows: AgreementRow[];
  /** The guide step "Skriv aftalen ned", when the guide has it. */
  step?: GuideEntry;
  stepHref?: string;
}

async function headingsOf(entry: CaseEntry | SamlingEntry) {
  const { headings } = await render(entry);
  return headings.map((h) => ({ text: h.text, slug: h.slug }));
}

export async function loadAgreementPage(): Promise<AgreementPage> {
  const { cases, samling, guide } = await getContent();
  const caseTargets = await Promise.all(
    cases.map(async (c) => ({
      entry: c,
      target: { href: caseHref(c.id), title: caseName(c).name, headings: await headingsOf(c) } satisfies PassageTarget,
    })),
  );
  const chapterTargets = await Promise.all(
    samling.map(
      async (s) => [s.id, { href: samlingHref(s.id), title: s.data.title, headings: await headingsOf(s) }] as const,
    ),
  );
  const targets: Targets = {
    case: new Map(caseTargets.map(({ entry, target }) => [entry.id, target])),
    samling: new Map(chapterTargets),
  };
  const elements = resolveElements(await agreementParts(), targets);
  const rows = agreementRows(
    caseTargets.map(({ entry, target }) => ({
      id: entry.id,
      number: entry.data.number,
      title: caseName(entry).name,
      href: target.href,
      headings: target.headings,
    })),
    Object.fromEntries(cases.flatMap((c) => (c.data.agreement ? [[c.id, c.data.agreement] as const] : []))),
  );
  const step = guide.find((s) => s.id === 'foer/07-skriftlig-aftale');
  return { elements, rows, step, stepHref: step ? stepHref(step) : undefined };
}
