import { joinList } from './join-list.ts';
import type { EngineTexts } from './texts.ts';

export const en: EngineTexts = {
  yes: 'Yes',
  no: 'No',
  confirmYes: 'Yes, send the request',
  confirmNo: 'No, I want to change something',
  startBooking: 'Have grofvuil collected',
  askQuestion: 'I have a question',

  welcome:
    "Hello! I am Irado's digital assistant for bulky waste (grofvuil). How can I help you? You can ask a question about bulky waste, or request a pickup appointment right away.",
  emptyMessage:
    'I did not receive a message. How can I help you? Ask a question about bulky waste, or request a pickup.',
  thanks: "You're welcome! Can I help you with anything else?",
  goodbye: 'Goodbye and have a nice day!',
  injection: "I can't do that: I only follow Irado's rules and never send anything to other addresses.",
  offTopic: (phone, email) =>
    `I'm afraid I can't help with that: I only answer questions about Irado's bulky waste and waste services. For other questions, call customer service on ${phone} or e-mail ${email}.`,
  noAnswer: (phone, email) =>
    `I don't have a good answer to that, and I don't want to tell you anything wrong. Irado's customer service will be happy to help: call ${phone} or e-mail ${email}.`,
  offerBooking: 'Would you like to have bulky waste collected? I can make a request for you right here.',
  continueBooking: "Let's continue with your request.",

  askMunicipality: (names) => `Which municipality do you live in? Irado collects bulky waste in ${names}.`,
  outsideArea: (place, names) =>
    `${place ? `${place} is` : 'This address is'} outside Irado's service area: we only collect bulky waste in ${names}. For bulky waste, please contact the waste service of your own municipality.`,
  askConsent: (privacyUrl) =>
    `For a pickup appointment I need your name, address and e-mail address. Irado only uses them to handle your request; read more in our privacy statement: ${privacyUrl}\n\nDo you agree? Type **Yes** or choose a button.`,
  consentDeclined:
    "That's a pity: without your consent I can't handle the request in the chat. You can also take your bulky waste to the milieustraat (recycling centre) yourself, or book via irado.nl. Do you have a question about bulky waste? Feel free to ask.",
  askDetails: (missing) =>
    `Could you give me ${joinList(missing, 'and')}? A phone number is welcome too, but not required.`,
  detailName: 'your full name',
  detailAddress: 'your address (street, house number with any addition, postcode and city)',
  detailPostcode: 'your postcode',
  detailHouseNumber: 'your house number (with any addition)',
  detailEmail: 'your e-mail address',
  invalidEmail: (email) => `The e-mail address "${email}" doesn't look right. Could you check it?`,
  invalidPostcode: (postcode) =>
    `The postcode "${postcode}" is not valid: a postcode has 4 digits and 2 letters, for example 3132 CD. What is the correct postcode?`,
  addressNotFound: "I can't find this address. Please check the postcode and house number and send them again.",
  addressConfirmed: (address, municipality) => `Thank you. Your address ${address} is in ${municipality}.`,
  municipalityChanged: (municipality) =>
    `This address is in ${municipality}, so I'm using the rules of ${municipality}.`,
  business: (email, phone, customerPhone) =>
    `According to our address register this is a business address. The bulky waste pickup is for private residents only, and business waste is not bulky waste. For business waste, Irado's business customer service will help you: ${email}, ${phone}. Do you live here as a private resident? Then please call our customer service on ${customerPhone}.`,
  addressUnavailable: (phone) =>
    `I can't check your address right now. Please try again in a few minutes, or call customer service on ${phone}.`,

  askItems:
    'Which items would you like to have collected? Please give the number of each, and for large or heavy pieces the size or weight.',
  askSizes: (items, cap) =>
    `Do you know roughly how big the ${items} ${items.includes(',') ? 'are' : 'is'} (length × width × height)? Then I can check it exactly${cap ? ` (at most ${cap} per appointment)` : ''}; otherwise I use an average size.`,
  itemAccepted: (item, route) => `Yes, ${item} can go with the bulky waste, on the ${route} route.`,
  itemAcceptedPerMunicipality: (item, routes) => `Yes, ${item} can go with the bulky waste: ${routes}.`,
  itemTakenWhole: (maxLength) => `Furniture and mattresses may be larger than ${maxLength} and are taken in one piece.`,
  askUnknown: (items) =>
    `What do you mean by ${items}? Please describe it, or say "never mind" if it doesn't need to go.`,
  nothingBookable: "So I can't make a pickup appointment for this.",
  askMoreItems: 'Do you have other items that can be collected?',
  noRequest: (phone) =>
    `Then I won't make a request. If you have bulky waste or a question later, I'm happy to help. You can also call customer service on ${phone}.`,
  removed: (items) => `I have taken ${items} off the list.`,

  summaryTitle: 'This is your request:',
  summaryRoute: (route, appointments, volume) =>
    `**${route}**${appointments > 1 ? ` (${appointments} appointments)` : ''}, ${volume}`,
  summaryRefused: '**Not collected as bulky waste**',
  summaryDetails: '**Your details**',
  summaryHowTo: '**How to put it out**',
  askConfirmation: 'Is everything correct? Then I will send the request.',
  whatToChange: 'What would you like to change? You can add or remove items, or correct your details.',
  submitted: (reference) =>
    `✅ Your request has been received and registered under number **${reference}**. You will receive a confirmation by e-mail, and later the final date (or dates) from our planning team.`,
  alreadySubmitted: (reference) =>
    `Your request is already registered under number **${reference}**; nothing was sent twice. Would you like to have anything else collected?`,
  cancelled: 'I have stopped the request; nothing was sent. Can I help you with anything else?',
  restarted: "Let's start again.",
  stillBusiness: "I'm afraid I can't make a private bulky waste request for this address.",
  stillOutsideArea: "I'm afraid I can't make a request for an address outside our service area.",
};
