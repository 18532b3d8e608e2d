/** Sizes, weights and the volume per appointment (Decisions 1 and 2, §5.3, §5.4). */
import { metres, perMunicipality, toCm } from '../format.ts';
import { entries, page, volumeLimit } from './shared.ts';

export const sizeEntries = entries([
  {
    id: 'max-sizes',
    topic: 'sizes',
    questions: {
      nl: [
        'Hoe groot mag een stuk grofvuil zijn?',
        'hoe groot mag grofvuil zijn',
        'hoe lang mag een stuk grofvuil zijn',
        'maximale lengte en breedte grofvuil',
        'hoe zwaar mag grofvuil zijn',
        'maat grofvuil',
        'wat zijn de maximale afmetingen',
        'hoe lang en breed mag een stuk grofvuil zijn',
        'maximale maat voor grofvuil huisraad',
        'wat is de maximale lengte van grofvuil',
      ],
      en: [
        'What are the maximum sizes for bulky waste?',
        'how big can a piece be',
        'maximum length and weight of bulky waste',
      ],
      tr: ['Büyük atık en fazla ne kadar büyük olabilir?'],
      ar: ['ما هو الحجم الأقصى للنفايات الكبيرة؟'],
    },
    keywords: ['afmetingen', 'maat', 'lengte', 'breedte', 'groot', 'zwaar', 'gewicht', 'size', 'length', 'weight'],
    url: page('appointment'),
    answer: (rules) => {
      const l = rules.limits;
      return {
        nl: `Stukken Huisraad zijn maximaal ${metres('nl', l.maxPieceLengthM)} lang en ${metres('nl', l.maxPieceWidthM)} breed, en per stuk maximaal ${l.maxPieceWeightKg} kg. Dit zijn richtlijnen (Arbo), omdat de beladers alles met de hand tillen; een klein beetje meer is geen probleem. Meubels en matrassen mogen groter zijn en gaan in één stuk mee. Zonneschermen en radiatoren mogen tot ${metres('nl', l.sunscreenRadiatorMaxLengthM)}.`,
        en: `Huisraad pieces are at most ${metres('en', l.maxPieceLengthM)} long and ${metres('en', l.maxPieceWidthM)} wide, and at most ${l.maxPieceWeightKg} kg each. These are guidelines (occupational health and safety), because the loaders lift everything by hand; going slightly over is no problem. Furniture and mattresses may be bigger and are taken in one piece. Sun screens and radiators may be up to ${metres('en', l.sunscreenRadiatorMaxLengthM)}.`,
      };
    },
  },
  {
    id: 'furniture-one-piece',
    topic: 'sizes',
    questions: {
      nl: [
        'Mag een kast groter zijn dan de maximale maat?',
        'mijn kast is groter dan 1,80 moet ik hem uit elkaar halen',
        'moet ik mijn bank zagen',
        'mag een grote hoekbank in zijn geheel mee',
        'moet ik meubels demonteren',
        'mogen meubels groter zijn dan de maximale afmetingen',
        'mag een matras langer zijn dan de maximale lengte',
        'mogen meubels afwijken van de maximale maat',
        'moet een grote kast in stukken',
      ],
      en: [
        'Can furniture be bigger than the maximum size?',
        'do I need to take my wardrobe apart',
        'can a large corner sofa go in one piece',
      ],
    },
    keywords: ['meubels', 'groter', 'geheel', 'demonteren', 'zagen', 'uit elkaar', 'one piece'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `Ja, meubels en matrassen mogen groter zijn dan ${metres('nl', rules.limits.maxPieceLengthM)} × ${metres('nl', rules.limits.maxPieceWidthM)}; ze gaan in één stuk mee, u hoeft ze niet te zagen of te demonteren. Voor andere losse stukken geldt maximaal ${metres('nl', rules.limits.maxPieceLengthM)} lang en ${rules.limits.maxPieceWeightKg} kg.`,
      en: `Yes, furniture and mattresses may be larger than ${metres('en', rules.limits.maxPieceLengthM)} × ${metres('en', rules.limits.maxPieceWidthM)}; they are taken in one piece, so you do not have to saw or dismantle them. Other loose pieces are at most ${metres('en', rules.limits.maxPieceLengthM)} long and ${rules.limits.maxPieceWeightKg} kg.`,
    }),
  },
  {
    id: 'too-long',
    topic: 'sizes',
    questions: {
      nl: [
        'Mijn plank is langer dan 1,80 meter, wat nu?',
        'wat als een stuk te lang is',
        'balk van 3 meter aanbieden',
        'te lang hout grofvuil',
        'wat als een stuk langer is dan de maximale lengte',
      ],
      en: ['My plank is longer than the maximum, what now?', 'what if a piece is too long', 'long beam bulky waste'],
    },
    keywords: ['te lang', 'langer', 'plank', 'balk', 'zagen', 'too long'],
    url: (rules) => rules.alternatives.saw_to_size.url,
    answer: (rules) => ({
      nl: `${rules.alternatives.saw_to_size.text.nl} Dit geldt niet voor meubels en matrassen: die mogen groter zijn en gaan in één stuk mee.`,
      en: `${rules.alternatives.saw_to_size.text.en} This does not apply to furniture and mattresses: they may be bigger and are taken in one piece.`,
    }),
  },
  {
    id: 'volume-limit',
    topic: 'sizes',
    questions: {
      nl: [
        'Hoeveel mag ik per keer aanbieden?',
        'hoeveel m3 mag ik aanbieden',
        'hoeveel kuub grofvuil mag ik buiten zetten',
        'is er een maximum hoeveelheid',
        'hoeveel mag ik per keer kwijt',
        'hoeveel grofvuil mag ik per keer aanbieden',
        'wat is de maximale hoeveelheid grofvuil',
        'hoeveel m3 grofvuil per afspraak',
        'mag ik onbeperkt grofvuil aanbieden',
      ],
      en: [
        'How much bulky waste can I put out per appointment?',
        'what is the maximum volume',
        'how many cubic metres can I put out',
        'how much can I put out per appointment',
        'how many cubic metres per pickup',
      ],
      tr: ['Randevu başına ne kadar atık koyabilirim?'],
      ar: ['ما هي الكمية القصوى لكل موعد؟'],
    },
    keywords: ['hoeveelheid', 'm3', 'kuub', 'maximum', 'volume', 'kubieke meter', 'parkeervak'],
    url: (rules, municipality) =>
      municipality === 'Vlaardingen' ? rules.pages.grofvuilVlaardingen : rules.pages.grofvuil,
    answer: (rules, municipality) => {
      const limit = perMunicipality(rules, municipality, (m, lang) => volumeLimit(m, lang));
      return municipality === null
        ? {
            nl: `Dat hangt af van uw gemeente:\n${limit.nl}\nHeeft u meer, maak dan meerdere afspraken of breng de rest naar de milieustraat.`,
            en: `That depends on your municipality:\n${limit.en}\nIf you have more, book several appointments or take the rest to the milieustraat.`,
          }
        : {
            nl: `In ${municipality} geldt ${limit.nl}. Heeft u meer, maak dan meerdere afspraken of breng de rest naar de milieustraat.`,
            en: `In ${municipality} the limit is ${limit.en}. If you have more, book several appointments or take the rest to the milieustraat.`,
          };
    },
  },
  {
    id: 'volume-exceeded',
    topic: 'sizes',
    questions: {
      nl: [
        'Ik heb meer grofvuil dan het maximum, wat nu?',
        'ik heb te veel spullen voor een afspraak',
        'mijn hele huis moet leeg, hoe doe ik dat',
        'meer dan een kuub grofvuil',
        'ontruiming van een woning',
        'wat als ik meer heb dan toegestaan',
      ],
      en: [
        'I have more than the maximum, what now?',
        'too much for one appointment',
        'I am clearing out a whole house',
      ],
    },
    keywords: ['te veel', 'meer', 'ontruiming', 'leeghalen', 'maximum', 'too much'],
    url: page('trailer'),
    answer: (rules, municipality) => {
      const limit = perMunicipality(rules, municipality, (m, lang) => volumeLimit(m, lang));
      return {
        nl: `Per afspraak geldt:\n${limit.nl}\nHeeft u meer, verdeel het dan over meerdere afspraken, of breng de rest zelf naar de milieustraat, eventueel met de gratis leenaanhanger. Voor puin en sloopafval kunt u een Big Bag of bouwcontainer gebruiken.`,
        en: `Per appointment the limit is:\n${limit.en}\nIf you have more, spread it over several appointments, or take the rest to the milieustraat yourself, for example with the free loan trailer. For rubble and demolition waste you can use a Big Bag or building container.`,
      };
    },
  },
  {
    id: 'weight-limit',
    topic: 'sizes',
    questions: {
      nl: [
        'Hoe zwaar mag een stuk grofvuil zijn?',
        'maximaal gewicht grofvuil',
        'mijn kast weegt meer dan 30 kilo',
        'te zwaar grofvuil',
        'hoeveel kilo mag een stuk grofvuil wegen',
      ],
      en: ['How heavy may a piece be?', 'maximum weight of a piece', 'my item is very heavy'],
    },
    keywords: ['zwaar', 'gewicht', 'kilo', 'kg', 'weight', 'heavy'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `Losse stukken wegen maximaal ${rules.limits.maxPieceWeightKg} kg, omdat de beladers ze met de hand tillen; een klein beetje meer is geen probleem. Meubels en grote apparaten gaan in één stuk mee. Geef bij uw aanvraag het gewicht van zware stukken door, dan kan de planning zo nodig een kraanwagen inzetten.`,
      en: `Loose pieces weigh at most ${rules.limits.maxPieceWeightKg} kg, because the loaders lift them by hand; slightly more is no problem. Furniture and large appliances are taken in one piece. Give the weight of heavy pieces in your request, so planning can send a crane truck if needed.`,
    }),
  },
  {
    id: 'fence-panels',
    topic: 'huisraad',
    questions: {
      nl: [
        'Kan een oude schutting mee met het grofvuil?',
        'schutting weggooien',
        'oude schuttingdelen aanbieden',
        'hoe breed mag een schutting zijn',
        'tuinhek grofvuil',
        'mag een schutting mee met grofvuil',
        'schuttingdelen laten ophalen',
        'tuinhekken aanbieden',
      ],
      en: ['Can fences go with bulky waste?', 'old fence panels', 'garden gate bulky waste'],
    },
    keywords: ['schutting', 'tuinhek', 'hek', 'schuttingdelen', 'fence', 'gate'],
    url: page('grofvuil'),
    answer: (rules) => ({
      nl: `Ja, tuinhekken en schuttingen zijn tuinhout en gaan mee met Huisraad. Schuttingdelen mogen maximaal ${toCm(rules.limits.maxPieceWidthM)} cm breed en ${metres('nl', rules.limits.maxPieceLengthM)} lang zijn. Ze horen niet bij de snoeiroute.`,
      en: `Yes, garden gates and fences count as garden wood and go with Huisraad. Fence panels may be at most ${toCm(rules.limits.maxPieceWidthM)} cm wide and ${metres('en', rules.limits.maxPieceLengthM)} long. They do not belong on the pruning route.`,
    }),
  },
]);
