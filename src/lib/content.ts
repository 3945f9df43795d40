/**
 * The one way pages read content: sorted collections, checked once for the
 * cross-entry rules in ./integrity (a broken rule stops the build, naming the
 * file and the field), plus small lookups pages share.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { checkContentLinks, checkFootnotes, findTodos } from './body-checks';
import {
  assertNoProblems,
  checkCaseNumbers,
  checkGuide,
  checkMentions,
  checkReferences,
  checkRetiredIds,
  checkSourceFiles,
  checkTermReferences,
  type EvidenceTargets,
} from './integrity';
import retiredIds from '../content/tjekliste/udgaaede-id.json';
import { slugOfStepId, stepPageHref } from './guide';
import type { ChapterMentions } from './cases-matrix';
import type { AgreementElement } from './agreement';
import { toAgreementElements } from './agreement-elements';
import { needs, phases, preconditions, type NeedId, type PhaseId, type PreconditionId } from './vocabularies';

export type CaseEntry = CollectionEntry<'cases'>;
export type GuideEntry = CollectionEntry<'guide'>;
export type VidenEntry = CollectionEntry<'viden'>;
export type SamlingEntry = CollectionEntry<'samling'>;
export type GlossaryEntry = CollectionEntry<'ordliste'>;

export interface SiteContent {
  samling: SamlingEntry[];
  cases: CaseEntry[];
  guide: GuideEntry[];
  viden: VidenEntry[];
  ordliste: GlossaryEntry[];
  /** The chapters' own mentions of cases (src/content/omtaler/), for the matrix of needs and preconditions. */
  mentions: ChapterMentions;
}

let loaded: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const [samling, cases, guide, viden, ordliste, omtaler] = await Promise.all([
    getCollection('samling'),
    getCollection('cases'),
    getCollection('guide'),
    getCollection('viden'),
    getCollection('ordliste'),
    getCollection('omtaler'),
  ]);
  omtaler.sort((a, b) => a.id.localeCompare(b.id));
  samling.sort((a, b) => a.data.order - b.data.order);
  cases.sort((a, b) => a.data.number - b.data.number);
  const phaseOrder = (p: PhaseId) => phases.ids.indexOf(p);
  guide.sort((a, b) => phaseOrder(a.data.phase) - phaseOrder(b.data.phase) || a.data.order - b.data.order);
  viden.sort((a, b) => (b.data.year ?? 0) - (a.data.year ?? 0) || a.data.title.localeCompare(b.data.title, 'da'));
  ordliste.sort((a, b) => a.data.term.localeCompare(b.data.term, 'da'));

  const targets: EvidenceTargets = {
    case: new Set(cases.map((e) => e.id)),
    viden: new Set(viden.map((e) => e.id)),
    samling: new Set(samling.map((e) => e.id)),
  };
  const glossaryFile = 'src/content/ordliste/ordliste.yaml';
  const sources = [...samling, ...cases, ...guide, ...viden].flatMap((e) =>
    e.filePath ? [{ file: e.filePath, source: readFileSync(e.filePath, 'utf8') }] : [],
  );
  assertNoProblems([
    ...checkCaseNumbers(cases),
    ...checkGuide(guide, targets),
    ...checkReferences(
      ordliste.map((e) => ({ ...e, filePath: `${glossaryFile} (id: ${e.id})` })),
      targets,
    ),
    ...checkTermReferences([...samling, ...cases, ...guide, ...viden], new Set(ordliste.map((e) => e.id))),
    ...checkMentions(omtaler, { needs: needs.ids, preconditions: preconditions.ids }, targets.case),
    ...checkRetiredIds(guide, new Set(retiredIds)),
    ...checkSourceFiles([...cases, ...viden], new Set(readdirSync('sources').filter((f) => f.endsWith('.txt')))),
    ...sources.flatMap(({ file, source }) => [
      ...checkFootnotes(file, source),
      ...checkContentLinks(file, source, targets),
    ]),
  ]);
  const todos = sources.flatMap(({ file, source }) => findTodos(file, source));
  if (todos.length)
    console.warn(
      `[Partnerskabsguiden] ADVARSEL: ${todos.length} steder venter på tekst (TODO). Skriv dem ud fra kilden:\n  ` +
        todos.join('\n  '),
    );
  const mention = (e: (typeof omtaler)[number]) => ({ caseId: e.data.case.id, passage: e.data.passage });
  const mentions: ChapterMentions = {
    needs: omtaler
      .filter((e) => e.id.startsWith('behov/'))
      .map((e) => ({ ...mention(e), term: e.data.term as NeedId })),
    preconditions: omtaler
      .filter((e) => e.id.startsWith('forudsaetninger/'))
      .map((e) => ({ ...mention(e), term: e.data.term as PreconditionId })),
  };
  return { samling, cases, guide, viden, ordliste, mentions };
}

/** The footer's words about the sources, written by editors in src/content/sidefod/sidefod.yaml. */
export async function footerSources() {
  const entry = await getEntry('sidefod', 'kilder');
  if (!entry)
    throw new Error('src/content/sidefod/sidefod.yaml: opslaget "kilder" mangler (sidefodens tekst om kilderne)');
  return entry.data;
}

/** The agreement page's parts (src/content/aftaledele/), in their order. */
export async function agreementParts(): Promise<AgreementElement[]> {
  return toAgreementElements(await getCollection('aftaledele'));
}

export function getContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

/** The guide step's slug: "foer/01-braendende-problem" -> "braendende-problem". */
export function stepSlug(step: GuideEntry): string {
  return slugOfStepId(step.id);
}

/** The step's own page, /procesguide/<fase>/<slug>/ (see ./guide). */
export function stepHref(step: GuideEntry): string {
  return stepPageHref(step);
}

export const caseHref = (id: string) => `/cases/${id}/`;
export const videnHref = (id: string) => `/viden/${id}/`;
export const samlingHref = (id: string) => `/samling/${id}/`;
export const themeHref = (id: string) => `/temaer/${id}/`;

export function evidenceHref(kind: 'case' | 'viden' | 'samling', id: string): string {
  return kind === 'case' ? caseHref(id) : kind === 'viden' ? videnHref(id) : samlingHref(id);
}

/** Guide steps that cite a given case or note as evidence. */
export function stepsCiting(guide: GuideEntry[], kind: 'case' | 'viden' | 'samling', id: string): GuideEntry[] {
  return guide.filter((s) => s.data.evidence.some((e) => e.kind === kind && e.id === id));
}

/**
 * The search synonyms as the search page hands them to its script: folded word → the site's
 * words. A key that is not a folded lower-case word (a-z, 0-9) could never match and fails
 * the build with its name.
 */
export async function getSearchSynonyms(): Promise<Record<string, string[]>> {
  const entries = await getCollection('synonymer');
  const out: Record<string, string[]> = {};
  for (const e of entries) {
    if (!/^[a-z0-9]+$/.test(e.id))
      throw new Error(
        `src/content/synonymer/synonymer.yaml: »${e.id}« skal skrives uden æøå, mellemrum og store bogstaver`,
      );
    out[e.id] = e.data.searchFor;
  }
  return out;
}
