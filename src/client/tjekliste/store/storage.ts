/** The few things the store needs from localStorage, and how its failures look. */
import { BACKUP_PREFIX } from './model';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function isQuotaError(e: unknown): boolean {
  return (
    e instanceof Error &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (e as { code?: number }).code === 22)
  );
}

/**
 * Copies a raw stored value to a new backup key (never over an earlier
 * backup); returns the key, or null when there was no room or no access.
 */
export function writeBackup(storage: StorageLike, raw: string, time: string): string | null {
  try {
    let key = `${BACKUP_PREFIX}${time}`;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${BACKUP_PREFIX}${time}-${n}`;
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}
