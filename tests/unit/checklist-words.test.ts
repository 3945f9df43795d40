/**
 * The user's saved checklist is a "tjekliste" in every word the island shows
 * (docs/redigering.md, "Sitets ord"); only the code and the stored data keep the name
 * `forloeb`. Every word comes from the island's two strings modules (first
 * load and on demand), so the test reads them there, with sample arguments
 * for the words that are functions, and checks the plain-language rules:
 * no technical words in front of users.
 */
import { describe, expect, it } from 'vitest';
import * as firstLoad from '../../src/client/tjekliste/strings';
import * as onDemand from '../../src/client/tjekliste/on-demand/strings';
import { LIMITS } from '../../src/client/tjekliste/store/model';
import { MESSAGES } from '../../src/client/tjekliste/on-demand/strings';
import { validateTjekliste } from '../../src/client/tjekliste/on-demand/file';
import { decodeShare } from '../../src/client/tjekliste/on-demand/share-codec';
import { parseTjeklisteFile } from '../../src/client/tjekliste/on-demand/file';

const OLD_WORD = /forløb/i;
/** Words that must not meet a user (issue on plain messages): formats, ids, versions, storage, servers. */
const TECHNICAL = /JSON|Markdown|punkt-id|versionsnummer|version \d|partnerskabsguiden:|localStorage|server/i;

/** Calls a word function with sample arguments of the types it takes. */
function samples(fn: (...a: never[]) => unknown): string[] {
  const args = Array.from({ length: fn.length }, (_, i) => (i === 0 ? 'Mit »navn«' : 7));
  const strings = Array.from({ length: fn.length }, () => 'tekst');
  const out: unknown[] = [];
  for (const a of [args, strings]) {
    try {
      out.push((fn as (...x: unknown[]) => unknown)(...a));
    } catch {
      /* a sample of the wrong type: the other one fits */
    }
  }
  return out.filter((v): v is string => typeof v === 'string');
}

/** Every word in the island's strings modules, as the user gets it. */
function allWords(): string[] {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') out.push(...samples(value as (...a: never[]) => unknown));
    else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  for (const module of [firstLoad, onDemand]) for (const value of Object.values(module)) visit(value);
  return out;
}

describe('the words of the checklist island', () => {
  const words = allWords();

  it('are many, and none says "forløb"', () => {
    expect(words.length).toBeGreaterThan(40);
    expect(words.filter((t) => OLD_WORD.test(t))).toEqual([]);
    expect(MESSAGES.tooManyTjeklister).toBe(
      `Du har allerede ${LIMITS.tjeklister} tjeklister. Slet en, før du tilføjer en ny.`,
    );
  });

  it('name no format, id, version, storage key or server', () => {
    expect(words.filter((t) => TECHNICAL.test(t))).toEqual([]);
  });

  it('"Linket … er klart"', () => {
    expect(onDemand.SHARE.ready('A')).toMatch(/^Linket til »A« er klart\./);
  });

  it('messages made while reading a file or a link say "tjekliste" and what to do', async () => {
    const made = [
      validateTjekliste(null),
      parseTjeklisteFile('{}', 2, new Date().toISOString()),
      parseTjeklisteFile(
        '{"format":"partnerskabsguiden/forloeb","version":1,"forloeb":7}',
        60,
        new Date().toISOString(),
      ),
      await decodeShare('q1YqSSwqUbJSMlSqBQA'), // {"tart":"1"}: JSON, but not a share link's
    ].map((r) => (r.ok ? 'ok' : r.message));
    expect(made).toEqual([
      'Tjeklisten kunne ikke læses: tjeklisten har forkert form.',
      'Filen er ikke en sikkerhedskopi af en tjekliste fra Partnerskabsguiden. Intet er ændret. Vælg en anden fil.',
      'Filen kunne ikke importeres: tjeklisten har forkert form. Intet er ændret.',
      onDemand.SHARE_MESSAGES.foreign,
    ]);
  });
});
