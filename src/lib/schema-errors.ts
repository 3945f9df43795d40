/**
 * Danish messages for every rule in ./schemas, written for an editor: what is
 * wrong and how to fix it. Astro prints each next to the file and the field
 * ("cases → fuldkorn", "title: …"). Passed as the `error` of every schema and
 * check, because a schema's own message wins over Astro's English one.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

const LIST = 'én værdi pr. linje, der starter med »- «';
const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
const plural = (n: number | bigint, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

function wrongType(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  const { expected, input } = issue;
  if (input === undefined) return 'feltet mangler. Tilføj det med en værdi fra kilden';
  if (input === null) {
    return expected === 'array'
      ? `feltet er tomt. Skriv en liste, ${LIST}, eller [] hvis den skal være tom`
      : 'feltet er tomt. Skriv en værdi efter kolonet, eller slet linjen, hvis feltet er valgfrit';
  }
  switch (expected) {
    case 'string':
      return `skal være en tekst, men er ${show(input)}. Sæt værdien i anførselstegn, fx "${String(input)}"`;
    case 'number':
    case 'int':
      return `skal være et helt tal uden anførselstegn, fx 2014 (nu ${show(input)})`;
    case 'array':
      return `skal være en liste, ${LIST}`;
    case 'object':
      return 'skal have underfelter på linjerne under, rykket ind med to mellemrum';
    default:
      return `har en forkert type (${show(input)})`;
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const { origin, minimum } = issue;
  if (origin === 'string') return 'feltet er tomt. Skriv teksten ud fra kilden';
  if (origin === 'array') return `skal have mindst ${plural(minimum, 'punkt', 'punkter')}, ${LIST}`;
  return `skal være mindst ${minimum}`;
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const { origin, maximum, input } = issue;
  if (origin === 'string') {
    const length = typeof input === 'string' ? ` (nu ${input.length})` : '';
    return `er for lang: højst ${maximum} tegn${length}. Forkort teksten`;
  }
  if (origin === 'array') return `må højst have ${plural(maximum, 'punkt', 'punkter')}`;
  return `må højst være ${maximum}`;
}

export function danishError(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_value':
      return `${show(issue.input)} er ikke en mulig værdi. Skriv en af: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return (
        `${issue.keys.length === 1 ? 'feltet' : 'felterne'} ${issue.keys.map((k) => `"${k}"`).join(', ')} ` +
        'findes ikke her. Ret stavningen (små og store bogstaver tæller), eller slet linjen'
      );
    case 'invalid_format':
      return `har en form, der ikke passer (${show(issue.input)})`;
    case 'invalid_union':
      return 'passer ikke til nogen af de mulige former; se eksemplerne i en anden fil af samme slags';
    default:
      return 'har en værdi, der ikke passer';
  }
}

/** `{ error }` for a schema or a check: Danish, from danishError. */
export const da = { error: danishError };

/** A fixed message for one rule (a regex, a refinement) where the generic text would not say the fix. */
export const says = (message: string) => ({ error: () => message });
