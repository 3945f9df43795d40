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
    if (other) problems.push(`${where(entry)}: feltet "number" (${entry.data.number}) er også brugt i ${where(other)}`);
    else seen.set(entry.data.number, entry);
  }
  // Numbers run 1, 2, 3 … without gaps, so "Case N af M" and the order hold.
  const sorted = [...seen.keys()].sort((a, b) => a - b);
  sorted.forEach((number, index) => {
    if (number !== index + 1) {
      const entry = seen.get(number)!;
      problems.push(
        `${where(entry)}: feltet "number" (${number}) springer ${index + 1} over; casenumrene skal gå 1, 2, 3 … uden huller`,
      );
    }
  });
  return problems;
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
        `${where(step)}: feltet "order" (${step.data.order}) er også brugt i fasen "${step.data.phase}" af ${where(sameOrder)}`,
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
