/**
 * Typed lookups of the markup an island needs. A missing or wrong element fails
 * at once with an error that names the island and the element, instead of a `!`
 * that breaks later somewhere else. Every island uses these.
 */
type Ctor<T extends Element> = { new (): T; prototype: T };

/** The element `selector` inside `root`, which must exist and be a `type`. */
export function required<T extends Element>(root: ParentNode, selector: string, type: Ctor<T>, island: string): T {
  const el = root.querySelector(selector);
  if (!(el instanceof type)) throw new Error(`${island}: elementet ${selector} (${type.name}) mangler i HTML'en`);
  return el;
}

/** A data attribute that must be there. */
export function requiredData(el: HTMLElement, key: string, island: string): string {
  const value = el.dataset[key];
  if (value === undefined) throw new Error(`${island}: data-${key} mangler på ${el.tagName.toLowerCase()}`);
  return value;
}
