/**
 * Checklist progress in the browser: named "forløb", each with ticks and a
 * note per item, kept by permanent item id. This class is what every visit
 * needs (tick, note, count); how every change is read, merged with other tabs
 * and written safely is StoreSync's job (store-sync.ts). Creating, renaming,
 * switching and deleting forløb (manage.ts), files, import and the notices'
 * words live in their own modules and load only when used (transfer.ts,
 * validate-import.ts, messages.ts).
 */
import { ITEM_ID, LIMITS, own, sortedForloeb, type Envelope, type Forloeb } from './model';
import { itemChange, stampOf, type Change, type ItemField } from './pending';
import { StoreSync } from './sync';
import { sanitizeUserText } from './text';

export class ChecklistStore extends StoreSync {
  get active(): Forloeb {
    return own(this.state.forloeb, this.state.activeId) ?? this.list()[0]!;
  }

  list(): Forloeb[] {
    return sortedForloeb(this.state);
  }

  private itemChange(itemId: string, field: ItemField, value: boolean | string, forloebId: string) {
    return (env: Envelope): Change | null => {
      const f = own(env.forloeb, forloebId);
      if (!f || !ITEM_ID.test(itemId)) return null;
      return itemChange(forloebId, itemId, field, value, this.stamp(own(f.items, itemId)?.[stampOf(field)]));
    };
  }

  /** Ticks or unticks an item in a forløb (default: the active one). False when that forløb no longer exists. */
  setDone(itemId: string, done: boolean, forloebId: string = this.state.activeId): boolean {
    return this.update(this.itemChange(itemId, 'done', done, forloebId));
  }

  /** Sets an item's note in a forløb (default: the active one). False when that forløb no longer exists. */
  setNote(itemId: string, note: string, forloebId: string = this.state.activeId): boolean {
    const text = sanitizeUserText(note).slice(0, LIMITS.noteLength);
    return this.update(this.itemChange(itemId, 'note', text.trim() ? text : '', forloebId));
  }

  /** Progress of the active forløb over a set of item ids. */
  progress(itemIds: readonly string[]): { done: number; total: number } {
    const items = this.active.items;
    return { done: itemIds.filter((id) => own(items, id)?.done).length, total: itemIds.length };
  }
}
