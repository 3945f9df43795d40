/** The words of the agreement template's island (TemplateTools.astro); tests read them from here. */
export const TEMPLATE = {
  /** The copied document's title: "Skabelon: Partnerskabsaftalen". */
  title: (pageTitle: string) => `Skabelon: ${pageTitle}`,
  fallbackTitle: 'Partnerskabsaftale',
  copied: 'Skabelonen er kopieret. Indsæt den i Word eller en e-mail med Ctrl+V (Cmd+V på Mac).',
  copyRefused:
    'Skabelonen kunne ikke kopieres automatisk. Teksten står i feltet under knapperne, klar til at ' + 'kopiere.',
};

/** The words of the copied document itself. */
export const DOCUMENT = {
  intro:
    'Skabelon fra Partnerskabsguiden. Spørgsmålene under hver overskrift er Partnerskabsguidens egen formulering. ' +
    'Kommentarerne er korte citater fra Økonomi- og Indenrigsministeriets ' +
    '»Inspiration til partnerskaber: Case-samling« (2014) og viser, hvordan casene gjorde. ' +
    'Skriv jeres tekst under hver overskrift, og slet spørgsmål og kommentarer, når I er færdige.',
  from: (pageUrl: string) => `Hentet fra ${pageUrl}`,
  questionLabel: 'Spørgsmål (Partnerskabsguidens formulering):',
  writeHere: '[Skriv jeres tekst her]',
  commentLabel: 'Kommentar – sådan står det i kilderne:',
};
