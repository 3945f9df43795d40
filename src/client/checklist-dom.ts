/**
 * Typed element lookups for the checklist islands: a missing or wrong element
 * fails at once with an error that names it and the island, instead of a `!`
 * that breaks later somewhere else.
 */
type Ctor<T extends Element> = { new (): T; prototype: T };

export function must<T extends Element>(root: ParentNode, selector: string, type: Ctor<T>, owner: string): T {
  const el = root.querySelector(selector);
  if (!(el instanceof type)) throw new Error(`${owner}: elementet ${selector} (${type.name}) mangler i HTML'en`);
  return el;
}

/** A data attribute that must be there. */
export function data(el: HTMLElement, key: string, owner: string): string {
  const value = el.dataset[key];
  if (value === undefined) throw new Error(`${owner}: data-${key} mangler på ${el.tagName.toLowerCase()}`);
  return value;
}
