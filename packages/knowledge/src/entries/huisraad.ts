/** The Huisraad route: furniture and other household goods (§3.1). */
import { list, metres, toCm } from '../format.ts';
import { entries, mattressWithHuisraad, municipalitiesWhere, page } from './shared.ts';

export const huisraadEntries = entries([
  {
    id: 'huisraad-overview',
    topic: 'huisraad',
    questions: {
      nl: [
        'Wat valt er allemaal onder huisraad?',
        'wat is huisraad',
        'wat mag er mee met de route huisraad',
        'wat valt onder grofvuil huisraad',
        'welke spullen zijn huisraad',
        'welke spullen vallen onder huisraad',
        'wat valt onder grofvuil huisraad',
        'wat hoort bij huisraad',
      ],
      en: ['What counts as Huisraad?', 'what goes on the household items route', 'what is huisraad'],
      tr: ['Huisraad nedir?', 'ev eşyası olarak ne alınıyor'],
      ar: ['ما هو Huisraad؟', 'ما الذي يعتبر أثاثا منزليا'],
    },
    keywords: ['huisraad', 'meubels', 'inboedel', 'household items'],
    url: page('grofvuil'),
    answer: (rules) => {
      const where = municipalitiesWhere(rules, (m) => mattressWithHuisraad(rules, m));
      return {
        nl: `Onder Huisraad vallen:\n● meubels: tafels, banken, stoelen, bedden, kasten, dressoirs en tuinmeubilair\n● glaswerk: vitrinekasten, glazen tafelbladen, aquaria\n● textiel: kleding, gordijnen\n● verpakkingen: karton (plat en gebundeld), piepschuim, verpakkingsplastic\n● vloerbedekking: tapijt, vloerkleden, laminaat, zeil\n● tuinhout, schroten, deuren, ruiten en kozijnen, en losse spullen uit en om het huis\nMatrassen gaan alleen in ${list('nl', where)} mee met Huisraad.`,
        en: `Huisraad (household items) covers:\n● furniture: tables, sofas, chairs, beds, wardrobes, sideboards and garden furniture\n● glassware: display cabinets, glass table tops, aquariums\n● textile: clothes, curtains\n● packaging: cardboard (flattened and bundled), polystyrene foam, packaging plastic\n● floor covering: carpet, rugs, laminate, vinyl\n● garden wood, wall panelling, doors, window panes and frames, and loose items from in and around the house\nMattresses go with Huisraad only in ${list('en', where)}.`,
      };
    },
  },
  {
    id: 'furniture',
    topic: 'huisraad',
    questions: {
      nl: [
        'Mag mijn oude bank mee met het grofvuil?',
        'kast weggooien',
        'hoe kom ik van mijn bankstel af',
        'mag een eettafel met stoelen mee',
        'oud bed en kledingkast aanbieden',
        'mijn bankstel moet weg',
        'mag een kast mee met het grofvuil',
        'kunnen jullie mijn bank ophalen',
        'meubels laten ophalen',
      ],
      en: ['Can my old sofa go with bulky waste?', 'how do I get rid of a wardrobe', 'old dining table and chairs'],
      tr: ['Eski kanepemi atabilir miyim?', 'dolap atmak istiyorum'],
      ar: ['هل يمكن أخذ الكنبة القديمة؟', 'أريد التخلص من خزانة'],
    },
    keywords: [
      'bank',
      'bankstel',
      'driezitsbank',
      'hoekbank',
      'kast',
      'tafel',
      'stoel',
      'bed',
      'meubel',
      'sofa',
      'couch',
      'wardrobe',
    ],
    url: page('grofvuil'),
    answer: () => ({
      nl: 'Ja, meubels zoals banken, kasten, tafels, stoelen, bedden en dressoirs gaan mee met Huisraad. Ze mogen groter zijn dan de maximale maat en gaan in één stuk mee. Is het nog bruikbaar? Dan kunt u het ook aan een kringloopwinkel geven.',
      en: 'Yes, furniture such as sofas, wardrobes, tables, chairs, beds and sideboards goes with Huisraad. It may be bigger than the maximum size and is taken in one piece. Still usable? Then you can also give it to a second-hand shop.',
    }),
  },
  {
    id: 'floor-covering',
    topic: 'huisraad',
    questions: {
      nl: [
        'Kan ik mijn oude vloerbedekking kwijt via het grofvuil?',
        'hoe bied ik een rol tapijt aan',
        'oud tapijt weggooien',
        'laminaat aanbieden bij het grofvuil',
        'vinyl vloer grofvuil',
        'mag tapijt mee met het grofvuil',
        'mag laminaat mee met grofvuil',
        'vloerbedekking laten ophalen',
        'mag zeil mee',
        'tapijt in rollen aanbieden',
        'vloerbedekking in stukken aanbieden',
        'oud tapijt van de vloer of trap',
      ],
      en: [
        'Does floor covering count as bulky waste?',
        'can I put out old carpet in rolls',
        'laminate flooring bulky waste',
      ],
    },
    keywords: ['vloerbedekking', 'tapijt', 'laminaat', 'zeil', 'vinyl', 'vloerkleed', 'rol', 'carpet', 'laminate'],
    url: page('grofvuil'),
    answer: (rules) => ({
      nl: `Ja, vloerbedekking zoals tapijt, vloerkleden, laminaat en zeil gaat mee met Huisraad. Bied het aan in rollen of stukken van maximaal ${metres('nl', rules.limits.maxPieceLengthM)} lang en ${rules.limits.maxPieceWeightKg} kg, en bundel laminaat stevig.`,
      en: `Yes, floor covering such as carpet, rugs, laminate and vinyl goes with Huisraad. Offer it in rolls or pieces of at most ${metres('en', rules.limits.maxPieceLengthM)} long and ${rules.limits.maxPieceWeightKg} kg, and bundle laminate firmly.`,
    }),
  },
  {
    id: 'garden-wood-shed',
    topic: 'huisraad',
    questions: {
      nl: [
        'Mag een tuinhuisje of schuur als grofvuil mee?',
        'afgebroken schuurtje aanbieden',
        'vlonder en bielzen weggooien',
        'oude pergola grofvuil',
        'tuinhout ophalen',
        'mag een oude schuur mee met grofvuil',
      ],
      en: ['Can a dismantled shed go with bulky waste?', 'old decking and railway sleepers', 'garden wood collection'],
    },
    keywords: ['tuinhuis', 'schuur', 'vlonder', 'bielzen', 'pergola', 'prieel', 'tuinhout', 'shed', 'decking'],
    url: page('grofvuil'),
    answer: (rules) => ({
      nl: `Ja, tuinhout gaat mee met Huisraad: afgebroken schuurtjes, prieeltjes, vlonders, bielzen, tuinhekken en schuttingen. Zaag of demonteer het tot stukken van maximaal ${metres('nl', rules.limits.maxPieceLengthM)} en bundel kleine delen. Het hoort niet bij de snoeiroute.`,
      en: `Yes, garden wood goes with Huisraad: dismantled sheds, arbours, decking, railway sleepers, garden gates and fences. Saw or dismantle it into pieces of at most ${metres('en', rules.limits.maxPieceLengthM)} and bundle small parts. It does not belong on the pruning route.`,
    }),
  },
  {
    id: 'wall-panelling',
    topic: 'huisraad',
    questions: {
      nl: [
        'Halen jullie ook schroten op?',
        'oude schroten van de muur weggooien',
        'wandbetimmering aanbieden',
        'kunststof wandpanelen grofvuil',
        'mogen schroten mee met het grofvuil',
        'houten schroten aanbieden',
      ],
      en: [
        'Can wooden or plastic wall panelling go with bulky waste?',
        'old wall panels',
        'timber cladding from inside',
      ],
    },
    keywords: ['schroten', 'wandpanelen', 'betimmering', 'panelling', 'panels'],
    url: page('grofvuil'),
    answer: (rules) => ({
      nl: `Ja, houten en kunststof schroten gaan mee met Huisraad. Bundel ze stevig tot bundels van maximaal ${metres('nl', rules.limits.maxPieceLengthM)} lang en ${rules.limits.maxPieceWeightKg} kg.`,
      en: `Yes, wooden and plastic wall panelling (schroten) goes with Huisraad. Bundle it firmly into bundles of at most ${metres('en', rules.limits.maxPieceLengthM)} long and ${rules.limits.maxPieceWeightKg} kg.`,
    }),
  },
  {
    id: 'glassware',
    topic: 'huisraad',
    questions: {
      nl: [
        'Kan mijn oude aquarium worden opgehaald?',
        'vitrinekast weggooien',
        'glazen tafelblad aanbieden',
        'spiegel bij het grofvuil',
        'mag een aquarium mee',
        'aquarium weggooien',
        'mag glaswerk mee met grofvuil',
      ],
      en: ['Can an aquarium go with bulky waste?', 'glass display cabinet', 'glass table top'],
    },
    keywords: ['aquarium', 'vitrine', 'glaswerk', 'glas', 'spiegel', 'tafelblad', 'glass'],
    url: page('grofvuil'),
    answer: () => ({
      nl: 'Ja, glaswerk zoals een aquarium, vitrinekast of glazen tafelblad gaat mee met Huisraad. Maak het leeg en plak losse glasplaten af met tape of verpak ze in karton.',
      en: 'Yes, glassware such as an aquarium, display cabinet or glass table top goes with Huisraad. Empty it, and tape loose glass panes or pack them in cardboard.',
    }),
  },
  {
    id: 'textile',
    topic: 'huisraad',
    questions: {
      nl: [
        'Kunnen oude gordijnen mee met het grofvuil?',
        'oude kleding weggooien met grofvuil',
        'gordijnen aanbieden',
        'zakken met kleren grofvuil',
        'mag textiel mee met het grofvuil',
        'textiel aanbieden',
        'mogen gordijnen mee',
      ],
      en: ['Can textile like curtains go with bulky waste?', 'old clothes with bulky waste', 'curtains disposal'],
    },
    keywords: ['textiel', 'kleding', 'kleren', 'gordijnen', 'textile', 'clothes', 'curtains'],
    url: page('grofvuil'),
    answer: () => ({
      nl: 'Ja, textiel zoals kleding en gordijnen gaat mee met Huisraad. Doe het in open dozen of zakken of bundel het. Nog draagbare kleding kunt u ook aan een kringloopwinkel geven.',
      en: 'Yes, textile such as clothes and curtains goes with Huisraad. Put it in open boxes or bags or bundle it. Wearable clothes can also go to a second-hand shop.',
    }),
  },
  {
    id: 'packaging',
    topic: 'huisraad',
    questions: {
      nl: [
        'Kan verpakkingsplastic mee met het grofvuil?',
        'piepschuim weggooien',
        'verpakking van een nieuwe kast',
        'veel plastic folie en piepschuim',
        'mag verpakkingsmateriaal mee met grofvuil',
        'plastic verpakkingen aanbieden',
        'mag piepschuim mee',
      ],
      en: ['Can packaging plastic go with bulky waste?', 'polystyrene foam disposal', 'packaging from new furniture'],
    },
    keywords: ['verpakking', 'piepschuim', 'plastic', 'folie', 'packaging', 'polystyrene', 'styrofoam'],
    url: page('grofvuil'),
    answer: () => ({
      nl: 'Ja, verpakkingsmateriaal gaat mee met Huisraad: verpakkingsplastic, piepschuim en karton. Maak karton plat en bundel het, en doe klein materiaal in open dozen of zakken.',
      en: 'Yes, packaging goes with Huisraad: packaging plastic, polystyrene foam and cardboard. Flatten and bundle cardboard, and put small material in open boxes or bags.',
    }),
  },
  {
    id: 'doors-windows',
    topic: 'huisraad',
    questions: {
      nl: [
        'Halen jullie oude deuren en kozijnen op?',
        'oude binnendeuren weggooien',
        'raamkozijn aanbieden',
        'kozijnen grofvuil',
        'mogen deuren mee met het grofvuil',
        'ruiten en kozijnen aanbieden',
        'oude ramen weggooien',
      ],
      en: ['Can doors, window panes and frames go with bulky waste?', 'old interior doors', 'window frames disposal'],
    },
    keywords: ['deur', 'deuren', 'ruit', 'raam', 'kozijn', 'raamkozijn', 'door', 'window'],
    url: page('grofvuil'),
    answer: () => ({
      nl: 'Ja, deuren, ruiten en raamkozijnen gaan mee met Huisraad. Plak glas af met tape of verpak het in karton, zodat niemand zich kan snijden.',
      en: 'Yes, doors, window panes and window frames go with Huisraad. Tape the glass or pack it in cardboard, so nobody can get cut.',
    }),
  },
  {
    id: 'garden-furniture',
    topic: 'huisraad',
    questions: {
      nl: [
        'Mag tuinmeubilair mee met het grofvuil?',
        'oude tuinstoelen en tuintafel',
        'loungeset weggooien',
        'parasol weggooien',
        'mag tuinmeubilair mee',
        'tuinstoelen laten ophalen',
      ],
      en: ['Can garden furniture go with bulky waste?', 'old garden chairs and table', 'lounge set disposal'],
    },
    keywords: ['tuinmeubilair', 'tuinstoel', 'tuintafel', 'loungeset', 'parasol', 'garden furniture'],
    url: page('grofvuil'),
    answer: () => ({
      nl: 'Ja, tuinmeubilair zoals tuinstoelen, tuintafels en loungesets gaat mee met Huisraad. Het hoort niet bij de snoeiroute. Een betonnen parasolvoet is geen grofvuil: die brengt u naar de milieustraat.',
      en: 'Yes, garden furniture such as garden chairs, tables and lounge sets goes with Huisraad. It does not belong on the pruning route. A concrete parasol base is not bulky waste: take it to the milieustraat.',
    }),
  },
  {
    id: 'household-items',
    topic: 'huisraad',
    questions: {
      nl: [
        'Mogen losse spullen zoals een emmer of vaas mee?',
        'speelgoed en koffers weggooien',
        'losse spullen uit de schuur',
        'kinderwagen of box aanbieden',
        'mogen losse spullen uit huis mee',
      ],
      en: ['Can loose items like a bucket or vase go?', 'old toys and suitcases', 'stuff from the shed'],
    },
    keywords: ['emmer', 'vaas', 'speelgoed', 'koffer', 'kinderwagen', 'losse spullen', 'toys', 'suitcase'],
    url: page('grofvuil'),
    answer: (rules) => ({
      nl: `Losse spullen uit en om het huis, zoals een emmer, vaas, speelgoed of koffer, gaan mee met Huisraad. Doe kleine spullen samen in open dozen of zakken of bundel ze. Een los klein voorwerp (kleiner dan ${toCm(rules.limits.smallItemMaxSideM)} × ${toCm(rules.limits.smallItemMaxSideM)} × ${toCm(rules.limits.smallItemMaxSideM)} cm en lichter dan ${rules.limits.smallItemMaxWeightKg} kg) hoort op zichzelf bij het restafval.`,
      en: `Loose items from in and around the house, such as a bucket, vase, toys or a suitcase, go with Huisraad. Put small things together in open boxes or bags, or bundle them. A single small item (smaller than ${toCm(rules.limits.smallItemMaxSideM)} × ${toCm(rules.limits.smallItemMaxSideM)} × ${toCm(rules.limits.smallItemMaxSideM)} cm and lighter than ${rules.limits.smallItemMaxWeightKg} kg) belongs in the residual waste on its own.`,
    }),
  },
]);
