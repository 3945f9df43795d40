/**
 * `validateForloeb` from the store contract (issue 10) for the lazy modules
 * (share link): the same validation as an import, through an import into a
 * throwaway in-memory store. When the hardened store exports its own
 * `validateForloeb`, this file becomes `export { validateForloeb } from './checklist-store'`.
 */
import { ChecklistStore, CURRENT_VERSION, EXPORT_FORMAT, type Forloeb } from './checklist-store';

export type ValidationResult = { ok: true; forloeb: Forloeb } | { ok: false; message: string };

/** Validates a forløb the way an import does; throws nothing. */
export function validateForloeb(raw: unknown): ValidationResult {
  try {
    const scratch = new ChecklistStore(() => null);
    const result = scratch.importJson(JSON.stringify({ format: EXPORT_FORMAT, version: CURRENT_VERSION, forloeb: raw }));
    if (result.ok) return { ok: true, forloeb: result.forloeb };
    // The import speaks of "Filen"; here it is a link.
    return { ok: false, message: result.message.replace(/^Filen kunne ikke importeres: /, '') };
  } catch {
    return { ok: false, message: 'forløbet har forkert form. Intet er ændret.' };
  }
}
