/** Business customers: never the private pickup (§11, Decision 4). */
import { eur } from '../format.ts';
import { entries, page } from './shared.ts';

export const businessEntries = entries([
  {
    id: 'business-waste',
    topic: 'business',
    questions: {
      nl: [
        'Kan ik afval van mijn bedrijf als grofvuil aanbieden?',
        'ik heb een bedrijf, kunnen jullie grofvuil ophalen',
        'kantoormeubels van mijn bedrijf weggooien',
        'zzp afval laten ophalen',
        'grofvuil voor bedrijven',
        'mag bedrijfsafval mee met het grofvuil',
        'bedrijfsafval als grofvuil aanbieden',
        'afval van mijn bedrijf laten ophalen',
        'ik ben ondernemer, waar kan ik met mijn bedrijfsafval heen',
      ],
      en: [
        'Can business waste go with bulky waste?',
        'I have a company, can you collect bulky waste',
        'office furniture from my business',
      ],
      tr: ['İşletme atığı büyük atık olarak verilebilir mi?'],
      ar: ['هل يمكن وضع نفايات الشركات كنفايات كبيرة؟'],
    },
    keywords: ['bedrijf', 'bedrijfsafval', 'zakelijk', 'ondernemer', 'kantoor', 'business', 'company'],
    url: (rules) => rules.alternatives.business_service.url,
    answer: (rules) => ({
      nl: `Nee, de grofvuilophaaldienst is alleen voor huishoudelijk afval van inwoners; bedrijfsafval is nooit grofvuil. Bedrijven kunnen tegen betaling terecht bij de milieustraat (in Schiedam en Capelle met een zakelijke milieupas), een container of Big Bag huren, of Team Zero gebruiken. ${rules.alternatives.business_service.text.nl}`,
      en: `No, the bulky-waste pickup is only for household waste from residents; business waste is never bulky waste. Businesses can use the milieustraat for a fee (in Schiedam and Capelle with a business milieupas), rent a container or Big Bag, or use Team Zero. ${rules.alternatives.business_service.text.en}`,
    }),
  },
  {
    id: 'business-milieustraat',
    topic: 'business',
    questions: {
      nl: [
        'Kan ik als bedrijf naar de milieustraat?',
        'zakelijke milieupas aanvragen',
        'tarieven milieustraat voor bedrijven',
        'bedrijfsafval wegbrengen naar de stort',
      ],
      en: ['Can my business use the recycling centre?', 'business milieupas', 'business rates at the recycling centre'],
    },
    keywords: ['zakelijke milieupas', 'bedrijf', 'tarief', 'milieustraat', 'business pass'],
    url: page('businessPass'),
    answer: (rules) => {
      const b = rules.business;
      return {
        nl: `Ja, bedrijven kunnen tegen betaling bij de milieustraat terecht. In Schiedam en Capelle aan den IJssel heeft u een registratie en een zakelijke milieupas nodig (${eur('nl', b.milieupasEur)}). Voorbeeldtarieven (excl. btw): gescheiden bedrijfsafval ${eur('nl', b.sortedPerKgEur)}/kg, ongescheiden ${eur('nl', b.unsortedPerKgEur)}/kg, puin ${eur('nl', b.puinPerKgEur)}/kg, klein gevaarlijk afval ${eur('nl', b.kcaPerKgEur)}/kg, banden vanaf ${eur('nl', b.tyreFromEur)}, bedrijfskoelunit ${eur('nl', b.coolingUnitEur)} per stuk. Bedrijven kunnen geen asbest inleveren.`,
        en: `Yes, businesses can use the milieustraat for a fee. In Schiedam and Capelle aan den IJssel you need a registration and a business milieupas (${eur('en', b.milieupasEur)}). Example rates (excl. VAT): sorted business waste ${eur('en', b.sortedPerKgEur)}/kg, unsorted ${eur('en', b.unsortedPerKgEur)}/kg, rubble ${eur('en', b.puinPerKgEur)}/kg, small hazardous waste ${eur('en', b.kcaPerKgEur)}/kg, tyres from ${eur('en', b.tyreFromEur)}, professional cooling unit ${eur('en', b.coolingUnitEur)} each. Businesses cannot hand in asbestos.`,
      };
    },
  },
  {
    id: 'business-asbestos',
    topic: 'business',
    questions: {
      nl: [
        'Mogen bedrijven asbest bij de milieustraat brengen?',
        'asbest van een bedrijf afvoeren',
        'ik ben aannemer en heb asbest',
        'kan een bedrijf asbest inleveren',
        'mag mijn bedrijf asbest brengen',
        'asbest inleveren als bedrijf',
      ],
      en: [
        'Can my company hand in asbestos at Irado?',
        'business asbestos disposal',
        'I am a contractor with asbestos',
      ],
    },
    keywords: ['bedrijf', 'asbest', 'aannemer', 'verwerker', 'business asbestos'],
    url: (rules) => rules.alternatives.asbestos_procedure.url,
    answer: (rules) => ({
      nl: `Nee, bedrijven kunnen geen asbest inleveren bij Irado. Laat het afvoeren door een gespecialiseerde (erkende) verwerker. De sloopmelding moet minstens ${rules.asbestos.businessNoticeWeeks} weken voor het verwijderen worden gedaan.`,
      en: `No, businesses cannot hand in asbestos at Irado. Have it removed by a specialised (certified) processor. The demolition notification (sloopmelding) must be filed at least ${rules.asbestos.businessNoticeWeeks} weeks before removal starts.`,
    }),
  },
  {
    id: 'business-containers',
    topic: 'business',
    questions: {
      nl: [
        'Wat is Team Zero van Irado?',
        'container voor bedrijfsafval',
        'kantoormeubilair in een container',
        'bedrijfsafval laten ophalen op afroep',
      ],
      en: ['What is Team Zero?', 'container for business waste', 'on-demand business waste collection'],
    },
    keywords: ['team zero', 'container', 'bedrijfsafval', 'afroep', 'kantoormeubilair', 'business'],
    url: page('businessGrofvuil'),
    answer: (rules) => ({
      nl: `Voor bedrijven zijn er containers (bouw- of kluscontainer), Big Bags en Team Zero, een inzameling op afroep vanaf ${eur('nl', rules.business.teamZeroFromEurPerMonth)} per maand. Zakelijk grofvuil zoals kantoormeubilair en computerapparatuur kan in een container (maximaal ${rules.business.containerMaxDensityKgPerM3} kg per m³); de verwerker keurt het definitief. Contact: ${rules.contacts.business.email}, ${rules.contacts.business.phone}.`,
      en: `For businesses there are containers (building or kluscontainer), Big Bags and Team Zero, an on-demand collection from ${eur('en', rules.business.teamZeroFromEurPerMonth)} per month. Business bulky waste such as office furniture and computer equipment can go in a container (at most ${rules.business.containerMaxDensityKgPerM3} kg per m³); the processor does the final acceptance. Contact: ${rules.contacts.business.email}, ${rules.contacts.business.phone}.`,
    }),
  },
  {
    id: 'business-address',
    topic: 'business',
    questions: {
      nl: [
        'Waarom zegt de chat dat mijn adres een bedrijfsadres is?',
        'ik woon boven een winkel en word gezien als bedrijf',
        'mijn adres wordt geweigerd als bedrijf',
      ],
      en: [
        'Why does the chat say my address is a business address?',
        'I live above a shop and am refused as a business',
        'my address is refused',
      ],
    },
    keywords: ['bedrijfsadres', 'geweigerd', 'winkel', 'bovenwoning', 'business address'],
    url: page('contact'),
    answer: (rules) => ({
      nl: `Grofvuil ophalen is alleen voor woonadressen. Staat uw adres bij ons als bedrijfsadres geregistreerd, dan verwijzen we naar de zakelijke klantenservice (${rules.contacts.business.email}, ${rules.contacts.business.phone}). Woont u er wel, bijvoorbeeld boven een winkel? Geef dan uw huisnummer met toevoeging op, of neem contact op met de klantenservice: ${rules.contacts.customerService.phone} of ${rules.contacts.customerService.email}.`,
      en: `Bulky-waste pickup is for residential addresses only. If your address is registered with us as a business address, we refer you to the business customer service (${rules.contacts.business.email}, ${rules.contacts.business.phone}). Do you live there, for example above a shop? Then give your house number with its addition, or contact customer service: ${rules.contacts.customerService.phone} or ${rules.contacts.customerService.email}.`,
    }),
  },
  {
    id: 'business-underground-container',
    topic: 'business',
    questions: {
      nl: [
        'Mag mijn bedrijf de ondergrondse restafvalcontainer gebruiken?',
        'afvalpas voor bedrijf reinigingsrecht',
        'ondernemer pasje ondergrondse container',
      ],
      en: [
        'Can my business use the underground waste container?',
        'waste pass for businesses paying reinigingsrecht',
        'business access underground container',
      ],
    },
    keywords: ['reinigingsrecht', 'ondergrondse container', 'afvalpas', 'bedrijf', 'underground container'],
    url: page('businessWaste'),
    answer: (rules) => ({
      nl: `Betaalt uw bedrijf reinigingsrecht in Schiedam of Vlaardingen, dan krijgt u één afvalpas per bedrijfsadres voor de ondergrondse restafvalcontainer. Vragen hierover: ${rules.contacts.business.email}, ${rules.contacts.business.phone}.`,
      en: `If your business pays reinigingsrecht (cleaning levy) in Schiedam or Vlaardingen, you get one waste pass per business address for the underground residual-waste container. Questions: ${rules.contacts.business.email}, ${rules.contacts.business.phone}.`,
    }),
  },
]);
