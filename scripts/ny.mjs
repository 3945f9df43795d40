#!/usr/bin/env node
// Starts a new content file with every field of its schema, each commented in
// Danish with what goes there and where in the sources to find it:
//
//   npm run ny -- case <id>           src/content/cases/<id>.mdx (next free number)
//   npm run ny -- note <id>           src/content/viden/<id>.mdx
//   npm run ny -- trin <fase> <id>    src/content/guide/<fase>/<NN>-<id>.mdx (next free order)
//
// The file builds as written: required fields hold a "TODO" the build warns
// about (file and line), optional ones are commented out. Nothing is invented.
// Runs under `npm run`, which puts the project's Node 24 first on PATH (it
// reads the vocabularies straight from src/lib/vocabularies.ts).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { needs, noteTypes, partnerTypes, phases, preconditions, themes } from '../src/lib/vocabularies.ts';
import { slugify } from '../src/lib/slug.ts';
import { CASE_COLLECTION_FILE } from '../src/lib/sources.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const USAGE = 'Brug: npm run ny -- case <id> | note <id> | trin <fase> <id>   (fx npm run ny -- case groen-by)';

/** A refusal the author can act on (Danish). */
export class NyError extends Error {}

const choices = (vocabulary) => vocabulary.terms.map((t) => `${t.id} (${t.label})`).join(', ');

/** Refuses an id with æøå, capitals, spaces or other characters, suggesting a usable one. */
export function checkId(id) {
  if (!id) throw new NyError(`Der mangler et id. ${USAGE}`);
  if (ID.test(id)) return id;
  const suggestion = slugify(id);
  const why = /[æøåÆØÅ]/.test(id)
    ? 'indeholder æ, ø eller å (adresser på sitet er uden æøå)'
    : 'må kun have små bogstaver a-z, tal og bindestreg mellem ordene';
  throw new NyError(`Id'et "${id}" ${why}.${suggestion && ID.test(suggestion) ? ` Brug fx "${suggestion}".` : ''}`);
}

function frontmatterOf(file) {
  const text = readFileSync(file, 'utf8');
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  return match ? (load(match[1]) ?? {}) : {};
}

const mdxIn = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
    : [];

/** The next case number: one more than the highest in use (numbers run 1, 2, 3 … without gaps). */
export function nextCaseNumber(casesDir) {
  const numbers = mdxIn(casesDir)
    .map((f) => Number(frontmatterOf(join(casesDir, f)).number))
    .filter(Number.isInteger);
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

/** The next order in a phase of the guide. */
export function nextStepOrder(phaseDir) {
  const orders = mdxIn(phaseDir)
    .map((f) => Number(frontmatterOf(join(phaseDir, f)).order))
    .filter(Number.isInteger);
  return orders.length ? Math.max(...orders) + 1 : 1;
}

const SOURCES =
  'Kilderne ligger i sources/ (sources/README.md forklarer dem); ' +
  '2014-samlingen er oim-2014-inspiration-til-partnerskaber-case-samling.txt.';

/** The sources the editor can pick from, for the comment above `sourceFile`. */
const sourceFiles = (root) =>
  existsSync(join(root, 'sources'))
    ? readdirSync(join(root, 'sources'))
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];

const HOW = `# Filen bygger, som den er: hvor der står TODO, skal du skrive ud fra kilden. Bygget skriver en advarsel
# med fil og linje for hvert TODO, der er tilbage. Felter, der står som kommentar (# felt:), er valgfrie:
# fjern # foran, hvis kilden siger noget om dem.`;

