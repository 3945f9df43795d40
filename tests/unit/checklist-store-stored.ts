/** Stored values for the checklist store hardening tests: a tjekliste as stored, and what storage holds. */
import { BACKUP_PREFIX, STORAGE_KEY } from '../../src/client/tjekliste/store/model';
import type { FakeStorage } from './checklist-store-fakes';

export const forloeb = (name: string, items: Record<string, unknown> = {}, id?: string) => ({
  ...(id === undefined ? {} : { id }),
  name,
  created: '2026-11-01T00:00:00.000Z',
  updated: '2026-11-01T00:00:00.000Z',
  items,
});
export const stored = (s: FakeStorage) => JSON.parse(s.data.get(STORAGE_KEY)!);
export const backups = (s: FakeStorage) =>
  [...s.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX)).map((k) => s.data.get(k)!);
