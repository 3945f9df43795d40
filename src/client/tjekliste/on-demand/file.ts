/** The backup file of one tjekliste: writing it, and reading one back with Danish messages. */
import { FILE_MESSAGES, MESSAGES } from './strings';
import { CURRENT_VERSION, LIMITS, isRecord, type Tjekliste } from '../store/model';
import { EXPORT_FORMAT, validateTjeklisteReason, type ValidateResult } from './validate-import';

export function tjeklisteToJson(f: Tjekliste, exported: string): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: CURRENT_VERSION,
      exported,
      forloeb: { name: f.name, created: f.created, updated: f.updated, items: f.items },
    },
    null,
    2,
  );
}

/** Reads an exported file; nothing is trusted until it has passed the same checks as every import. */
export function parseTjeklisteFile(text: string, sizeBytes: number, now: string): ValidateResult {
  if (sizeBytes > LIMITS.fileBytes) return { ok: false, message: MESSAGES.fileTooLarge(sizeBytes) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: FILE_MESSAGES.notABackup };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return { ok: false, message: FILE_MESSAGES.foreign };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return { ok: false, message: FILE_MESSAGES.damaged };
  }
  if (data.version > CURRENT_VERSION) return { ok: false, message: FILE_MESSAGES.newer };
  const read = validateTjeklisteReason(data.forloeb, now);
  if ('error' in read) return { ok: false, message: FILE_MESSAGES.invalid(read.error) };
  return { ok: true, forloeb: read };
}
