/**
 * The whole outline of the guide (phases, steps, item texts) for the exports,
 * fetched from /procesguide/oversigt.json once, on first use; the page itself
 * carries only the item ids (checklist-runtime.ts). Loaded with »Flere valg«.
 */
import type { Outline } from './export-markdown';
import type { Runtime } from '../runtime';

let pending: Promise<Outline> | undefined;

/** Fetches the whole outline; a failed fetch is not kept, so the next export tries again. */
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
