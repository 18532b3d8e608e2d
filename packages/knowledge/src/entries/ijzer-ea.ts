/** The IJzer / elektrische apparaten route (§3.2, §3.3). */
import { metres } from '../format.ts';
import { entries, page } from './shared.ts';

export const ijzerEaEntries = entries([
  {
    id: 'bicycle',
    topic: 'ijzer_ea',
    questions: {
      nl: [
        'Kan een oude fiets mee met het grofvuil?',
        'oude fiets weggooien',
        'kapotte fiets laten ophalen',
        'fietswrak aanbieden',
        'moet het slot van de fiets af',
        'mag een fiets mee met het grofvuil',
        'fiets aanbieden als grofvuil',
        'moet de fiets van het slot af',
      ],
      en: ['Can I put out a bicycle as bulky waste?', 'old bike disposal', 'does the bike need to be unlocked'],
      tr: ['Eski bisikletimi atabilir miyim?'],
      ar: ['هل يمكنني التخلص من دراجة قديمة؟'],
    },
    keywords: ['fiets', 'fietswrak', 'slot', 'bike', 'bicycle'],
    url: page('grofvuilVlaardingen'),
    answer: () => ({
      nl: 'Ja, een fiets (ook een fietswrak) gaat mee met de route IJzer, samen met andere metalen spullen. De fiets mag niet op slot staan, anders kan hij niet mee. Let op: brommers en scooters zijn geen grofvuil.',
      en: 'Yes, a bicycle (also a bicycle wreck) goes with the metal route (IJzer), together with other metal items. The bicycle must not be locked, otherwise it cannot be taken. Note: mopeds and scooters are not bulky waste.',
    }),
  },
  {
    id: 'electrical-examples',
    topic: 'ijzer_ea',
    questions: {
      nl: [
        'Welke elektrische apparaten halen jullie op?',
        'welke apparaten mogen mee met grofvuil',
        'welk witgoed halen jullie op',
        'mag een televisie of magnetron mee',
        'wasmachine weggooien',
        'welke elektrische apparaten mogen mee met grofvuil',
        'voorbeelden van apparaten die mee mogen',
        'mag een koelkast of wasmachine mee',
        'welke apparaten vallen onder elektrische apparaten',
      ],
      en: [
        'Which electrical appliances can go with bulky waste?',
        'can a TV or microwave be collected',
        'white goods collection',
      ],
      tr: ['Hangi elektrikli cihazlar alınıyor?', 'çamaşır makinesi atmak istiyorum'],
      ar: ['ما هي الأجهزة الكهربائية التي يمكن جمعها؟', 'أريد التخلص من غسالة'],
    },
    keywords: ['apparaten', 'witgoed', 'wasmachine', 'televisie', 'tv', 'magnetron', 'droger', 'appliances'],
    url: page('appliances'),
    answer: () => ({
      nl: 'Voorbeelden die meegaan met de route IJzer en elektrische apparaten:\n● koelkasten en vriezers (leeg, zonder etenswaren), wasmachines, drogers, vaatwassers en ovens\n● televisie, radio, stofzuiger, magnetron, koffiezetapparaat en ander klein apparaat\n● pc-apparatuur, printers, telefoons en opladers: alles met een stekker, batterij of accu\nMaak hiervoor een aparte afspraak; het gaat niet mee met Huisraad.',
      en: 'Examples that go with the metal and electrical appliances route:\n● fridges and freezers (empty, without food), washing machines, dryers, dishwashers and ovens\n● TV, radio, vacuum cleaner, microwave, coffee maker and other small appliances\n● PC equipment, printers, phones and chargers: anything with a plug, battery or accu\nBook a separate appointment for these; they do not go with Huisraad.',
    }),
  },
  {
    id: 'electrical-definition',
    topic: 'ijzer_ea',
    questions: {
      nl: [
        'Valt alles met een stekker onder elektrische apparaten?',
        'wat is een elektrisch apparaat',
        'valt een elektrische tandenborstel onder apparaten',
        'telt alles met een batterij als elektrisch apparaat',
        'is een föhn e-waste',
        'mogen apparaten met een stekker mee',
        'wat valt onder elektrische apparaten',
        'elektrische apparaten met stekker of batterij',
      ],
      en: [
        'Can appliances with a plug go with bulky waste?',
        'what counts as an electrical appliance',
        'is an electric toothbrush e-waste',
      ],
    },
    keywords: ['stekker', 'batterij', 'accu', 'elektrisch', 'e-waste', 'plug', 'definitie'],
    url: page('appliances'),
    answer: () => ({
      nl: 'Ja. Alles met een stekker, batterij of accu telt als elektrisch apparaat, ook een elektrische tandenborstel, afstandsbediening, camera of föhn. Het gaat mee met de route IJzer en elektrische apparaten, met een aparte afspraak. Kabels, verlengsnoeren, aanstekers en horloges zijn geen elektrische apparaten: die horen bij het restafval.',
      en: 'Yes. Anything with a plug, battery or accu counts as an electrical appliance, including an electric toothbrush, remote control, camera or hair dryer. It goes with the metal and electrical appliances route, with a separate appointment. Cables, extension cords, lighters and watches are not electrical appliances: they belong in the residual waste.',
    }),
  },
  {
    id: 'not-ewaste',
    topic: 'ijzer_ea',
    questions: {
      nl: [
        'Is een verlengsnoer een elektrisch apparaat?',
        'waar laat ik oude kabels en snoeren',
        'horen startkabels bij elektrische apparaten',
        'aansteker of horloge weggooien',
        'is een kabel een elektrisch apparaat',
      ],
      en: ['Is an extension cord e-waste?', 'where do old cables go', 'are jump leads electrical appliances'],
    },
    keywords: ['verlengsnoer', 'kabel', 'snoer', 'startkabel', 'aansteker', 'horloge', 'dynamo', 'cable'],
    url: page('appliances'),
    answer: (rules) => ({
      nl: `Nee, horloges, start- en verbindingskabels, aanstekers, elektriciteitsdraad, een fietsdynamo en verlengsnoeren zijn geen elektrische apparaten. ${rules.alternatives.restafval.text.nl}`,
      en: `No, watches, jump-start and connection cables, lighters, electrical wire, a bicycle dynamo and extension cords are not electrical appliances. ${rules.alternatives.restafval.text.en}`,
    }),
  },
  {
    id: 'appliance-options',
    topic: 'ijzer_ea',
    questions: {
      nl: [
        'Hoe kom ik van een oud apparaat af?',
        'waar kan ik mijn oude koelkast kwijt',
        'oude apparaten inleveren',
        'waar breng ik een magnetron die het niet meer doet',
        'wat kan ik doen met oude elektrische apparaten',
        'oude elektrische apparaten weggooien',
        'elektrische apparaten inleveren',
        'wat doe ik met een wasmachine die ik niet meer gebruik',
        'wat doe ik met mijn oude wasmachine',
        'wat moet ik doen met een oud apparaat',
      ],
      en: [
        'What do I do with old electrical appliances?',
        'where can I hand in an old fridge',
        'disposal options for appliances',
      ],
    },
    keywords: ['inleveren', 'winkel', 'kringloop', 'repair', 'oude apparaten', 'hand in'],
    url: page('appliances'),
    answer: () => ({
      nl: 'U heeft een paar mogelijkheden:\n● lever het gratis in bij de winkel als u een nieuw apparaat koopt\n● geef werkende apparaten aan een kringloopwinkel, of laat ze maken bij een Repair Café\n● breng het naar de milieustraat of een inzamelpunt in de winkel\n● of maak een grofvuilafspraak voor de route IJzer en elektrische apparaten, dan halen we het op',
      en: 'You have a few options:\n● hand it in free at the shop when you buy a new appliance\n● give working appliances to a second-hand shop, or have them repaired at a Repair Café\n● take it to the milieustraat or a collection point in a shop\n● or book a bulky-waste appointment for the metal and electrical appliances route and we collect it',
    }),
  },
  {
    id: 'small-appliances',
    topic: 'ijzer_ea',
    questions: {
      nl: [
        'Kan een kapotte waterkoker mee met grofvuil?',
        'waterkoker en strijkijzer weggooien',
        'kleine apparaten laten ophalen',
        'friteuse en mixer grofvuil',
        'mogen kleine elektrische apparaten mee',
        'mag een koffiezetapparaat mee met grofvuil',
        'mixer weggooien',
      ],
      en: [
        'Can small appliances like a coffee maker go with bulky waste?',
        'old kettle and iron',
        'small electrical items pickup',
      ],
    },
    keywords: ['koffiezetter', 'mixer', 'waterkoker', 'strijkijzer', 'friteuse', 'klein apparaat', 'kettle'],
    url: page('appliances'),
    answer: () => ({
      nl: 'Ja, kleine apparaten zoals een koffiezetapparaat, mixer, waterkoker, strijkijzer of friteuse mogen mee met de route IJzer en elektrische apparaten. Doe ze samen in een open doos. U kunt ze ook inleveren bij de milieustraat of een inzamelpunt in de winkel.',
      en: 'Yes, small appliances such as a coffee maker, mixer, kettle, iron or deep fryer can go with the metal and electrical appliances route. Put them together in an open box. You can also hand them in at the milieustraat or a shop collection point.',
    }),
  },
  {
    id: 'fridge-freezer',
    topic: 'ijzer_ea',
    questions: {
      nl: [
        'Hoe bied ik een koelkast of vriezer aan?',
        'moet de koelkast leeg zijn',
        'diepvries weggooien',
        'ijskast laten ophalen',
        'mag een koelkast mee met het grofvuil',
        'koelkast laten ophalen',
      ],
      en: [
        'How do I put out a fridge or freezer?',
        'does the fridge need to be empty',
        'freezer collection',
        'how do I get rid of a fridge',
      ],
    },
    keywords: ['koelkast', 'vriezer', 'diepvries', 'ijskast', 'leeg', 'fridge', 'freezer'],
    url: page('appliances'),
    answer: () => ({
      nl: 'Een koelkast of vriezer gaat mee met de route IJzer en elektrische apparaten, met een aparte afspraak. Maak hem helemaal leeg: er mag geen eten meer in zitten. Zet hem op de ophaaldag aan de doorgaande weg en geef het gewicht door bij uw aanvraag.',
      en: 'A fridge or freezer goes with the metal and electrical appliances route, with a separate appointment. Empty it completely: no food may be left inside. Put it at the through road on the pickup day and give its weight in your request.',
    }),
  },
  {
    id: 'radiator-sunscreen',
    topic: 'ijzer_ea',
    questions: {
      nl: [
        'Hoe lang mag een radiator zijn?',
        'mag een radiator mee met grofvuil',
        'zonnescherm of markies weggooien',
        'hoe lang mag een zonnescherm zijn',
        'hoe lang mogen radiatoren zijn',
        'radiator aanbieden als grofvuil',
        'maximale lengte radiator',
        'mogen radiatoren mee',
      ],
      en: ['How long can a radiator be?', 'can a sun screen or awning be collected', 'radiator disposal'],
    },
    keywords: ['radiator', 'verwarming', 'zonnescherm', 'markies', 'uitvalscherm', 'awning'],
    url: page('grofvuil'),
    answer: (rules) => ({
      nl: `Radiatoren en zonneschermen (markies of uitvalscherm) gaan mee met de route IJzer en elektrische apparaten, tot een lengte van ${metres('nl', rules.limits.sunscreenRadiatorMaxLengthM)}. Langer? Breng het dan naar de milieustraat.`,
      en: `Radiators and sun screens (awning or drop-arm screen) go with the metal and electrical appliances route, up to ${metres('en', rules.limits.sunscreenRadiatorMaxLengthM)} long. Longer? Then take it to the milieustraat.`,
    }),
  },
  {
    id: 'metal-items',
    topic: 'ijzer_ea',
    questions: {
      nl: [
        'Kan een oude bedspiraal worden opgehaald?',
        'oude bbq weggooien',
        'oude strijkplank en droogrek weggooien',
        'metalen bureaustoel aanbieden',
        'ijzeren spullen laten ophalen',
        'mag een barbecue mee',
        'mag een bedspiraal mee met het grofvuil',
        'metalen spullen aanbieden',
        'strijkplank weggooien',
      ],
      en: ['Can a bed spring base go with bulky waste?', 'old barbecue disposal', 'metal items collection'],
    },
    keywords: ['ijzer', 'metaal', 'bedspiraal', 'barbecue', 'bbq', 'strijkplank', 'droogrek', 'bureaustoel', 'metal'],
    url: page('grofvuil'),
    answer: () => ({
      nl: 'Ja, metalen spullen gaan mee met de route IJzer: bijvoorbeeld een bedspiraal, barbecue, strijkplank, bureaustoel of ijzeren droogrek. Maak hiervoor een aparte afspraak voor IJzer en elektrische apparaten.',
      en: 'Yes, metal items go with the metal route (IJzer): for example a bed spring base, barbecue, ironing board, office chair or iron drying rack. Book a separate appointment for metal and electrical appliances.',
    }),
  },
]);
