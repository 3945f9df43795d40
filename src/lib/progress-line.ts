/**
 * The guide's progress wording, shared by the pages (build time) and the
 * progress island (browser). No imports, so the island stays small;
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
