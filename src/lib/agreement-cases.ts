/**
 * How each case's agreement looked, as far as its case text says: one entry
 * per case id in the collection (a case without an entry stops the build, see
 * ./agreement). `null` means the source is silent; the page then says
 * "kilden oplyser ikke". `heading` is the case page heading under which the
 * agreement is described (the table links to it); absent when the text never
 * describes an agreement.
 */
import type { CaseAgreement } from './agreement';

export const caseAgreements: Record<string, CaseAgreement> = {
  'groenne-indkoeb': {
    heading: 'Partnerskabsaftalen underskrives af den øverste politiske ledelse',
    kind: 'Partnerskabsaftale; desuden en samarbejdsaftale med Statens og Kommunernes Indkøbsservice (SKI)',
    signedBy: 'Den øverste politiske ledelse i hver organisation: borgmester, regionsrådsformand eller minister',
    scope:
      'Hvert partnerskabsmedlem underskriver en partnerskabsaftale; om den er fælles eller særskilt, oplyser kilden ikke',
    covered: 'Bl.a. at medlemmet forpligter sig til at overholde målene i partnerskabet',
  },
  videnskredsloeb: {
    heading: 'En partnerskabsaftale med tre spor',
    kind: 'Partnerskabsaftale',
    signedBy: null,
    scope: null,
    covered:
      'I udgangspunktet tre spor: grunduddannelsen til socialrådgiver og pædagog; efter- og videreuddannelse; vidensudvikling på det sociale og pædagogiske område',
  },
  socialomraadet: {
    heading: 'Fælles løsninger og tæt dialog',
    kind: 'Partnerskabsaftale mellem de politiske ledere (indgået i november 2011)',
    signedBy: 'KL’s daværende formand og daværende social- og integrationsminister',
    scope: 'Én aftale mellem ministeriet og KL',
    covered: 'Bl.a. faste møder på direktør- og kontorchefniveau',
  },
  hjemloesestrategien: {
    heading: 'Konkrete målsætninger forpligter – lokalt og nationalt',
    kind: 'Samarbejdsaftaler mellem ministeriet og kommunerne',
    signedBy:
      'Kilden oplyser ikke, hvem der underskrev; hver kommunalbestyrelse vedtog målsætningerne og kommunens mål frem til 2012',
    scope: 'Én med hver kommune, ud fra kommunens hjemløseprofil',
    covered: 'De relevante målsætninger, som kommunen forpligtede sig til at arbejde med',
  },
  fuldkorn: {
    heading: 'Etablering af en formel organisation',
    kind: 'Samarbejdsaftale og partnerskabsaftaler',
    signedBy: null,
    scope: 'Begge dele: én samarbejdsaftale og en partnerskabsaftale med hver enkelt partner',
    covered:
      'Samarbejdsaftalen: formål, økonomi, ansvar, forpligtelser, rettigheder (branding, logo, viden, arbejdsgruppedeltagelse, sekretariatsbistand) og ét fælles mål. Partnerskabsaftalen: ansvar, forpligtelser, deltagerbidrag mv.',
  },
  'groen-skibsfart': { kind: null, signedBy: null, scope: null, covered: null },
  'patientsikker-kommune': { kind: null, signedBy: null, scope: null, covered: null },
  noeglehullet: {
    heading: 'En klar aftale',
    kind: 'En klar, nedskrevet aftale',
    signedBy: null,
    scope: null,
    covered: 'Bl.a. hvorfor de enkelte partnere deltager, og hvordan de enkelte deltagere forventes at bidrage',
  },
  'sundere-liv-for-alle': { kind: null, signedBy: null, scope: null, covered: null },
};
