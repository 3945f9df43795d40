/**
 * One quotation-mark style in running text: Danish »…«. The sources mix ”…”,
 * “…”, „…“ and "…"; the words stay the sources' own, only the marks change.
 * Apostrophes and single quotes are left alone. Whether a mark opens or closes
 * is read from its neighbours (space before and a letter after opens; a letter
 * before and space or punctuation after closes), else from whether a quote is open.
 *
 * A paragraph's text can be split over several nodes (a link inside a quote),
 * so the state carries over: pass the same QuoteState for one block.
 */
const MARKS = /["\u201C\u201D\u201E]/g;
const SPACE_OR_START = /^$|[\s([{\u2013\u2014/-]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

export interface QuoteState {
  open: boolean;
  /** The last character of the text before this piece (across nodes). */
  before: string;
}

export const newQuoteState = (): QuoteState => ({ open: false, before: '' });

export function danishQuotes(text: string, state: QuoteState = newQuoteState(), after = ''): string {
  const out = text.replace(MARKS, (mark, index: number) => {
    const prev = index > 0 ? text[index - 1]! : state.before;
    const next = index + 1 < text.length ? text[index + 1]! : after;
    let opens: boolean;
    if (mark === '\u201E')
      opens = true; // „ only ever opens
    else if (SPACE_OR_START.test(prev) && next !== '' && !/\s/.test(next)) opens = true;
    else if (LETTER_OR_DIGIT.test(prev) || /[.,;:!?…)]/.test(prev)) opens = false;
    else opens = !state.open;
    state.open = opens;
    return opens ? '»' : '«';
  });
  if (text.length > 0) state.before = text[text.length - 1]!;
  return out;
}
