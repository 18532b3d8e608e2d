/** Making, confirming, changing and missing a pickup appointment. */
import { between, list, perMunicipality } from '../format.ts';
import { customerService, entries, mattressWithHuisraad, municipalitiesWhere, page, waitingTime } from './shared.ts';

export const bookingEntries = entries([
  {
    id: 'book-online',
    topic: 'booking',
    questions: {
      nl: [
        'Hoe maak ik een grofvuilafspraak?',
        'ik wil grofvuil laten ophalen',
        'afspraak maken voor grof vuil',
        'kunnen jullie mijn bank komen ophalen',
        'hoe vraag ik een ophaalafspraak aan',
        'grofvuil aanmelden',
        'ik wil een afspraak inplannen voor het ophalen van spullen',
        'hoe zorg ik dat mijn grofvuil wordt opgehaald',
        'ik wil een ophaalafspraak maken',
        'kan ik via de website een afspraak maken',
        'waar kan ik grofvuil aanmelden',
        'grofvuil ophalen aanvragen',
      ],
      en: [
        'How do I book a bulky waste pickup?',
        'I want my old sofa collected',
        'make an appointment for bulky waste',
        'how can I schedule a collection',
      ],
      tr: ['Büyük atık için nasıl randevu alırım?', 'eşyalarımı aldırmak istiyorum', 'randevu almak istiyorum'],
      ar: ['كيف أحجز موعدا لجمع النفايات الكبيرة؟', 'أريد حجز موعد', 'أريد أن تأخذوا الأثاث القديم'],
    },
    keywords: ['afspraak', 'aanvragen', 'formulier', 'boeken', 'ophalen', 'book', 'appointment'],
    url: page('appointment'),
    answer: () => ({
      nl: 'Een grofvuilafspraak maakt u online via het formulier op irado.nl of hier in de chat. U geeft uw naam, adres (postcode en huisnummer met toevoeging), e-mailadres en eventueel telefoonnummer op, en welke spullen u wilt laten ophalen. U ontvangt een bevestiging per e-mail en later de definitieve datum van onze planning. Zal ik een aanvraag met u starten?',
      en: 'You book a bulky-waste appointment online through the form on irado.nl or here in the chat. You give your name, address (postcode and house number with addition), e-mail address and optionally your phone number, plus the items you want collected. You receive a confirmation by e-mail and later the final date from our planning team. Shall I start a request with you?',
    }),
  },
  {
    id: 'book-by-phone',
    topic: 'booking',
    questions: {
      nl: [
        'Kan ik bellen om een afspraak te maken?',
        'kan ik bellen om grofvuil aan te melden',
        'telefonisch afspraak maken grofvuil',
        'welk nummer bel ik voor een grofvuil afspraak',
        'mag ik de afspraak via de telefoon doen',
        'kan ik de afspraak telefonisch doorgeven',
        'kan ik jullie bellen voor een afspraak',
        'grofvuil afspraak via telefoon',
      ],
      en: [
        'Can I book a pickup by phone?',
        'can I call to make a bulky waste appointment',
        'what number do I call to book',
      ],
      tr: ['Telefonla randevu alabilir miyim?'],
      ar: ['هل يمكنني الحجز عبر الهاتف؟'],
    },
    keywords: ['telefonisch', 'bellen', 'telefoon', 'nummer', 'phone', 'call'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `Een grofvuilafspraak maken kan niet telefonisch: dat gaat alleen online, via het formulier op irado.nl of hier in de chat. Ik kan de aanvraag nu met u doorlopen. Voor vragen kunt u de klantenservice bellen: ${customerService(rules, 'nl')}.`,
      en: `A bulky-waste appointment cannot be booked by phone: only online, through the form on irado.nl or here in the chat. I can go through the request with you now. For questions you can call customer service: ${customerService(rules, 'en')}.`,
    }),
  },
  {
    id: 'separate-appointments',
    topic: 'booking',
    questions: {
      nl: [
        'Moet ik voor elke soort afval een aparte afspraak maken?',
        'kan alles in één keer opgehaald worden',
        'waarom moet ik twee afspraken maken',
        'kan alles in 1 keer mee',
        'moet de koelkast een aparte afspraak',
        'waarom komen er verschillende wagens',
        'moet ik voor matras en bank twee afspraken maken',
        'kunnen verschillende soorten afval tegelijk mee',
        'een afspraak voor alles samen',
        'waarom kan niet alles in één afspraak',
        'per afvalsoort een eigen afspraak',
      ],
      en: [
        'Do I need a separate appointment for each type of waste?',
        'can everything be collected in one appointment',
        'why do I need two appointments',
        'why are there different trucks',
      ],
      tr: ['Her atık türü için ayrı randevu mu gerekiyor?'],
      ar: ['هل أحتاج موعدا منفصلا لكل نوع من النفايات؟'],
    },
    keywords: ['apart', 'aparte afspraak', 'per soort', 'route', 'wagen', 'voertuig', 'meerdere', 'separate'],
    url: page('appointment'),
    answer: (rules) => {
      const withHuisraad = municipalitiesWhere(rules, (m) => mattressWithHuisraad(rules, m));
      return {
        nl: `Ja. Grofvuil wordt op aparte routes opgehaald, elk met een eigen wagen, dus u maakt per afvalsoort een eigen afspraak: Huisraad, IJzer en elektrische apparaten, Matrassen en Snoeiafval. Elektrische apparaten en matrassen (behalve in ${list('nl', withHuisraad)}) gaan met een ander voertuig dan Huisraad. Elke afspraak krijgt een eigen datum: zet op die dag alleen de spullen van die route buiten.`,
        en: `Yes. Bulky waste is collected on separate routes, each with its own vehicle, so you book one appointment per waste type: Huisraad (household items), Metal and electrical appliances, Mattresses and Pruning waste. Electrical appliances and mattresses (except in ${list('en', withHuisraad)}) go in a different vehicle from Huisraad. Each appointment gets its own date: on that day put out only the items for that route.`,
      };
    },
  },
  {
    id: 'routes-overview',
    topic: 'booking',
    questions: {
      nl: [
        'Welke routes zijn er voor grofvuil?',
        'welke keuze maak ik in het formulier',
        'onder welke route valt mijn spullen',
        'wat is de route huisraad en ijzer',
        'welke ophaalroute kies ik',
        'welke soort afspraak moet ik kiezen',
        'wat betekent de route ijzer elektrische apparaten en matrassen',
      ],
      en: ['Which collection routes are there?', 'which option do I choose on the form', 'what is the Huisraad route'],
    },
    keywords: ['route', 'routes', 'huisraad', 'ijzer', 'snoeiafval', 'keuze', 'formulier'],
    url: page('appointment'),
    answer: (rules, municipality) => {
      const r = rules.routes;
      const choice = perMunicipality(rules, municipality, (m) => `"${m.mattressFormChoice}"`);
      const mattress =
        municipality === null
          ? {
              nl: `Voor een matras kiest u in het formulier:\n${choice.nl}`,
              en: `For a mattress, choose on the form:\n${choice.en}`,
            }
          : {
              nl: `Voor een matras kiest u in ${municipality} ${choice.nl}.`,
              en: `For a mattress in ${municipality}, choose ${choice.en}.`,
            };
      return {
        nl: `Er zijn drie ophaalroutes, elk met een eigen afspraak:\n● **${r.HUISRAAD.label.nl}**: meubels en andere spullen uit huis en tuin\n● **${r.IJZER_EA_MATRASSEN.label.nl}**: metaal, alles met een stekker of accu, en matrassen\n● **${r.TUIN_SNOEIAFVAL.label.nl}**: gebundelde takken en boomstronken\n${mattress.nl}`,
        en: `There are three collection routes, each with its own appointment:\n● **${r.HUISRAAD.label.en}**: furniture and other items from house and garden\n● **${r.IJZER_EA_MATRASSEN.label.en}**: metal, anything with a plug or battery, and mattresses\n● **${r.TUIN_SNOEIAFVAL.label.en}**: bundled branches and tree stumps\n${mattress.en}`,
      };
    },
  },
  {
    id: 'confirmation',
    topic: 'booking',
    questions: {
      nl: [
        'Krijg ik een bevestiging per mail?',
        'ontvang ik een mail na mijn aanvraag',
        'wanneer hoor ik de datum van ophalen',
        'ik heb geen bevestiging gekregen',
        'krijg ik bericht wanneer jullie komen',
        'krijg ik een bevestigingsmail',
        'hoe weet ik dat mijn afspraak is gelukt',
        'bevestiging van de afspraak ontvangen',
        'wanneer krijg ik de ophaaldatum te horen',
      ],
      en: [
        'Will I get a confirmation of my appointment?',
        'do I receive an e-mail after booking',
        'when do I hear the pickup date',
      ],
      tr: ['Randevum için onay alacak mıyım?'],
      ar: ['هل سأتلقى تأكيدا للموعد؟'],
    },
    keywords: ['bevestiging', 'mail', 'e-mail', 'datum', 'bericht', 'confirmation'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `Ja. Na uw aanvraag ontvangt u een bevestiging per e-mail, en later de definitieve datum (of datums, bij meer routes) van onze planning. Geen bevestiging ontvangen? Kijk in uw spammap of neem contact op met de klantenservice: ${customerService(rules, 'nl')}.`,
      en: `Yes. After your request you receive a confirmation by e-mail, and later the final date (or dates, for several routes) from our planning team. No confirmation? Check your spam folder or contact customer service: ${customerService(rules, 'en')}.`,
    }),
  },
  {
    id: 'waiting-time',
    topic: 'booking',
    questions: {
      nl: [
        'Hoe lang is de wachttijd voor een grofvuilafspraak?',
        'hoe snel kunnen jullie komen',
        'wanneer is de eerste mogelijke ophaaldatum',
        'hoelang moet ik wachten op het ophalen',
        'wachttijd grofvuil',
        'hoe lang duurt het voordat het grofvuil wordt opgehaald',
        'hoeveel weken wachttijd',
        'wanneer kunnen jullie op zijn vroegst komen',
      ],
      en: [
        'How long is the waiting time for a pickup?',
        'how soon can you collect',
        'when is the earliest pickup date',
      ],
      tr: ['Randevu için ne kadar beklemem gerekiyor?'],
      ar: ['كم مدة الانتظار للموعد؟'],
    },
    keywords: ['wachttijd', 'wachten', 'hoe snel', 'week', 'weken', 'waiting time'],
    url: page('appointment'),
    answer: (rules, municipality) => {
      const wait = perMunicipality(rules, municipality, (m, lang) => waitingTime(m, lang));
      return municipality === null
        ? {
            nl: `De eerste mogelijke afspraak is na een wachttijd van:\n${wait.nl}\nIs het dringend? Breng het dan zelf naar de milieustraat, eventueel met de gratis leenaanhanger.`,
            en: `The first possible appointment is after a waiting time of:\n${wait.en}\nIs it urgent? Then take it to the milieustraat yourself, for example with the free loan trailer.`,
          }
        : {
            nl: `In ${municipality} is de wachttijd tot de eerste mogelijke afspraak ${wait.nl}. Is het dringend? Breng het dan zelf naar de milieustraat, eventueel met de gratis leenaanhanger.`,
            en: `In ${municipality} the waiting time until the first possible appointment is ${wait.en}. Is it urgent? Then take it to the milieustraat yourself, for example with the free loan trailer.`,
          };
    },
  },
  {
    id: 'urgent',
    topic: 'booking',
    questions: {
      nl: [
        'Het moet snel weg, kan het morgen al worden opgehaald?',
        'spoed grofvuil ophalen',
        'kan het vandaag nog opgehaald worden',
        'ik verhuis deze week en moet van mijn spullen af',
        'kunnen jullie sneller komen',
        'ik moet mijn spullen zo snel mogelijk kwijt',
        'kan het nog deze week opgehaald worden',
      ],
      en: ['It is urgent, can you collect tomorrow?', 'I need it gone this week', 'same day pickup possible'],
    },
    keywords: ['spoed', 'dringend', 'snel', 'morgen', 'vandaag', 'verhuizen', 'urgent'],
    url: page('trailer'),
    answer: (rules, municipality) => {
      const wait = perMunicipality(rules, municipality, (m, lang) => waitingTime(m, lang));
      return {
        nl: `Een ophaalafspraak heeft een wachttijd, dus morgen of vandaag lukt niet.\n${wait.nl}\nMoet het sneller weg, breng het dan zelf naar de milieustraat; daarvoor kunt u gratis een aanhanger van Irado lenen.`,
        en: `A pickup appointment has a waiting time, so tomorrow or today is not possible.\n${wait.en}\nIf it has to go sooner, take it to the milieustraat yourself; you can borrow a free trailer from Irado for that.`,
      };
    },
  },
  {
    id: 'choose-date',
    topic: 'booking',
    questions: {
      nl: [
        'Kan ik zelf de ophaaldatum kiezen?',
        'op welke dag komen jullie',
        'wanneer wordt mijn grofvuil opgehaald',
        'mag ik een dag uitkiezen',
        'kan het op zaterdag',
        'kan ik een datum uitzoeken',
        'wanneer wordt het opgehaald',
        'welke dag wordt mijn grofvuil opgehaald',
      ],
      en: ['Can I choose the pickup date?', 'which day will you come', 'when will my bulky waste be collected'],
    },
    keywords: ['datum', 'dag', 'kiezen', 'wanneer', 'planning', 'date'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `De datum wordt bepaald door onze planning; u kunt hem niet zelf kiezen. Na uw aanvraag krijgt u een bevestiging per e-mail en daarna de definitieve datum. Op die dag wordt er opgehaald tussen ${between('nl', rules.collection)}; een precies tijdstip is vooraf niet te geven.`,
      en: `The date is set by our planning team; you cannot choose it yourself. After your request you receive a confirmation by e-mail and then the final date. On that day collection takes place between ${between('en', rules.collection)}; an exact time cannot be given in advance.`,
    }),
  },
  {
    id: 'change-cancel',
    topic: 'booking',
    questions: {
      nl: [
        'Hoe kan ik mijn grofvuilafspraak wijzigen of annuleren?',
        'afspraak afzeggen grofvuil',
        'ik wil mijn afspraak verzetten',
        'kan ik mijn aanvraag annuleren',
        'ik ben er niet op de ophaaldag kan ik de datum veranderen',
        'ik wil mijn grofvuilafspraak annuleren',
        'andere datum voor mijn afspraak',
        'afspraak wijzigen',
        'kan ik de ophaaldatum veranderen',
      ],
      en: ['How do I change or cancel my appointment?', 'cancel my bulky waste pickup', 'reschedule my appointment'],
      tr: ['Randevumu nasıl iptal ederim?'],
      ar: ['كيف ألغي موعدي؟'],
    },
    keywords: ['wijzigen', 'annuleren', 'afzeggen', 'verzetten', 'cancel', 'change'],
    url: page('contact'),
    answer: (rules) => ({
      nl: `Wilt u een afspraak wijzigen of annuleren? Neem contact op met de klantenservice: ${customerService(rules, 'nl')}, of doe een melding via irado.nl. Vermeld uw adres en de gegevens uit uw bevestigingsmail.`,
      en: `Want to change or cancel an appointment? Contact customer service: ${customerService(rules, 'en')}, or file a report on irado.nl. Mention your address and the details from your confirmation e-mail.`,
    }),
  },
  {
    id: 'not-collected',
    topic: 'booking',
    questions: {
      nl: [
        'Mijn grofvuil is niet opgehaald, wat nu?',
        'ze zijn mijn spullen vergeten',
        'grofvuil staat er nog steeds',
        'de wagen is niet geweest',
        'mijn matras is blijven staan',
        'er is niks meegenomen',
        'mijn grofvuil is niet meegenomen',
        'jullie zijn niet geweest',
        'het grofvuil is blijven staan wat moet ik doen',
        'wat als mijn spullen niet zijn opgehaald',
        'klacht over niet opgehaald grofvuil',
      ],
      en: [
        'My bulky waste was not collected, what now?',
        'you forgot my pickup',
        'my items are still on the street',
        'missed collection',
        'the truck did not come',
        'my items were not picked up',
      ],
      tr: ['Eşyalarım alınmadı, ne yapmalıyım?'],
      ar: ['لم يتم جمع نفاياتي، ماذا أفعل؟'],
    },
    keywords: ['niet opgehaald', 'vergeten', 'blijven staan', 'melding', 'klacht', 'not collected'],
    url: page('report'),
    answer: (rules) => ({
      nl: `Vervelend! Meld het via het meldingsformulier op irado.nl of neem contact op met de klantenservice: ${customerService(rules, 'nl')}. Veel meldingen worden binnen ${rules.reports.handledWithinWorkingDays} werkdagen afgehandeld. Controleer ook of alles op de afgesproken dag aan de doorgaande weg stond, en alleen spullen van de geboekte route: een matras of apparaat gaat bijvoorbeeld niet mee met de Huisraad-wagen.`,
      en: `Sorry to hear that! Report it through the report form on irado.nl or contact customer service: ${customerService(rules, 'en')}. Many reports are handled within ${rules.reports.handledWithinWorkingDays} working days. Please also check that everything stood at the through road on the agreed day, and only items of the booked route: a mattress or appliance, for example, is not taken by the Huisraad vehicle.`,
    }),
  },
  {
    id: 'what-goes-wrong',
    topic: 'booking',
    questions: {
      nl: [
        'Wat gaat er het vaakst mis bij het ophalen van grofvuil?',
        'waarom wordt grofvuil soms niet meegenomen',
        'tips zodat mijn grofvuil zeker wordt opgehaald',
        'hoe voorkom ik dat mijn spullen blijven staan',
        'waarom liet de chauffeur mijn spullen staan',
        'waarom is mijn grofvuil blijven staan',
        'hoe zorg ik dat alles wordt meegenomen',
      ],
      en: [
        'What most often goes wrong with a pickup?',
        'why is bulky waste sometimes left behind',
        'tips to make sure my items are collected',
      ],
    },
    keywords: ['mis', 'fout', 'tips', 'blijven staan', 'achtergelaten', 'voorkomen'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `Meestal gaat het mis omdat er niets buiten staat als de wagen komt, of omdat spullen van een andere route zijn neergezet. Zet daarom op de afgesproken dag tussen ${between('nl', rules.putOut)} alleen de spullen van die route buiten, vrij aan de doorgaande weg en bereikbaar voor de wagen. Zware apparaten zoals gasfornuizen, wasmachines en ovens blijven het vaakst staan: zet ze ook aan de straat en geef het gewicht door bij uw aanvraag. Bundel kleine stukken en zet geen puin of chemisch afval ernaast.`,
      en: `Most often nothing is outside when the vehicle arrives, or items for another route were put out. So on the agreed day, between ${between('en', rules.putOut)}, put out only the items for that route, free-standing at the through road and reachable for the vehicle. Heavy appliances such as gas cookers, washing machines and ovens are left behind most often: put them at the road too and give their weight in your request. Bundle small pieces and put no rubble or chemical waste next to them.`,
    }),
  },
  {
    id: 'heavy-appliances',
    topic: 'booking',
    questions: {
      nl: [
        'Hoe bied ik een zwaar apparaat zoals een wasmachine of gasfornuis aan?',
        'mijn fornuis is heel zwaar',
        'wasmachine te zwaar om te tillen',
        'komt er een kraanwagen voor zware spullen',
        'zware oven aanbieden',
        'hoe bied ik een zware wasmachine aan',
        'gasfornuis weggooien',
        'hoe zwaar mag een apparaat zijn',
      ],
      en: [
        'How do I offer a heavy appliance like a washing machine?',
        'my cooker is very heavy',
        'do you send a crane truck for heavy items',
      ],
    },
    keywords: ['zwaar', 'gasfornuis', 'fornuis', 'wasmachine', 'oven', 'kraanwagen', 'gewicht', 'heavy', 'crane'],
    url: page('appliances'),
    answer: () => ({
      nl: `Zware apparaten zoals gasfornuizen, wasmachines, ovens en koelkasten gaan mee met de route IJzer en elektrische apparaten. Zet ze op de ophaaldag zelf aan de doorgaande weg, vrij en goed bereikbaar, net als ander grofvuil. Geef bij uw aanvraag het gewicht door: voor een heel zwaar stuk kan een kraanwagen nodig zijn, en dat regelt de planning dan.`,
      en: `Heavy appliances such as gas cookers, washing machines, ovens and fridges go with the metal and electrical appliances route. On the pickup day put them at the through road yourself, free-standing and easy to reach, like other bulky waste. Give the weight in your request: a very heavy piece may need a crane truck, which planning then arranges.`,
    }),
  },
]);
