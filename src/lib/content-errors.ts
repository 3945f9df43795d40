/**
 * Wraps a content loader so the two errors an editor meets most read in
 * Danish with the fix: a YAML error in the fields at the top of a file (most
 * often a colon, # or quote in a value) and a value that breaks the schema
 * (Astro's heading and markup around our Danish field messages).
 */
import type { Loader } from 'astro/loaders';

const YAML_HINT =
  'Står der et kolon (:), et # eller et anførselstegn i en værdi, så sæt værdien i anførselstegn, ' +
  'fx title: "Fuldkorn: på menuen". Er linjen rykket ind, så ret indrykningen (to mellemrum pr. niveau)';

const YAML_REASONS: [RegExp, string][] = [
  [/bad indentation of a mapping entry/, 'linjen kan ikke læses som »felt: værdi«'],
  [/incomplete explicit mapping pair/, 'linjen kan ikke læses som »felt: værdi«'],
  [/duplicated mapping key/, 'feltet står to gange'],
  [/end of the stream or a document separator is expected/, 'linjen passer ikke ind i felterne over den'],
  [/unexpected end of the stream within a (single|double) quoted scalar/, 'et anførselstegn er ikke lukket'],
];

interface ErrorLike {
  name?: string;
  message: string;
  reason?: string;
  mark?: { line: number };
  hint?: string;
}

/** The Danish text for a YAML error: what is wrong, where, and the usual fix. */
export function yamlMessage(err: ErrorLike): string {
  const reason = err.reason ?? err.message;
  const danish = YAML_REASONS.find(([re]) => re.test(reason))?.[1] ?? 'felterne øverst i filen kan ikke læses';
  const line = err.mark ? ` (linje ${err.mark.line + 1})` : '';
  return `Fejl i felterne${line}: ${danish} (${reason}). ${YAML_HINT}`;
}

/** Astro's schema error without its markdown stars and English heading. */
export function schemaMessage(message: string): string {
  const astroHeading = /^\*\*(.+?) → (.+?)\*\* data does not match collection schema\.\n?/;
  return message.replace(astroHeading, '$1 → $2: felterne passer ikke.\n').replace(/\*\*/g, '');
}

export function danishErrors<L extends Loader>(loader: L): L {
  return {
    ...loader,
    async load(context) {
      try {
        await loader.load(context);
      } catch (e) {
        const err = e as ErrorLike;
        if (err?.name === 'YAMLException') {
          err.message = yamlMessage(err);
        } else if (err?.name === 'InvalidContentEntryDataError') {
          err.message = schemaMessage(err.message);
          err.hint =
            'Ret værdien i hvert felt, der står ovenfor; beskeden siger hvordan. ' +
            'Se »Sådan redigerer du« i docs/redigering.md.';
        }
        throw e;
      }
    },
  };
}
