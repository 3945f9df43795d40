/** The exported file of one forløb (JSON): writing it, and reading one back with Danish messages. */
import { MESSAGES } from './strings';
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
    return {
      ok: false,
      message:
        'Filen kunne ikke læses: den er ikke en sikkerhedskopi, eller den er beskadiget. Intet er ændret. Vælg en fil, du har gemt med »Gem sikkerhedskopi«.',
    };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      message:
        'Filen er ikke en sikkerhedskopi af en tjekliste fra Partnerskabsguiden. Intet er ændret. Vælg en anden fil.',
    };
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return {
      ok: false,
      message: 'Filen er beskadiget, så siden kan ikke læse den. Intet er ændret. Vælg en anden fil.',
    };
  }
  if (data.version > CURRENT_VERSION) {
    return {
      ok: false,
      message:
        'Filen er gemt med en nyere udgave af Partnerskabsguiden og kan ikke læses her. Intet er ændret. Genindlæs siden, og prøv igen.',
    };
  }
  const read = validateTjeklisteReason(data.forloeb, now);
  if ('error' in read) return { ok: false, message: `Filen kunne ikke importeres: ${read.error}. Intet er ændret.` };
  return { ok: true, forloeb: read };
}
