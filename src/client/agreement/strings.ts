/** The words of the agreement template's island (TemplateTools.astro); tests read them from here. */
export const TEMPLATE = {
  /** The copied document's title: "Skabelon: Partnerskabsaftalen". */
  title: (pageTitle: string) => `Skabelon: ${pageTitle}`,
  fallbackTitle: 'Partnerskabsaftale',
  copied: 'Skabelonen er kopieret. Indsæt den i Word eller en e-mail med Ctrl+V (Cmd+V på Mac).',
  copyRefused:
    'Skabelonen kunne ikke kopieres automatisk. Teksten står i feltet under knapperne, klar til at ' + 'kopiere.',
};
