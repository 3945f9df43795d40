/**
 * The comparison's pick-and-compare state. Without JavaScript the choice is
 * shown by CSS alone: one generated rule per case shows its summary when its
 * checkbox is checked (`:has()`). With JavaScript the choice is also kept in
 * the URL (?vis=a,b&tema=x) so it can be shared and survives reload.
 */
export const MIN_PICK = 2;
export const MAX_PICK = 4;

export const pickId = (caseId: string) => `vaelg-${caseId}`;
export const summaryId = (caseId: string) => `sammenlign-${caseId}`;

/** The stylesheet that shows a case's summary while its checkbox is checked. */
export function compareCss(caseIds: readonly string[]): string {
  const rules = caseIds.map(
    (id) => `.compare:has(#${pickId(id)}:checked) #${summaryId(id)} { display: var(--compare-shown, grid); }`,
  );
  const comment =
    '/* Sammenligning: vis en cases resumé, når dens afkrydsningsfelt er valgt (virker uden JavaScript). */';
  return `${comment}\n${rules.join('\n')}\n`;
}

export interface CompareState {
  picked: string[];
  tema: string | null;
}

/** Reads ?vis= and ?tema= against the known ids; unknown or repeated ids are dropped, at most MAX_PICK kept. */
export function parseCompareState(
  search: string,
  caseIds: readonly string[],
  themeIds: readonly string[],
): CompareState {
  const params = new URLSearchParams(search);
  const picked: string[] = [];
  for (const id of (params.get('vis') ?? '').split(',')) {
    const clean = id.trim();
    if (caseIds.includes(clean) && !picked.includes(clean) && picked.length < MAX_PICK) picked.push(clean);
  }
  const tema = params.get('tema');
  return { picked, tema: tema && themeIds.includes(tema) ? tema : null };
}

/** Writes the state into a URL's query, keeping other parameters. */
export function writeCompareState(url: URL, state: CompareState): URL {
  const next = new URL(url.href);
  if (state.picked.length) next.searchParams.set('vis', state.picked.join(','));
  else next.searchParams.delete('vis');
  if (state.tema) next.searchParams.set('tema', state.tema);
  else next.searchParams.delete('tema');
  return next;
}
