import { describe, expect, it } from 'vitest';
import { required, requiredData } from '../../src/client/shared/markup';

/** A minimal stand-in for the DOM: just enough for the lookups. */
class FakeElement {
  dataset: Record<string, string> = {};
  tagName = 'DIV';
}
class FakeButton extends FakeElement {}
const Ctor = FakeElement as unknown as { new (): Element; prototype: Element };
const ButtonCtor = FakeButton as unknown as { new (): Element; prototype: Element };
const root = (found: unknown) => ({ querySelector: () => found }) as unknown as ParentNode;

describe('required', () => {
  it('returns the element when it is there and of the right type', () => {
    const el = new FakeButton();
    expect(required(root(el), 'button', ButtonCtor, 'pg-x')).toBe(el);
  });
  it('names the island and the selector when the element is missing or of another type', () => {
    expect(() => required(root(null), '.knap', Ctor, 'pg-x')).toThrow(/pg-x: elementet \.knap/);
    expect(() => required(root(new FakeElement()), 'button', ButtonCtor, 'pg-x')).toThrow(/mangler i HTML'en/);
  });
});

describe('requiredData', () => {
  it('returns the attribute or names it', () => {
    const el = new FakeElement();
    el.dataset.target = 'liste';
    expect(requiredData(el as unknown as HTMLElement, 'target', 'pg-x')).toBe('liste');
    expect(() => requiredData(el as unknown as HTMLElement, 'id', 'pg-x')).toThrow('pg-x: data-id mangler på div');
  });
});
