/**
 * The user's saved checklist is a "tjekliste" in every message (README: "Sitets
 * ord"); only the code and the stored data keep the name `forloeb`. Checked two
 * ways: the store's and the share link's messages as the user gets them, and
 * every string literal in the client modules (the bar, panel, exports and
 * share messages are written inline there), read with the TypeScript parser so
 * comments, which may use the code's name, are not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LIMITS, MESSAGES, validateForloeb } from '../../src/client/tjekliste/all';
import { SHARE_MESSAGES, decodeShare } from '../../src/client/tjekliste/on-demand/share-codec';
import { parseForloebFile } from '../../src/client/tjekliste/on-demand/file';

const OLD_WORD = /forløb/i;
const CLIENT = 'src/client';

/** Sample arguments for the messages that are functions; a new one must be added here to be checked. */
const SAMPLES: Record<string, unknown[][]> = {
  corrupt: [['partnerskabsguiden:tjekliste:backup:1'], [null]],
  repaired: [['partnerskabsguiden:tjekliste:backup:1'], [null]],
  newer: [[2]],
  fileTooLarge: [[2 * 1024 * 1024]],
  tooLong: [[7000]],
  invalid: [['Tjeklisten kunne ikke læses: x.']],
};

/** Every message in MESSAGES and SHARE_MESSAGES as the user gets it. */
function messageTexts(): string[] {
  const out: string[] = [];
  for (const table of [MESSAGES, SHARE_MESSAGES] as Record<string, unknown>[]) {
    for (const [key, value] of Object.entries(table)) {
      if (typeof value === 'string') out.push(value);
      else if (typeof value === 'function' && SAMPLES[key])
        out.push(...SAMPLES[key].map((args) => (value as (...a: unknown[]) => string)(...args)));
      else throw new Error(`Beskeden ${key} mangler eksempler i SAMPLES`);
    }
  }
  return out;
}

/** The text of every string and template literal in a TypeScript file (no comments). */
function literalsIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      out.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function clientFiles(dir = CLIENT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? clientFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the user\'s saved checklist is a "tjekliste" in what the user reads', () => {
  it('no message of the store or the share link says "forløb"', () => {
    const texts = messageTexts();
    expect(texts.length).toBeGreaterThan(15);
    expect(texts.filter((t) => OLD_WORD.test(t))).toEqual([]);
    expect(MESSAGES.tooManyForloeb).toBe(
      `Du har allerede ${LIMITS.forloeb} tjeklister. Slet en, før du tilføjer en ny.`,
    );
  });

  it('messages made while reading a file or a link say "tjekliste"', async () => {
    const made = [
      validateForloeb(null),
      parseForloebFile('{}', 2, new Date().toISOString()),
      parseForloebFile('{"format":"partnerskabsguiden/forloeb","version":1,"forloeb":7}', 60, new Date().toISOString()),
      await decodeShare('q1YqSSwqUbJSMlSqBQA'), // {"tart":"1"}: JSON, but not a share link's
    ].map((r) => (r.ok ? 'ok' : r.message));
    expect(made).toEqual([
      'Tjeklisten kunne ikke læses: tjeklisten har forkert form.',
      'Filen er ikke en sikkerhedskopi af en tjekliste fra Partnerskabsguiden. Intet er ændret. Vælg en anden fil.',
      'Filen kunne ikke importeres: tjeklisten har forkert form. Intet er ændret.',
      'Linket er ikke en delt tjekliste fra Partnerskabsguiden. Intet er ændret.',
    ]);
  });

  it('no string in the client modules says "forløb" (the bar, panel, exports, share and note messages are written there)', () => {
    const files = clientFiles();
    expect(files).toContain(join(CLIENT, 'tjekliste', 'on-demand', 'panel.ts'));
    const literals = files.flatMap((file) => literalsIn(file).map((text) => ({ file, text })));
    expect(
      literals.some((l) => l.text.includes('Tjeklisten »')),
      "the scan reads the panel's messages",
    ).toBe(true);
    expect(literals.filter((l) => OLD_WORD.test(l.text)).map((l) => `${l.file}: ${l.text}`)).toEqual([]);
  });
});
