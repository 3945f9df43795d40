/**
 * What a partnership agreement can contain, as the sources name it. Each
 * element carries our own guiding question (marked as ours on the page and in
 * the template) and the passages that show it: the entry, the heading the
 * passage stands under (the link's anchor) and a short verbatim quote from
 * the source text. A part a jurist expects that no source names as content of
 * an agreement is marked `suggestion: true` (the site's suggestion, said so on
 * the page and in the template); it names no law or requirement, since the
 * sources state none.
 */
import type { AgreementElement } from './agreement';

export const agreementElements: AgreementElement[] = [
  {
    id: 'parterne',
    title: 'Parterne',
    question:
      'Hvem er parterne i aftalen – hvilke myndigheder, organisationer eller virksomheder – og hvem taler på vegne af hver af dem?',
    suggestion: true,
    passages: [],
  },
  {
    id: 'formaal-og-faelles-maal',
    title: 'Formål og fælles mål',
    question: 'Hvad er partnerskabets formål, og hvilket fælles mål forpligter alle partnere sig på?',
    passages: [
      {
        kind: 'samling',
        id: 'forudsaetninger',
        heading: 'Fælles mål',
        quote:
          'Det er aftalen om det fælles mål og aktiviteterne, der skal fremme målet, samt hver enkelt partners ansvar og konkrete forpligtelser, der gør partnerskabet forpligtende i modsætning til mere uformelle netværk.',
      },
      {
        kind: 'case',
        id: 'fuldkorn',
        heading: 'Etablering af en formel organisation',
        quote: 'I samarbejdsaftalen forpligter partnerne sig på ét fælles mål',
      },
      {
        kind: 'case',
        id: 'groenne-indkoeb',
        heading: 'Partnerskabsaftalen underskrives af den øverste politiske ledelse',
        quote:
          'Hvert partnerskabsmedlem underskriver en partnerskabsaftale, hvor de bl.a. forpligter sig til at overholde målene i partnerskabet.',
      },
      {
        kind: 'case',
        id: 'hjemloesestrategien',
        heading: 'Konkrete målsætninger forpligter – lokalt og nationalt',
        quote: 'hvor kommunerne forpligtede sig til at arbejde med de relevante målsætninger',
      },
      {
        kind: 'case',
        id: 'hjemloesestrategien',
        heading: 'Konkrete målsætninger forpligter – lokalt og nationalt',
        quote: 'Den enkelte kommunalbestyrelse vedtog både beslutning om hvilke målsætninger, der skulle arbejdes med',
      },
    ],
  },
  {
    id: 'aktiviteter',
    title: 'Aktiviteter og spor',
    question: 'Hvilke aktiviteter skal fremme målet, og i hvilke spor eller indsatsområder arbejder I?',
    passages: [
      {
        kind: 'samling',
        id: 'forudsaetninger',
        heading: 'Fælles mål',
        quote: 'Det er aftalen om det fælles mål og aktiviteterne, der skal fremme målet',
      },
      {
        kind: 'case',
        id: 'videnskredsloeb',
        heading: 'En partnerskabsaftale med tre spor',
        quote: 'I udgangspunktet vil partnerskabsaftalen løbe i tre spor, der gensidigt kvalificerer hinanden',
      },
    ],
  },
  {
    id: 'ansvar-og-forpligtelser',
    title: 'Hver partners ansvar og forpligtelser',
    question: 'Hvad har hver partner ansvaret for, og hvad forpligter hver enkelt sig konkret til?',
    passages: [
      {
        kind: 'samling',
        id: 'forudsaetninger',
        heading: 'Fælles mål',
        quote:
          'De enkelte partners konkrete ansvar, forpligtelser og rettigheder kan beskrives i en særskilt partnerskabsaftale',
      },
      {
        kind: 'case',
        id: 'fuldkorn',
        heading: 'Etablering af en formel organisation',
        quote:
          'en partnerskabsaftale med hver enkelt partner, der beskriver ansvar og forpligtelser, deltagerbidrag mv.',
      },
      {
        kind: 'case',
        id: 'noeglehullet',
        heading: 'En klar aftale',
        quote: 'Aftalen gør også klart, hvordan de enkelte deltagere forventes at bidrage til arbejdet.',
      },
      {
        kind: 'case',
        id: 'hjemloesestrategien',
        heading: 'Konkrete målsætninger forpligter – lokalt og nationalt',
        quote:
          'Partnerskabsmodellen sikrer samtidig, at det nationale niveau, i dette tilfælde departementet, binder sig til de aftaler, der er indgået.',
      },
    ],
  },
  {
    id: 'hvorfor-med',
    title: 'Hvorfor hver partner er med',
    question: 'Hvorfor deltager hver enkelt partner, og hvad er hver partners interesse i samarbejdet?',
    passages: [
      {
        kind: 'case',
        id: 'noeglehullet',
        heading: 'En klar aftale',
        quote:
          'Samarbejdet er styret af en klar, nedskrevet aftale, hvor det bl.a. fremgår, hvorfor de enkelte partnere deltager i samarbejdet',
      },
    ],
  },
  {
    id: 'rettigheder',
    title: 'Rettigheder',
    question: 'Hvad får hver partner adgang til eller ret til gennem partnerskabet?',
    passages: [
      {
        kind: 'case',
        id: 'fuldkorn',
        heading: 'Etablering af en formel organisation',
        quote: 'rettigheder, herunder adgang til branding, logo, viden, arbejdsgruppedeltagelse og sekretariatsbistand',
      },
      {
        kind: 'samling',
        id: 'forudsaetninger',
        heading: 'Fælles mål',
        quote: 'De enkelte partners konkrete ansvar, forpligtelser og rettigheder',
      },
    ],
  },
  {
    id: 'oekonomi-og-bidrag',
    title: 'Økonomi og bidrag',
    question: 'Hvordan finansieres samarbejdet, og hvad bidrager hver partner med: penge, arbejdsindsats eller andet?',
    passages: [
      {
        kind: 'case',
        id: 'fuldkorn',
        heading: 'Etablering af en formel organisation',
        quote: 'en klar samarbejdsaftale, der beskriver formål, økonomi, ansvar, forpligtelser, rettigheder',
      },
      {
        kind: 'case',
        id: 'noeglehullet',
        heading: 'En klar aftale',
        quote: 'deltagelse i Arbejdsgruppen, markedsføringsindsats, økonomiske bidrag eller andet',
      },
      {
        kind: 'case',
        id: 'hjemloesestrategien',
        heading: 'Konkrete målsætninger forpligter – lokalt og nationalt',
        quote: 'Kommunerne forpligtede sig ligeledes til at medfinansiere projektet',
      },
    ],
  },
  {
    id: 'organisering-og-moeder',
    title: 'Organisering, møder og retningslinjer',
    question:
      'Hvordan organiserer I samarbejdet: hvilke møder, hvor ofte, på hvilket ledelsesniveau, og efter hvilke retningslinjer?',
    passages: [
      {
        kind: 'case',
        id: 'socialomraadet',
        heading: 'Fælles løsninger og tæt dialog',
        quote: 'Som en del af aftalen holdes der faste møder på direktør- og kontorchefniveau.',
      },
      {
        kind: 'case',
        id: 'fuldkorn',
        heading: 'På jagt efter partnere',
        quote: 'en forpligtende partnerskabsaftale med klare fælles mål og retningslinjer for samarbejdet',
      },
      {
        kind: 'case',
        id: 'hjemloesestrategien',
        heading: 'Konkrete målsætninger forpligter – lokalt og nationalt',
        quote:
          'til at angive en organisering, der demonstrerede den ledelses-, styrings- og procesmæssige forankring af hjemløshedsindsatsen',
      },
    ],
  },
  {
    id: 'varighed-og-ophoer',
    title: 'Varighed og ophør',
    question:
      'Hvornår begynder samarbejdet, hvor længe løber aftalen, og hvordan kan en partner træde ud, eller partnerskabet slutte?',
    suggestion: true,
    passages: [],
  },
  {
    id: 'aendringer',
    title: 'Ændringer i aftalen',
    question: 'Hvordan ændrer I aftalen undervejs: hvem kan foreslå en ændring, og hvem skal sige ja til den?',
    suggestion: true,
    passages: [],
  },
  {
    id: 'uenighed-og-tvister',
    title: 'Uenighed og tvister',
    question: 'Hvordan tager I en uenighed op mellem partnerne, og hvad gør I, hvis I ikke kan blive enige?',
    suggestion: true,
    passages: [
      {
        kind: 'case',
        id: 'socialomraadet',
        heading: 'Fem forudsætninger for succes',
        quote: 'Partnerskabet er et forum for drøftelse, og der skal derfor være plads til uenighed.',
      },
      {
        kind: 'case',
        id: 'groen-skibsfart',
        heading: 'Accept af uenighed er et grundvilkår',
        quote: 'begge parter skal være villige til at acceptere, at der er områder, hvor der forsat vil være uenighed',
      },
    ],
  },
  {
    id: 'oplysninger-og-fortrolighed',
    title: 'Oplysninger og fortrolighed',
    question:
      'Hvilke oplysninger deler I, hvad er fortroligt, og hvem må bruge det, I deler – også når samarbejdet slutter?',
    suggestion: true,
    passages: [
      {
        kind: 'case',
        id: 'socialomraadet',
        heading: 'Fem forudsætninger for succes',
        quote: 'Samarbejdet er baseret på gensidig åbenhed og fortrolighed.',
      },
    ],
  },
  {
    id: 'underskrivere',
    title: 'Hvem underskriver',
    question:
      'Hvem underskriver aftalen hos hver partner, og på hvilket niveau: politisk ledelse, direktion eller andet?',
    passages: [
      {
        kind: 'case',
        id: 'groenne-indkoeb',
        heading: 'Partnerskabsaftalen underskrives af den øverste politiske ledelse',
        quote: 'Partnerskabsaftalen underskrives af den øverste politiske ledelse i organisationen',
      },
      {
        kind: 'case',
        id: 'socialomraadet',
        heading: 'Fælles løsninger og tæt dialog',
        quote:
          "Der er lavet en partnerskabsaftale mellem de politiske ledere, som er underskrevet af hhv. KL's daværende formand og daværende social- og integrationsminister.",
      },
      {
        kind: 'samling',
        id: 'forudsaetninger',
        heading: 'Fælles mål',
        quote: 'der underskrives af partnerskabet og den respektive partner',
      },
    ],
  },
  {
    id: 'en-eller-flere-aftaler',
    title: 'Én fælles aftale eller én med hver partner',
    question:
      'Skal der være én aftale for hele partnerskabet, en særskilt aftale med hver partner eller begge dele? Og skal der være aftaler med parter uden for partnerskabet?',
    passages: [
      {
        kind: 'case',
        id: 'fuldkorn',
        heading: 'Etablering af en formel organisation',
        quote: 'samt en partnerskabsaftale med hver enkelt partner',
      },
      {
        kind: 'case',
        id: 'hjemloesestrategien',
        heading: 'Konkrete målsætninger forpligter – lokalt og nationalt',
        quote:
          'Kommunerne og ministeriet indgik konkrete samarbejdsaftaler med udgangspunkt i den enkelte kommunes hjemløseprofil',
      },
      {
        kind: 'case',
        id: 'groenne-indkoeb',
        heading: 'Skubber markedet i en grøn retning',
        quote: 'Ligeledes er der etableret en samarbejdsaftale med Statens og Kommunernes Indkøbsservice (SKI)',
      },
    ],
  },
];
