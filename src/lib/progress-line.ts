/**
 * The guide's progress wording, shared by the pages (build time) and the
 * islands (browser): the server renders "0 af N", the islands the same words
 * with the real count. No imports, so the islands stay small;
 * src/lib/guide.ts re-exports these.
 */

/** The progress count: "3 af 5". */
export function progressCount(done: number, total: number): string {
  return `${done} af ${total}`;
}

/** "Trin 2 af 9" for the compact step navigation. */
export function stepOfLine(number: number, total: number): string {
  return `Trin ${progressCount(number, total)}`;
}

/** Under a step's checklist: "2 af 5 punkter klaret i dette trin". */
export function stepProgressLine(done: number, total: number): string {
  return `${progressCount(done, total)} punkter klaret i dette trin`;
}