export function caseTemplate(number) {
  return `---
# Ny case. Alt skal komme fra kilden: skriv intet, den ikke siger.
# ${SOURCES}
${HOW}

# Casens plads i samlingen: næste ledige nummer (1, 2, 3 … uden huller).
number: ${number}
# Casens overskrift, som kilden skriver den (i 2014-samlingen: overskriften over casen).
title: "TODO: casens overskrift"
# Kort titel til kort og tabeller, få ord (fx »Fuldkorn på menuen«).
shortTitle: "TODO: kort titel"
# Partnerskabets eget navn, som kilden skriver det.
partnership: "TODO: partnerskabets navn"
# En til to sætninger om casen til kort og søgeresultater, højst 200 tegn.
description: "TODO: en til to sætninger om casen"
# Den statslige myndighed, der står i spidsen (casens indledning).
leadAuthority: "TODO: den statslige myndighed"
# Partnerne, som kilden nævner dem, én pr. linje (casens indledning og afsnittet om organisering).
partners:
  - "TODO: første partner"
# Mindst to partnertyper (stat er myndigheden i spidsen). Mulige: ${choices(partnerTypes)}.
partnerTypes:
  - stat
  - ikke-oplyst # TODO: vælg partnernes typer
# Valgfri: start og slut, kun hvor teksten giver dem. text er kildens egne ord (fx »I perioden 2009-2013«).
# period:
#   start: 2009
#   end: 2013
#   text: I perioden 2009-2013
# Mindst ét tema. Mulige: ${choices(themes)}.
themes:
  - ${themes.ids[0]} # TODO: vælg casens temaer
# Hvilke af samlingens fire behov casen svarer på (2014-samlingen: »Partnerskaber udspringer af behov«).
# Mulige: ${choices(needs)}.
needs:
  - ${needs.ids[0]} # TODO: vælg de behov, casen svarer på
# Valgfri: forudsætninger for succes, som casen viser (2014-samlingen: »Forudsætninger for succes«).
# Mulige: ${choices(preconditions)}.
preconditions: []
# Valgfri: hvordan partnerskabet finansieres (i 2014-samlingen: afsnittet »Finansiering«, hvor det findes).
# funding: Partnerne betaler et årligt bidrag.
# Valgfri: styregruppe, arbejdsgrupper, sekretariat … én pr. linje (casens afsnit om organisering).
organisation: []
# Valgfri: målte effekter med tal præcis som kilden skriver dem (i 2014-samlingen: afsnittet »Effekter«).
effects: []
# Personer og dokumenter under casens »Kilder« (sidst i casen), mindst én. Fx:
#   - person: Navn Efternavn
#     role: kildens ord efter navnet, fx »kontorchef i Miljøstyrelsen«
#   - document: Dokumentets titel
#     publisher: udgiveren, hvis kilden nævner den
kilder:
  - document: "TODO: dokument eller person under casens »Kilder«"
# Kildeteksten i sources/, casen kommer fra (2014-samlingen, medmindre casen har sin egen kilde).
sourceFile: ${CASE_COLLECTION_FILE}
# Valgfri: søgeord, sagen handler om, men ikke bruger i teksten (synonymer). Vises aldrig som fakta.
keywords: []
# Aftalesiden: hvad casens tekst siger om partnerskabsaftalen, med kildens egne ord; null, hvor kilden intet
# siger. heading: overskriften i casen, aftalen står under (udelad den, hvis teksten ikke beskriver en aftale).
# TODO: null betyder »kilden oplyser ikke«; skriv kildens ord, hvor casen beskriver aftalen.
agreement:
  # heading: "Overskriften i casen"
  kind: null
  signedBy: null
  scope: null
  covered: null
---

{/* TODO: casens tekst her, trofast efter kilden. Citater ordret, med »Kort sagt«-bokse som <KortSagt>. */}
`;
}

export function noteTemplate(files = []) {
  return `---
# Ny vidensnote (notat, rapport, nyhed eller vejledning). Alt skal komme fra kilden: skriv intet, den ikke siger.
# ${SOURCES}
${HOW}

# Tekstens titel, som kilden skriver den.
title: "TODO: tekstens titel"
# En til to sætninger om teksten til kort og søgeresultater, højst 200 tegn (ofte tekstens indledning).
description: "TODO: en til to sætninger om teksten"
# Teksttypen, som kilden kalder sig selv (fx »Notat« øverst). Mulige: ${choices(noteTypes)}.
type: ${noteTypes.ids[0]} # TODO: vælg teksttypen
# Udgiveren, som kilden nævner den. Skriv null, hvis kilden ikke nævner sin udgiver (gæt aldrig).
publisher: "TODO: udgiveren, eller null"
# Valgfri: forfatterne (fx linjen »Forfattere:« i KORA's notater).
authors: []
# Valgfri: datoen, som kilden skriver den (fx linjen »Udgivet: September 2014«).
# dateText: September 2014
# Valgfri: udgivelsesåret som tal, kun hvis kilden giver det.
# year: 2014
# Valgfri: hvem der har finansieret arbejdet (fx »Finansieret af«).
# funder: Navnet fra kilden
# Valgfri: kildens egne vidensområder (fx »Vidensområder« i KORA's notater).
knowledgeAreas: []
# Mindst ét tema. Mulige: ${choices(themes)}.
themes:
  - ${themes.ids[0]} # TODO: vælg tekstens temaer
# Valgfri: én linjes sammenhæng, fx at KORA og SFI er fusioneret til VIVE.
# context: KORA og SFI er siden fusioneret til VIVE.
# Kildefilens navn i sources/. Mulige: ${files.join(', ') || 'se sources/'}.
sourceFile: ${files[0] ?? 'TODO'} # TODO: vælg kildefilen
# Valgfri: søgeord, teksten handler om, men ikke bruger (synonymer). Vises aldrig som fakta.
keywords: []
---

{/* TODO: tekstens afsnit her (Konklusion, Anbefalinger, Baggrund, Metode …), trofast efter kilden. */}
`;
}

