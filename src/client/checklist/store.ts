/**
 * Checklist progress in the browser: named "forløb", each with ticks and a
 * note per item, kept by permanent item id. This class is what the UI can do
 * (tick, note, create, rename, switch, delete, count); how every change is
 * read, merged with other tabs and written safely is StoreSync's job
 * (store-sync.ts). Files, import and the notices' words live in their own
 * modules and load only when used (transfer.ts, validate-import.ts, messages.ts).
 */
import { ITEM_ID, LIMITS, dict, newForloebId, own, sortedForloeb, uniqueName, type Envelope, type Forloeb, type ItemState } from './model';
import { stampOf, type Change, type ItemField } from './pending';
import { StoreSync } from './store-sync';
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
      return { kind: 'item', forloebId, itemId, field, value, at: this.stamp(own(f.items, itemId)?.[stampOf(field)]) };
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

  /** Names are cleaned, shortened to the limit and made unique. */
  private uniqueName(env: Envelope, name: string, exceptId?: string): string {
    return uniqueName(env, sanitizeUserText(name, { oneLine: true }), exceptId);
  }

  /** Adds a forløb (new id, unique name) and makes it active; null at the limit. */
  private add(source: Omit<Forloeb, 'id'>): Forloeb | null {
    let added: Forloeb | null = null;
    this.update(
      (env) => {
        if (Object.keys(env.forloeb).length >= LIMITS.forloeb) return null;
        added = { ...source, id: newForloebId(env.forloeb, this.now().getTime()), name: this.uniqueName(env, source.name) };
        return { kind: 'add', forloeb: added, at: this.stamp() };
      },
      (env) => {
        env.activeId = added!.id;
      },
    );
    return added ? own(this.state.forloeb, (added as Forloeb).id) ?? null : null;
  }

  create(name: string): Forloeb | null {
    const t = this.stamp();
    return this.add({ name, created: t, updated: t, items: dict<ItemState>() });
  }

  /** Adds an already validated forløb (see validateForloeb), e.g. from a file or a share link; null at the limit. */
  addForloeb(forloeb: Forloeb): Forloeb | null {
    return this.add({ ...forloeb });
  }

  rename(id: string, name: string): boolean {
    return this.update((env) => {
      const f = own(env.forloeb, id);
      return f ? { kind: 'rename', forloebId: id, name: this.uniqueName(env, name, id), at: this.stamp(f.renamed) } : null;
    });
  }

  switchTo(id: string): void {
    if (!own(this.state.forloeb, id)) return;
    this.state.activeId = id;
    this.update(() => null);
    this.save();
  }

  /** Deletes a forløb (the UI asks first). The last one is replaced by an empty one. */
  remove(id: string): boolean {
    return this.update((env) => (own(env.forloeb, id) ? { kind: 'remove', forloebId: id, at: this.stamp() } : null));
  }

  /** Progress of the active forløb over a set of item ids. */
  progress(itemIds: readonly string[]): { done: number; total: number } {
    const items = this.active.items;
    return { done: itemIds.filter((id) => own(items, id)?.done).length, total: itemIds.length };
  }

  /** A forløb by id, or the active one when that id is gone. */
  forloebOrActive(id: string): Forloeb {
    return own(this.state.forloeb, id) ?? this.active;
  }
}
