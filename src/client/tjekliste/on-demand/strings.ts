/**
 * Every word of the checklist island that loads only when used: notices, files, share links, »Flere valg«,
 * exports and notes. The first load's words are in ../strings.ts, so a step page does not carry these.
 */
import { LIMITS, type Notice } from '../store/model';
import { longDate } from '../strings';

/** "512 KB", "1,5 MB". */
const sizeText = (n: number): string =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB`
    : `${Math.ceil(n / 1024)} KB`;

export const MESSAGES = {
  unavailable:
    'Din browser tillader ikke, at siden gemmer. Du kan sætte flueben og skrive noter, men de forsvinder, ' +
    'når du lukker siden. Brug »Gem sikkerhedskopi« under »Flere valg«, før du lukker.',
  quota:
    'Browserens lager er fuldt, så de seneste ændringer er ikke gemt. De står stadig her på siden. Gem en ' +
    'sikkerhedskopi, eller slet en tjekliste, du ikke bruger.',
  corrupt: (backupKey: string | null) =>
    backupKey
      ? 'Dine gemte tjeklister kunne ikke læses. Siden har lagt en kopi af dem til side i browseren, og du ' +
        'starter med en tom tjekliste.'
      : 'Dine gemte tjeklister kunne ikke læses, og der var ikke plads til en kopi. Siden rører dem ikke og ' +
        'gemmer ikke dine ændringer. Gem en sikkerhedskopi af det, du skriver her.',
  newer:
    'Dine gemte tjeklister er fra en nyere udgave af sitet, og siden kan ikke læse dem. De er ikke ændret, ' +
    'og ændringer her gemmes ikke. Genindlæs siden for at få den nye udgave.',
  /** Stored data over the limits or partly unreadable: what could be used is shown, all of it is in a backup. */
  repaired: (backupKey: string | null) =>
    backupKey
      ? 'Noget af det gemte kunne ikke bruges, som det var (for mange tjeklister eller punkter, for lange ' +
        'noter eller punkter, siden ikke kender). Det, der kunne bruges, vises, og siden har lagt en kopi af ' +
        'alt det gemte til side i browseren.'
      : 'Noget af det gemte kunne ikke bruges, som det var, og der var ikke plads til en kopi. Siden rører ' +
        'det ikke og gemmer ikke dine ændringer. Gem en sikkerhedskopi af det, du skriver her.',
  /** Another tab or a newer version of the site wrote something this page cannot read: saving stops until a reload. */
  unreadable:
    'Dine gemte tjeklister er ændret i et andet vindue eller af en nyere udgave af sitet, og denne side ' +
    'kan ikke læse ændringen. For ikke at skrive over den gemmer siden ikke mere. Dine seneste ændringer ' +
    'står stadig her. Genindlæs siden.',
  // Another tab, or another page of the site while this one waited in the browser's back/forward cache.
  external:
    'Dine gemte tjeklister blev ændret på en anden side eller i et andet vindue. Siden viser nu de nyeste ' +
    'afkrydsninger.',
  fileTooLarge: (bytes: number) =>
    `Filen er for stor (${sizeText(bytes)}). En sikkerhedskopi fra Partnerskabsguiden fylder højst ` +
    `${sizeText(LIMITS.fileBytes)}. Intet er ændret. Vælg en anden fil.`,
  notSaved:
    'Tjeklisten er ikke gemt: dine gemte tjeklister er ændret i et andet vindue eller af en nyere udgave ' +
    'af sitet, og siden gemmer ikke, for ikke at skrive over dem. Genindlæs siden, og prøv igen.',
  tooManyTjeklister: `Du har allerede ${LIMITS.tjeklister} tjeklister. Slet en, før du tilføjer en ny.`,
};

/** Why a tjekliste from a file or a link is refused: the reason, then the whole message. */
export const IMPORT_REASONS = {
  form: 'tjeklisten har forkert form',
  name: `navnet mangler eller er for langt (højst ${LIMITS.nameLength} tegn)`,
  id: (id: string) => `et punkt har et navn, siden ikke kender: »${id}«`,
  shape: (id: string) => `punktet »${id}« har forkert form`,
  note: (id: string) => `noten til »${id}« er for lang eller ikke tekst (højst ${LIMITS.noteLength} tegn)`,
  items: 'punkterne mangler eller har forkert form',
  count: `for mange punkter (højst ${LIMITS.items})`,
  refused: (reason: string) => `Tjeklisten kunne ikke læses: ${reason}.`,
};

/** Why a backup file cannot be opened. */
export const FILE_MESSAGES = {
  notABackup:
    'Filen kunne ikke læses: den er ikke en sikkerhedskopi, eller den er beskadiget. Intet er ændret. Vælg ' +
    'en fil, du har gemt med »Gem sikkerhedskopi«.',
  foreign:
    'Filen er ikke en sikkerhedskopi af en tjekliste fra Partnerskabsguiden. Intet er ændret. Vælg en anden fil.',
  damaged: 'Filen er beskadiget, så siden kan ikke læse den. Intet er ændret. Vælg en anden fil.',
  newer:
    'Filen er gemt med en nyere udgave af Partnerskabsguiden og kan ikke læses her. Intet er ændret. ' +
    'Genindlæs siden, og prøv igen.',
  invalid: (reason: string) => `Filen kunne ikke importeres: ${reason}. Intet er ændret.`,
};

/** Why a share link cannot be read. */
export const SHARE_MESSAGES = {
  tooLong: (chars: number, max: number) =>
    `Linket er for langt (${chars.toLocaleString('da-DK')} tegn). Links over ` +
    `${max.toLocaleString('da-DK')} tegn går let i stykker i e-mails. Brug »Gem sikkerhedskopi«, og send ` +
    `filen i stedet.`,
  damaged:
    'Linket er beskadiget eller ufuldstændigt, så tjeklisten kan ikke læses. Måske er det blevet afkortet ' +
    'i en e-mail. Bed om et nyt link eller en sikkerhedskopi. Intet er ændret.',
  foreign: 'Linket er ikke en delt tjekliste fra Partnerskabsguiden. Intet er ændret.',
  newer: 'Linket er lavet med en nyere udgave af Partnerskabsguiden og kan ikke læses her. Intet er ændret.',
  /** The import's own validation message ("Tjeklisten kunne ikke læses: …"). */
  invalid: (storeMessage: string) => `${storeMessage} Intet er ændret.`,
};

/** The labels of the controls only JavaScript makes (controls.ts): »Flere valg«, the share link, the preview. */
export const CONTROLS = {
  switchTo: 'Skift tjekliste',
  create: 'Ny tjekliste',
  rename: 'Omdøb',
  remove: 'Slet',
  save: 'Gem',
  cancel: 'Annullér',
  confirmRemove: 'Ja, slet tjeklisten',
  backup: 'Sikkerhedskopi',
  saveBackup: 'Gem sikkerhedskopi',
  openBackup: 'Åbn sikkerhedskopi',
  otherFormats: 'Andre formater:',
  agendaFile: 'tekstfil til en dagsorden',
  link: 'Link til tjeklisten',
  copyLink: 'Kopiér linket',
  copyByHand: 'Teksten til at kopiere selv',
  shared: 'En delt tjekliste',
  saveShared: 'Gem som ny tjekliste',
  mergeShared: 'Flet ind',
};

/** »Flere valg«: switch, new, rename, delete. */
export const PANEL = {
  newName: 'Navn på den nye tjekliste',
  rename: (name: string) => `Nyt navn til »${name}«`,
  askDelete: (name: string) =>
    `Vil du slette tjeklisten »${name}« med alle dens afkrydsninger og noter? Det kan ikke fortrydes.`,
  deleted: (name: string, now: string) => `Tjeklisten »${name}« er slettet. Nu vises tjeklisten »${now}«.`,
  chosen: (name: string) => `Tjeklisten »${name}« er valgt.`,
  created: (name: string) => `Tjeklisten »${name}« er oprettet og valgt.`,
  renamed: (name: string) => `Tjeklisten hedder nu »${name}«.`,
};

/** Copy, print, backup and the other formats. */
export const EXPORT = {
  date: longDate,
  /** A document's first words: of the whole tjekliste, or of the step or phase `part` names. */
  from: (part?: string) => (part ? `${part} fra Partnerskabsguidens tjekliste` : 'Tjekliste fra Partnerskabsguiden'),
  exported: (date: Date): string => `eksporteret ${EXPORT.date(date)}`,
  doneCount: (done: number, total: number) => `${done} af ${total} punkter er klaret.`,
  /** The last section of a whole tjekliste: what was saved for items the guide no longer has. */
  orphans: 'Punkter, der ikke længere står i guiden',
  noOutline: 'Procesguidens punkter kunne ikke hentes, så der er intet eksporteret. Tjek forbindelsen, og prøv igen.',
  copied: (name: string, part?: string) =>
    `${part ? `${part} fra tjeklisten »${name}«` : `Tjeklisten »${name}«`} er kopieret. ` +
    'Indsæt den i en e-mail eller et dokument.',
  copyRefused: 'Browseren tillod ikke at kopiere. Teksten står i feltet herunder: markér den, og kopiér den selv.',
  printing: 'Udskriftsvinduet åbnes.',
  phasePart: (label: string) => `Fasen ${label}`,
  stepPart: (title: string) => `Trinnet »${title}«`,
  unreadableFile: 'Filen kunne ikke læses. Intet er ændret. Prøv igen, eller vælg en anden fil.',
  nothingChanged: 'Intet er ændret.',
  opened: (name: string) => `Tjeklisten »${name}« er åbnet fra sikkerhedskopien og vist her.`,
};

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Under the share link: what a link is and is not. */
export const SHARE_HINT =
  'Linket er en kopi af tjeklisten, som den er nu, med afkrydsninger og noter. Alle, der får det, kan se dem. ' +
  'Ændringer, du laver bagefter, kommer ikke med: lav et nyt link. Din kollega kan flette linket ind i sin egen ' +
  'tjekliste og sende et link tilbage, som du kan flette ind i din.';

/** »Del«: the link, and the preview of a received one. */
export const SHARE = {
  tooBig: (chars: number, max: number) =>
    `Tjeklisten er for stor til et link (${chars.toLocaleString('da-DK')} tegn; højst ` +
    `${max.toLocaleString('da-DK')}, før links går i stykker i e-mails). Brug »Gem sikkerhedskopi«, og ` +
    `send filen i stedet.`,
  ready: (name: string) =>
    `Linket til »${name}« er klart. Kopiér det, og send det til din kollega. Alle, der får linket, kan se ` +
    `afkrydsninger og noter.`,
  copied: 'Linket er kopieret. Indsæt det i en e-mail til din kollega.',
  copyRefused: 'Browseren tillod ikke at kopiere. Linket er markeret i feltet: kopiér det selv.',
  /** The preview's heading line. */
  title: (name: string) => `Delt tjekliste: »${name}«`,
  sharedWhen: (at: Date | null) =>
    at
      ? `Delt ${EXPORT.date(at)} kl. ${at.toLocaleTimeString('da-DK', TIME)}.`
      : 'Linket siger ikke, hvornår det blev delt.',
  counts: (done: number, total: number, notes: number) =>
    `${done} af ${total} punkter klaret, ${count(notes, 'note', 'noter')}.`,
  nothingInIt: 'Der er ingen flueben eller noter i linket.',
  done: 'Klaret',
  notDone: 'Ikke klaret',
  note: 'Note:',
  /** Items the guide does not have (retired, or from another version): shown, never used. */
  unknown: (n: number) =>
    `${count(n, 'punkt', 'punkter')} i linket findes ikke i procesguiden nu og bliver ikke brugt.`,
  newer: 'Linket er lavet med en nyere udgave af sitet. Det, denne side ikke kender, er udeladt.',
  readOnly: 'Linket er en kopi af tjeklisten, som den var, da den blev delt. Intet er gemt endnu.',
  mergeInto: (name: string) => `Flet ind i »${name}«`,
  close: 'Luk',
  closed: 'Den delte tjekliste er lukket. Intet er ændret.',
  saved: (name: string) => `»${name}« er gemt som en ny tjekliste og valgt.`,
  merged: (ticks: number, notes: number, name: string) =>
    `${count(ticks, 'punkt', 'punkter')} og ${count(notes, 'note', 'noter')} kom fra linket ind i »${name}«.`,
  mergedNothing: (name: string) => `Intet nyt i linket: »${name}« havde allerede det hele. Intet er ændret.`,
  undo: 'Fortryd fletningen',
  undone: (name: string) => `Fletningen er fortrudt. »${name}« er som før.`,
  mergeNotSaved:
    'Fletningen kunne ikke gemmes: browserens lager er fuldt eller spærret, eller det gemte er fra en ' +
    'nyere udgave af sitet. Intet er ændret, og linket virker stadig.',
};

/** The note editor and the notices. */
export const NOTE = {
  orphaned:
    'Den gemte tjekliste, du skrev noten i, er slettet i et andet vindue. Teksten står stadig i feltet, ' +
    'men gemmes ikke. Kopiér den, før du forlader siden.',
  closeNotice: 'Luk beskeden',
  /** The note field's visible label, and what a screen reader hears after it. */
  label: 'Note',
  labelFor: (item: string) => ` til: ${item}`,
  saved: 'Gemt i denne browser.',
  notSaved:
    'Ikke gemt: siden kan ikke gemme lige nu (se beskeden over tjeklisten). Teksten står her, til du lukker siden.',
};

/** The words of one of the store's notices. */
export function noticeText(notice: Notice): string {
  if (notice.kind === 'corrupt' || notice.kind === 'repaired') return MESSAGES[notice.kind](notice.backupKey ?? null);
  return MESSAGES[notice.kind];
}