export function stepTemplate(phase, order, id = 'nyt-trin') {
  return `---
# Nyt trin i procesguiden. Teksten skrives her ud fra kilderne; hvert trin henviser til mindst én kilde.
# ${SOURCES}
${HOW}

# Fasen: ${choices(phases)}. Filen ligger i mappen for fasen.
phase: ${phase}
# Trinnets plads i fasen: næste ledige nummer (samme tal som filnavnets begyndelse).
order: ${order}
# Trinnets overskrift: en opfordring i du-form (fx »Evaluér resultaterne«).
title: "TODO: trinnets overskrift"
# En til to sætninger om trinnet, højst 200 tegn.
description: "TODO: en til to sætninger om trinnet"
# Mindst ét tema. Mulige: ${choices(themes)}.
themes:
  - ${themes.ids[0]} # TODO: vælg trinnets temaer
# Tjeklistens punkter. Hvert id skrives i hånden og ændres aldrig, når det er udgivet (gemte afkrydsninger
# hænger på det); små bogstaver, tal og bindestreg, unikt i hele guiden, aldrig et udgået id.
# Tilføj nye id'er til listen over udgivne id'er (src/content/tjekliste/udgivne-id.json).
items:
  - id: ${id}-1 # TODO: giv punktet et id, der siger, hvad det handler om
    text: "TODO: tjeklistepunktets tekst"
# De cases, noter eller samlingens kapitler, der bærer trinnet, mindst én. kind er case, viden eller samling;
# id er filnavnet uden .mdx; note siger med få ord, hvad i kilden der bærer trinnet.
evidence:
  - kind: samling # TODO: case, viden eller samling
    id: indledning # TODO: filnavnet uden .mdx
    note: "TODO: hvad i kilden der bærer trinnet"
# Valgfri: søgeord, trinnet handler om, men ikke bruger (synonymer). Vises aldrig som fakta.
keywords: []
---

{/* TODO: trinnets tekst her, med links til de cases og noter, det bygger på. */}
`;
}

const ensureNew = (file, what, id, root) => {
  if (existsSync(file))
    throw new NyError(`Der findes allerede ${what} med id'et "${id}": ${relative(root, file)}. Vælg et andet id.`);
};

/**
 * Writes the new file under `root`; returns its path relative to root and
 * the number or order it got.
 * @param {string[]} argv  e.g. ['case', 'groen-by'] or ['trin', 'foer', 'nyt-trin']
 */
export function createEntry(argv, root = process.cwd()) {
  const [kind, ...rest] = argv;
  const content = join(root, 'src', 'content');
  let file;
  let text;
  let position;
  if (kind === 'case' || kind === 'note') {
    if (rest.length !== 1) throw new NyError(USAGE);
    const id = checkId(rest[0]);
    const dir = join(content, kind === 'case' ? 'cases' : 'viden');
    file = join(dir, `${id}.mdx`);
    ensureNew(file, kind === 'case' ? 'en case' : 'en note', id, root);
    position = kind === 'case' ? nextCaseNumber(dir) : undefined;
    text = kind === 'case' ? caseTemplate(position) : noteTemplate(sourceFiles(root));
  } else if (kind === 'trin') {
    if (rest.length !== 2) throw new NyError(USAGE);
    const [phase, rawId] = rest;
    if (!phases.ids.includes(phase))
      throw new NyError(`Ukendt fase "${phase}". Faserne hedder: ${phases.ids.join(', ')}.`);
    const id = checkId(rawId);
    for (const other of phases.ids) {
      const clash = mdxIn(join(content, 'guide', other)).find((f) => f.replace(/^\d+-/, '') === `${id}.mdx`);
      if (clash) ensureNew(join(content, 'guide', other, clash), 'et trin', id, root);
    }
    const dir = join(content, 'guide', phase);
    position = nextStepOrder(dir);
    file = join(dir, `${String(position).padStart(2, '0')}-${id}.mdx`);
    text = stepTemplate(phase, position, id);
  } else {
    throw new NyError(kind ? `Ukendt indholdstype "${kind}". ${USAGE}` : USAGE);
  }
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  return { file: relative(root, file), position };
}

function main() {
  try {
    const { file, position } = createEntry(process.argv.slice(2));
    const kind = process.argv[2];
    const where = kind === 'case' ? ` (case nr. ${position})` : kind === 'trin' ? ` (trin ${position} i fasen)` : '';
    console.log(`Oprettede ${file}${where}.`);
    console.log(
      'Skriv ud fra kilden, hvor der står TODO, og kør npm run build: bygget nævner hvert TODO, der er tilbage.',
    );
  } catch (err) {
    if (!(err instanceof NyError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
