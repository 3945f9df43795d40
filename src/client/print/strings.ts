/** The printed line's words (on paper only): "Partnerskabsguiden, <adresse>. Udskrevet 2. december 2026." */
export const STRINGS = {
  printed: (day: string) => ` Udskrevet ${day}.`,
} as const;
