/** Contacts, reports, privacy and the service area (§10.1, §13, Decision 4). */
import type { RuleSet } from '@irado/kernel';
import { list } from '../format.ts';
import { customerService, entries, page } from './shared.ts';

/** The municipalities of the private service area, from the rule data. */
const served = (rules: RuleSet) => Object.values(rules.municipalities).map((m) => m.name);

export const contactEntries = entries([
  {
    id: 'contact',
    topic: 'contact',
    questions: {
      nl: [
        'Hoe kan ik contact opnemen met Irado?',
        'telefoonnummer irado',
        'klantenservice bellen',
        'wat is het mailadres van irado',
        'ik wil een medewerker spreken',
        'postadres irado',
        'hoe bereik ik irado',
      ],
      en: ['How can I contact Irado?', 'Irado phone number', 'customer service e-mail', 'I want to talk to a person'],
      tr: ['Irado ile nasıl iletişime geçebilirim?', 'müşteri hizmetleri telefon numarası'],
      ar: ['كيف أتواصل مع Irado؟', 'رقم هاتف خدمة العملاء'],
    },
    keywords: ['contact', 'klantenservice', 'telefoon', 'bellen', 'mail', 'medewerker', 'customer service'],
    url: page('contact'),
    answer: (rules) => ({
      nl: `U bereikt de klantenservice van Irado op ${customerService(rules, 'nl')}. Het postadres is ${rules.contacts.customerService.postalAddress}. Let op: een grofvuilafspraak maakt u niet telefonisch, maar online of hier in de chat.`,
      en: `You can reach Irado customer service on ${customerService(rules, 'en')}. The postal address is ${rules.contacts.customerService.postalAddress}. Note: a bulky-waste appointment is not booked by phone, but online or here in the chat.`,
    }),
  },
  {
    id: 'public-space-report',
    topic: 'contact',
    questions: {
      nl: [
        'Waar meld ik een probleem in de openbare ruimte?',
        'melding maken zwerfafval',
        'volle container melden',
        'spoedmelding in het weekend',
        'klacht over de straat melden',
      ],
      en: ['Where do I report a problem in public space?', 'report litter', 'report an overflowing container'],
    },
    keywords: ['melding', 'melden', 'openbare ruimte', 'zwerfafval', 'spoed', '14010', 'klacht', 'report'],
    url: (rules, municipality) =>
      municipality === 'Capelle aan den IJssel' ? rules.pages.reportCapelle : rules.pages.report,
    answer: (rules, municipality) => {
      const c = rules.contacts;
      const enforcement = Object.entries(rules.reports.enforcementPhone).filter(
        ([m]) => municipality === null || municipality === m,
      );
      const capelleNl = enforcement
        .map(
          ([m, phone]) =>
            ` In ${m} gaan spoedmeldingen over de openbare ruimte naar Handhaving van de gemeente: ${phone}.`,
        )
        .join('');
      const capelleEn = enforcement
        .map(
          ([m, phone]) =>
            ` In ${m}, urgent public-space reports go to the municipality's enforcement team (Handhaving): ${phone}.`,
        )
        .join('');
      return {
        nl: `Meldingen over de openbare ruimte doet u via irado.nl of bij de gemeente op ${c.publicSpace.phone}. Is het dringend, na ${rules.reports.onCallAfter} of in het weekend? Bel dan de storingsdienst via ${c.customerService.phone}.${capelleNl}`,
        en: `Public-space reports go through irado.nl or to the municipality on ${c.publicSpace.phone}. Urgent, after ${rules.reports.onCallAfter} or at the weekend? Call the on-call service on ${c.customerService.phone}.${capelleEn}`,
      };
    },
  },
  {
    id: 'service-area',
    topic: 'service_area',
    questions: {
      nl: [
        'Halen jullie ook grofvuil op in Rotterdam?',
        'in welke gemeenten haalt irado grofvuil op',
        'werkgebied irado',
        'ik woon in maassluis, kan ik een afspraak maken',
        'halen jullie ook op in den haag of delft',
        'kunnen jullie grofvuil ophalen in rotterdam',
        'ik woon buiten schiedam vlaardingen en capelle',
        'halen jullie overal grofvuil op',
      ],
      en: [
        'I live in Rotterdam, can you collect my bulky waste?',
        'which municipalities does Irado serve',
        'service area',
      ],
      tr: ['Rotterdam’da oturuyorum, atığımı alabilir misiniz?', 'hangi belediyelerde hizmet veriyorsunuz'],
      ar: ['أسكن في روتردام، هل يمكنكم جمع نفاياتي؟', 'ما هي البلديات التي تخدمونها'],
    },
    keywords: [
      'werkgebied',
      'verzorgingsgebied',
      'gemeente',
      'rotterdam',
      'maassluis',
      'delft',
      'den haag',
      'krimpen',
      'amsterdam',
      'service area',
    ],
    url: page('grofvuil'),
    answer: (rules) => ({
      nl: `Irado haalt grofvuil alleen op bij inwoners van ${list('nl', served(rules))}. Woont u in een andere gemeente, zoals Rotterdam? Dan kunnen wij helaas niet komen; neem contact op met de afvaldienst van uw eigen gemeente.`,
      en: `Irado collects bulky waste only for residents of ${list('en', served(rules))}. Do you live in another municipality, such as Rotterdam? Then unfortunately we cannot come; please contact your own municipality's waste service.`,
    }),
  },
  {
    id: 'rozenburg',
    topic: 'service_area',
    questions: {
      nl: [
        'Ik woon in Rozenburg, kan ik grofvuil laten ophalen?',
        'aanhanger lenen in rozenburg',
        'rozenburg grofvuil',
      ],
      en: ['I live in Rozenburg, can you collect bulky waste?', 'trailer in Rozenburg', 'Rozenburg bulky waste'],
    },
    keywords: ['rozenburg'],
    url: page('grofvuil'),
    answer: (rules) => ({
      nl: `Rozenburg valt niet onder de grofvuilophaaldienst van Irado voor inwoners; die is er alleen in ${list('nl', served(rules))}. Neem voor grofvuil contact op met de afvaldienst van uw eigen gemeente. De leenaanhanger is in Rozenburg ook niet beschikbaar.`,
      en: `Rozenburg is not part of Irado's bulky-waste pickup for residents, which covers only ${list('en', served(rules))}. For bulky waste, contact your own municipality's waste service. The loan trailer is not available in Rozenburg either.`,
    }),
  },
  {
    id: 'privacy',
    topic: 'contact',
    questions: {
      nl: [
        'Wat doen jullie met mijn gegevens?',
        'privacyverklaring irado',
        'waarom hebben jullie mijn e-mailadres nodig',
        'worden mijn persoonsgegevens bewaard',
        'wat gebeurt er met mijn gegevens',
      ],
      en: ['What do you do with my personal data?', 'privacy statement', 'why do you need my e-mail address'],
      tr: ['Kişisel verilerimle ne yapıyorsunuz?'],
      ar: ['ماذا تفعلون ببياناتي الشخصية؟'],
    },
    keywords: ['privacy', 'gegevens', 'persoonsgegevens', 'avg', 'privacyverklaring', 'personal data'],
    url: (rules) => rules.contacts.privacyUrl,
    answer: () => ({
      nl: 'Voor een ophaalafspraak gebruiken we uw naam, adres, e-mailadres en eventueel telefoonnummer, alleen om de afspraak te plannen en u de bevestiging en datum te sturen. We vragen hier altijd eerst uw toestemming voor. Hoe Irado met uw gegevens omgaat, leest u in de privacyverklaring.',
      en: 'For a pickup appointment we use your name, address, e-mail address and optionally your phone number, only to plan the appointment and send you the confirmation and date. We always ask for your consent first. How Irado handles your data is described in the privacy statement.',
    }),
  },
]);
