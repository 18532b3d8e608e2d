import { joinList } from './join-list.ts';
import type { EngineTexts } from './texts.ts';

export const nl: EngineTexts = {
  yes: 'Ja',
  no: 'Nee',
  confirmYes: 'Ja, verstuur de aanvraag',
  confirmNo: 'Nee, ik wil iets aanpassen',
  startBooking: 'Grofvuil laten ophalen',
  askQuestion: 'Ik heb een vraag',

  welcome:
    'Hallo! Ik ben de digitale assistent van Irado voor grofvuil. Waarmee kan ik u helpen? U kunt een vraag stellen over grofvuil, of direct een ophaalafspraak aanvragen.',
  emptyMessage:
    'Ik zie geen bericht. Waarmee kan ik u helpen? Stel een vraag over grofvuil, of vraag een ophaalafspraak aan.',
  thanks: 'Graag gedaan! Kan ik u nog ergens anders mee helpen?',
  goodbye: 'Tot ziens en een fijne dag!',
  injection: 'Daar kan ik niet op ingaan: ik volg alleen de regels van Irado en stuur nooit iets naar andere adressen.',
  offTopic: (phone, email) =>
    `Daar kan ik u helaas niet mee helpen: ik beantwoord alleen vragen over grofvuil en afval van Irado. Voor andere vragen kunt u de klantenservice bellen op ${phone} of mailen naar ${email}.`,
  noAnswer: (phone, email) =>
    `Daar heb ik geen goed antwoord op, en ik wil u niets verkeerds vertellen. De klantenservice van Irado helpt u graag: bel ${phone} of mail naar ${email}.`,
  offerBooking: 'Wilt u grofvuil laten ophalen? Dan kan ik hier meteen een aanvraag voor u doen.',
  continueBooking: 'Dan gaan we verder met uw aanvraag.',

  askMunicipality: (names) => `In welke gemeente woont u? Irado haalt grofvuil op in ${names}.`,
  outsideArea: (place, names) =>
    `${place ? `${place} ligt` : 'Dit adres ligt'} buiten het verzorgingsgebied van Irado: wij halen grofvuil alleen op in ${names}. Voor grofvuil kunt u terecht bij de afvaldienst van uw eigen gemeente.`,
  askConsent: (privacyUrl) =>
    `Voor een ophaalafspraak heb ik uw naam, adres en e-mailadres nodig. Irado gebruikt die alleen om uw aanvraag af te handelen; lees er meer over in onze privacyverklaring: ${privacyUrl}\n\nGaat u hiermee akkoord? Typ **Ja** of kies een knop.`,
  consentDeclined:
    'Jammer, zonder uw akkoord kan ik de aanvraag niet via de chat verwerken. U kunt uw grofvuil ook zelf naar de milieustraat brengen, of een afspraak maken via irado.nl. Heeft u een vraag over grofvuil? Stel hem gerust.',
  askDetails: (missing) => `Mag ik ${joinList(missing, 'en')}? Een telefoonnummer mag ook, maar hoeft niet.`,
  detailName: 'uw volledige naam',
  detailAddress: 'uw adres (straat, huisnummer met eventuele toevoeging, postcode en plaats)',
  detailPostcode: 'uw postcode',
  detailHouseNumber: 'uw huisnummer (met eventuele toevoeging)',
  detailEmail: 'uw e-mailadres',
  invalidEmail: (email) => `Het e-mailadres "${email}" klopt niet helemaal. Wilt u het controleren?`,
  invalidPostcode: (postcode) =>
    `De postcode "${postcode}" is niet geldig: een postcode bestaat uit 4 cijfers en 2 letters, bijvoorbeeld 3132 CD. Wat is de juiste postcode?`,
  addressNotFound: 'Dit adres kan ik niet vinden. Controleer de postcode en het huisnummer, en stuur ze nog eens.',
  addressConfirmed: (address, municipality) => `Dank u. Uw adres ${address} ligt in ${municipality}.`,
  municipalityChanged: (municipality) =>
    `Dit adres ligt in ${municipality}; ik gebruik daarom de regels van ${municipality}.`,
  business: (email, phone, customerPhone) =>
    `Volgens ons adressenbestand is dit een bedrijfsadres. De grofvuilophaaldienst is alleen voor particulieren, en bedrijfsafval is geen grofvuil. Voor bedrijfsafval helpt de zakelijke klantenservice van Irado u graag: ${email}, ${phone}. Woont u hier als particulier? Bel dan onze klantenservice op ${customerPhone}.`,
  addressUnavailable: (phone) =>
    `Het lukt me nu niet om uw adres te controleren. Probeer het over een paar minuten opnieuw, of bel de klantenservice op ${phone}.`,

  askItems:
    'Welke spullen wilt u laten ophalen? Noem ze met het aantal, en geef bij grote of zware stukken de maten of het gewicht.',
  askSizes: (items, cap) =>
    `Weet u ongeveer hoe groot ${items} ${items.includes(',') ? 'zijn' : 'is'} (lengte × breedte × hoogte)? Dan reken ik het precies na${cap ? ` (maximaal ${cap} per afspraak)` : ''}; anders ga ik uit van een gemiddelde maat.`,
  itemAccepted: (item, route) => `Ja, ${item} mag mee met het grofvuil, op de route ${route}.`,
  itemAcceptedPerMunicipality: (item, routes) => `Ja, ${item} mag mee met het grofvuil: ${routes}.`,
  itemTakenWhole: (maxLength) =>
    `Meubels en matrassen mogen groter zijn dan ${maxLength} en worden in één stuk meegenomen.`,
  askUnknown: (items) =>
    `Wat bedoelt u met ${items}? Beschrijf het voorwerp, of zeg "laat maar" als het niet mee hoeft.`,
  nothingBookable: 'Hiervoor kan ik dus geen ophaalafspraak maken.',
  askMoreItems: 'Heeft u nog andere spullen die wel mee kunnen?',
  noRequest: (phone) =>
    `Dan maak ik geen aanvraag. Heeft u later nog grofvuil of een vraag, dan help ik u graag. U kunt ook de klantenservice bellen op ${phone}.`,
  removed: (items) => `Ik heb ${items} van de lijst gehaald.`,

  summaryTitle: 'Dit is uw aanvraag:',
  summaryRoute: (route, appointments, volume) =>
    `**${route}**${appointments > 1 ? ` (${appointments} afspraken)` : ''}, ${volume}`,
  summaryRefused: '**Gaat niet mee als grofvuil**',
  summaryDetails: '**Uw gegevens**',
  summaryHowTo: '**Zo zet u het buiten**',
  askConfirmation: 'Klopt alles? Dan verstuur ik de aanvraag.',
  whatToChange: 'Wat wilt u aanpassen? U kunt spullen toevoegen of weghalen, of uw gegevens verbeteren.',
  submitted: (reference) =>
    `✅ Uw aanvraag is ontvangen en geregistreerd onder nummer **${reference}**. U ontvangt een bevestiging per e-mail en later de definitieve datum (of datums) van onze planning.`,
  alreadySubmitted: (reference) =>
    `Uw aanvraag is al geregistreerd onder nummer **${reference}**; ik heb niets dubbel verstuurd. Wilt u nog iets anders laten ophalen?`,
  cancelled: 'Ik heb de aanvraag gestopt; er is niets verstuurd. Kan ik u ergens anders mee helpen?',
  restarted: 'We beginnen opnieuw.',
  stillBusiness: 'Ik kan voor dit adres helaas geen particuliere grofvuilaanvraag doen.',
  stillOutsideArea: 'Ik kan voor een adres buiten ons verzorgingsgebied helaas geen aanvraag doen.',
};
