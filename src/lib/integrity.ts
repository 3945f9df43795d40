/**
 * Checks across entries that a per-file zod schema cannot make: unique case
 * numbers, unique checklist ids, evidence links that resolve. Each problem is
 * reported with the file and the field, and the build stops.
 */

export interface EntryLike<D> {
  id: string;
  filePath?: string;
  data: D;
}

export class ContentIntegrityError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Indholdet har ${problems.length} fejl:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentIntegrityError';
  }
}

const where = (e: EntryLike<unknown>) => e.filePath ?? e.id;

export function checkCaseNumbers(cases: EntryLike<{ number: number }>[]): string[] {
  const seen = new Map<number, EntryLike<unknown>>();
  const problems: string[] = [];
  for (const entry of cases) {
    const other = seen.get(entry.data.number);
    if (other) {
      problems.push(`${where(entry)}: feltet "number" (${entry.data.number}) er også brugt i ${where(other)}`);
    } else seen.set(entry.data.number, entry);
  }
  // Numbers run 1, 2, 3 … without gaps, so "Case N af M" and the order hold.
  // A gap usually means a case was removed: name the missing numbers and the
  // files that must move down, not the first file after the gap.
  const sorted = [...seen.keys()].sort((a, b) => a - b);
  const missing: number[] = [];
  for (let n = 1; n <= (sorted.at(-1) ?? 0); n++) if (!seen.has(n)) missing.push(n);
  if (missing.length) {
    const moves = sorted
      .map((number, index) => ({ number, wanted: index + 1 }))
      .filter((m) => m.number !== m.wanted)
      .map((m) => `${where(seen.get(m.number)!)} (${m.number} → ${m.wanted})`);
    problems.push(
      `Ingen case har nummer ${missing.join(', ')}; casenumrene skal gå 1, 2, 3 … uden huller. ` +
        `Er en case fjernet, så ret feltet "number" i: ${moves.join(', ')}`,
    );
  }
  return problems;
}

/**
 * Checklist ids that were published and later removed: users may still have
 * ticks saved under them, so a new item must never take one of them.
 */
export function checkRetiredIds(
  steps: EntryLike<{ items: { id: string }[] }>[],
  retired: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const step of steps) {
    step.data.items.forEach((item, i) => {
      if (retired.has(item.id))
        problems.push(
          `${where(step)}: feltet "items[${i}].id" ("${item.id}") er et tidligere brugt id, som er udgået. ` +
            'Brugere kan have gemt afkrydsninger under det; giv punktet et nyt id',
        );
    });
  }
  return problems;
}

/** A note's `sourceFile` must name one of the source texts in sources/. */
export function checkSourceFiles(
  entries: EntryLike<{ sourceFile?: string }>[],
  available: ReadonlySet<string>,
): string[] {
  return entries
    .filter((e) => e.data.sourceFile !== undefined && !available.has(e.data.sourceFile))
    .map(
      (e) =>
        `${where(e)}: feltet "sourceFile" ("${e.data.sourceFile}") findes ikke i sources/. ` +
        `Skriv et af filnavnene: ${[...available].sort().join(', ')}`,
    );
}

export interface EvidenceTargets {
  case: ReadonlySet<string>;
  viden: ReadonlySet<string>;
  samling: ReadonlySet<string>;
}

interface StepLike {
  phase: string;
  order: number;
  items: { id: string }[];
  evidence: { kind: 'case' | 'viden' | 'samling'; id: string }[];
}

export function checkGuide(steps: EntryLike<StepLike>[], targets: EvidenceTargets): string[] {
  const problems: string[] = [];
  const itemIds = new Map<string, EntryLike<unknown>>();
  const orders = new Map<string, EntryLike<unknown>>();
  for (const step of steps) {
    const orderKey = `${step.data.phase}/${step.data.order}`;
    const sameOrder = orders.get(orderKey);
    if (sameOrder)
      problems.push(
        `${where(step)}: feltet "order" (${step.data.order}) er også brugt i fasen "${step.data.phase}" ` +
          `af ${where(sameOrder)}`,
      );
    else orders.set(orderKey, step);
    step.data.items.forEach((item, i) => {
      const other = itemIds.get(item.id);
      if (other)
        problems.push(`${where(step)}: feltet "items[${i}].id" ("${item.id}") er også brugt i ${where(other)}`);
      else itemIds.set(item.id, step);
    });
    step.data.evidence.forEach((ev, i) => {
      if (!targets[ev.kind].has(ev.id)) {
        problems.push(`${where(step)}: feltet "evidence[${i}].id" henviser til ${ev.kind} "${ev.id}", som ikke findes`);
      }
    });
  }
  return problems;
}

export function checkReferences(
  entries: EntryLike<{ source: { kind: 'case' | 'viden' | 'samling'; id: string } }>[],
  targets: EvidenceTargets,
): string[] {
  return entries
    .filter((e) => !targets[e.data.source.kind].has(e.data.source.id))
    .map(
      (e) =>
        `${where(e)}: feltet "source.id" henviser til ${e.data.source.kind} "${e.data.source.id}", som ikke findes`,
    );
}

export function assertNoProblems(problems: string[]): void {
  if (problems.length) throw new ContentIntegrityError(problems);
}

/**
 * Explicit glossary references in MDX bodies, `<Term id="…">text</Term>`, must
 * name a term in the glossary: an unknown id stops the build with the file
 * and the id.
 */
export function checkTermReferences(
  entries: (EntryLike<unknown> & { body?: string })[],
  glossaryIds: Set<string>,
): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    for (const m of (e.body ?? '').matchAll(/<Term\b[^>]*?\bid=(?:"([^"]*)"|'([^']*)'|\{[^}]*\})/g)) {
      const id = m[1] ?? m[2];
      if (id === undefined) problems.push(`${where(e)}: <Term> skal have et fast id som tekst, fx <Term id="ops">`);
      else if (!glossaryIds.has(id))
        problems.push(`${where(e)}: <Term id="${id}"> henviser til et begreb, som ikke findes i ordlisten`);
    }
  }
  return problems;
}

/** The vocabulary each chapter folder in src/content/omtaler/ names its cases under. */
export const MENTION_CHAPTERS = { behov: 'needs', forudsaetninger: 'preconditions' } as const;

/**
 * A chapter's mention must sit in a chapter folder, use that chapter's terms,
 * and name a case that exists (a removed case is named here too).
 */
export function checkMentions(
  entries: EntryLike<{ term: string; case: { id: string } }>[],
  terms: Record<'needs' | 'preconditions', readonly string[]>,
  caseIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    const chapter = e.id.split('/')[0] as keyof typeof MENTION_CHAPTERS;
    const vocabulary = MENTION_CHAPTERS[chapter];
    if (!vocabulary)
      problems.push(
        `${where(e)}: filen skal ligge i en mappe for kapitlet: ${Object.keys(MENTION_CHAPTERS).join(' eller ')}`,
      );
    else if (!terms[vocabulary].includes(e.data.term))
      problems.push(
        `${where(e)}: feltet "term" ("${e.data.term}") hører ikke til kapitlet "${chapter}". ` +
          `Skriv en af: ${terms[vocabulary].join(', ')}`,
      );
    if (!caseIds.has(e.data.case.id))
      problems.push(`${where(e)}: feltet "case" henviser til case "${e.data.case.id}", som ikke findes`);
  }
  return problems;
}
