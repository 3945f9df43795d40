/**
 * Everything the store tells the user, in Danish; the UI shows these and does
 * not repeat them. The store records what happened (a Notice); the text is
 * made here, loaded only when there is something to show or a file to read.
 */
import { LIMITS, type Notice } from '../store/model';
import { formatBytes } from './export-text';

export const MESSAGES = {
  unavailable:
    'Din browser tillader ikke, at siden gemmer. Du kan sætte flueben og skrive noter, men de forsvinder, når du lukker siden. Brug »Gem sikkerhedskopi« under »Flere valg«, før du lukker.',
  quota:
    'Browserens lager er fuldt, så de seneste ændringer er ikke gemt. De står stadig her på siden. Gem en sikkerhedskopi, eller slet en tjekliste, du ikke bruger.',
  corrupt: (backupKey: string | null) =>
    backupKey
      ? 'Dine gemte tjeklister kunne ikke læses. Siden har lagt en kopi af dem til side i browseren, og du starter med en tom tjekliste.'
      : 'Dine gemte tjeklister kunne ikke læses, og der var ikke plads til en kopi. Siden rører dem ikke og gemmer ikke dine ændringer. Gem en sikkerhedskopi af det, du skriver her.',
  newer:
    'Dine gemte tjeklister er fra en nyere udgave af sitet, og siden kan ikke læse dem. De er ikke ændret, og ændringer her gemmes ikke. Genindlæs siden for at få den nye udgave.',
  /** Stored data over the limits or partly unreadable: what could be used is shown, all of it is in a backup. */
  repaired: (backupKey: string | null) =>
    backupKey
      ? 'Noget af det gemte kunne ikke bruges, som det var (for mange tjeklister eller punkter, for lange noter eller punkter, siden ikke kender). Det, der kunne bruges, vises, og siden har lagt en kopi af alt det gemte til side i browseren.'
      : 'Noget af det gemte kunne ikke bruges, som det var, og der var ikke plads til en kopi. Siden rører det ikke og gemmer ikke dine ændringer. Gem en sikkerhedskopi af det, du skriver her.',
  /** Another tab or a newer version of the site wrote something this page cannot read: saving stops until a reload. */
  unreadable:
    'Dine gemte tjeklister er ændret i et andet vindue eller af en nyere udgave af sitet, og denne side kan ikke læse ændringen. For ikke at skrive over den gemmer siden ikke mere. Dine seneste ændringer står stadig her. Genindlæs siden.',
  // Another tab, or another page of the site while this one waited in the browser's back/forward cache.
  external:
    'Dine gemte tjeklister blev ændret på en anden side eller i et andet vindue. Siden viser nu de nyeste afkrydsninger.',
  fileTooLarge: (bytes: number) =>
    `Filen er for stor (${formatBytes(bytes)}). En sikkerhedskopi fra Partnerskabsguiden fylder højst ${formatBytes(LIMITS.fileBytes)}. Intet er ændret. Vælg en anden fil.`,
  notSaved:
    'Tjeklisten er ikke gemt: dine gemte tjeklister er ændret i et andet vindue eller af en nyere udgave af sitet, og siden gemmer ikke, for ikke at skrive over dem. Genindlæs siden, og prøv igen.',
  tooManyForloeb: `Du har allerede ${LIMITS.forloeb} tjeklister. Slet en, før du tilføjer en ny.`,
};

/** The text of one of the store's notices. */
export function noticeText(notice: Notice): string {
  switch (notice.kind) {
    case 'corrupt':
      return MESSAGES.corrupt(notice.backupKey ?? null);
    case 'repaired':
      return MESSAGES.repaired(notice.backupKey ?? null);
    default:
      return MESSAGES[notice.kind];
  }
}
