/** Shared fakes for the checklist store tests: a Storage with switches for the faults a browser can throw. */
import { ChecklistStore } from '../../src/client/tjekliste/store/store';

export class FakeStorage {
  data = new Map<string, string>();
  quota = Infinity;
  failGet = false;
  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('denied', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.data].reduce((s, [k, v]) => (k === key ? s : s + k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

/**
 * A second tab's view of the same storage that can lag: while `frozen` is set,
 * it reads the value it saw when frozen (as a tab does before the other tab's
 * write has reached it), but its writes land in the shared storage.
 */
export class LaggingView {
  private snapshot: Map<string, string> | null = null;
  constructor(readonly shared: FakeStorage) {}
  freeze() {
    this.snapshot = new Map(this.shared.data);
  }
  /** Reads `key` as it was at some earlier moment (null: not yet written). */
  showOld(key: string, value: string | null) {
    this.snapshot = new Map(this.shared.data);
    if (value === null) this.snapshot.delete(key);
    else this.snapshot.set(key, value);
  }
  thaw() {
    this.snapshot = null;
  }
  getItem(key: string): string | null {
    return (this.snapshot ?? this.shared.data).get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.shared.setItem(key, value);
  }
}

let clock = Date.parse('2026-11-23T10:00:00Z');
export const now = () => {
  clock += 1000;
  return new Date(clock);
};

export const make = (storage: FakeStorage | null = new FakeStorage()) => ({
  storage,
  store: new ChecklistStore(() => storage, now),
});

/** Item states without their merge stamps, for comparing ticks and notes. */
export function bare(items: Record<string, { done: boolean; note?: string }>) {
  return Object.fromEntries(
    Object.entries(items).map(([id, { done, note }]) => [id, note === undefined ? { done } : { done, note }]),
  );
}
