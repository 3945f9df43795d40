/**
 * Checks on the text of an MDX file that the schema cannot see, each naming
 * the file and the line: footnotes must have a text, and a footnote text must
 * be used (remark drops both silently: "[^2]" stays as literal text, an
 * unused footnote vanishes).
 */

/** The file's lines outside frontmatter and fenced code, numbered from 1 as in an editor. */
export function bodyLines(source: string): { line: number; text: string }[] {
  const lines = source.split(/\r?\n/);
  const out: { line: number; text: string }[] = [];
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    start = end === -1 ? lines.length : end + 1;
  }
  let fenced = false;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!;
    if (/^\s{0,3}(```|~~~)/.test(text)) fenced = !fenced;
    else if (!fenced) out.push({ line: i + 1, text });
  }
  return out;
}

const DEFINITION = /^\s{0,3}\[\^([^\]\s]+)\]:/;
const REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;

export function checkFootnotes(file: string, source: string): string[] {
  const defined = new Map<string, number>();
  const used = new Map<string, number>();
  for (const { line, text } of bodyLines(source)) {
    const def = text.match(DEFINITION);
    if (def) defined.set(def[1]!, line);
    const rest = def ? text.slice(def[0].length) : text;
    for (const m of rest.matchAll(REFERENCE)) if (!used.has(m[1]!)) used.set(m[1]!, line);
  }
  const problems: string[] = [];
  for (const [id, line] of used)
    if (!defined.has(id))
      problems.push(
        `${file}:${line}: fodnoten [^${id}] har ingen tekst. Skriv den nederst i filen på en linje for sig: ` +
          `"[^${id}]: fodnotens tekst"`,
      );
  for (const [id, line] of defined)
    if (!used.has(id))
      problems.push(
        `${file}:${line}: fodnoten [^${id}] bruges ingen steder i teksten og bliver ikke vist. ` +
          `Sæt [^${id}] ind, hvor den hører til, eller slet linjen`,
      );
  return problems;
}

const CONTENT_LINK = /(?:\]\(|href=["'])\/(cases|viden|samling)\/([^/)#"'\s]+)/g;
const KIND = { cases: 'case', viden: 'viden', samling: 'samling' } as const;

/**
 * Links in the text to a case, a note or a chapter that does not exist (most
 * often one just removed), found before any page is built so that every
 * reference to a removed case is listed at once.
 */
export function checkContentLinks(
  file: string,
  source: string,
  targets: Record<'case' | 'viden' | 'samling', ReadonlySet<string>>,
): string[] {
  const problems: string[] = [];
  for (const { line, text } of bodyLines(source))
    for (const m of text.matchAll(CONTENT_LINK)) {
      const kind = KIND[m[1] as keyof typeof KIND];
      if (!targets[kind].has(m[2]!))
        problems.push(
          `${file}:${line}: linket til /${m[1]}/${m[2]}/ henviser til ${kind} "${m[2]}", som ikke findes. ` +
            'Ret adressen, eller fjern linket',
        );
    }
  return problems;
}

/** Lines still marked TODO (left by `npm run ny`): the build warns with file and line, it does not stop. */
export function findTodos(file: string, source: string): string[] {
  return source
    .split(/\r?\n/)
    .flatMap((text, i) => (/\bTODO\b/.test(text) ? [`${file}:${i + 1}: ${text.trim().slice(0, 90)}`] : []));
}
