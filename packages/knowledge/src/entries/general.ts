/** What grofvuil is, what it costs, and how the municipalities differ. */
import { list, perMunicipality, toCm } from '../format.ts';
import { entries, mattressWithHuisraad, municipalitiesWhere, municipalityLine, page, volumeLimit } from './shared.ts';

export const generalEntries = entries([
  {
    id: 'what-is-grofvuil',
    topic: 'general',
    questions: {
      nl: [
        'Wat is grofvuil?',
        'wat valt er onder grof vuil',
        'wat betekent grofvuil eigenlijk',
        'is dit grofvuil of gewoon afval',
        'wat is grof afval',
        'wat verstaan jullie onder grofvuil',
        'valt een grote kast onder grofvuil',
        'is grofvuil hetzelfde als huisvuil',
      ],
      en: [
        'What is bulky waste?',
        'what counts as grofvuil',
        'what does bulky waste mean',
        'what is large household waste',
      ],
      tr: ['Büyük atık (grofvuil) nedir?', 'hacimli atık ne demek'],
      ar: ['ما هي النفايات الكبيرة؟', 'ما معنى grofvuil'],
    },
    keywords: ['grofvuil', 'definitie', 'huishoudelijk afval', 'te groot', 'kliko'],
    url: page('grofvuil'),
    answer: () => ({
      nl: 'Grofvuil is huishoudelijk afval dat te groot is voor de vuilniszak, de kliko of de containers in de wijk, zoals meubels, matrassen, apparaten en snoeiafval. Het gaat alleen om afval van huishoudens: bedrijfsafval is nooit grofvuil. U kunt het kwijt via een kringloopwinkel, door het zelf naar de milieustraat te brengen, of met een gratis grofvuilafspraak.',
      en: 'Grofvuil (bulky waste) is household waste that is too big for the bin bag, the kliko or the neighbourhood containers, such as furniture, mattresses, appliances and pruning waste. It covers household waste only: business waste is never grofvuil. You can give it to a second-hand shop, take it to the milieustraat (recycling centre) yourself, or book a free pickup appointment.',
    }),
  },
  {
    id: 'accepted-types',
    topic: 'general',
    questions: {
      nl: [
        'Welke soorten grofvuil mag ik aanbieden?',
        'wat mag er allemaal mee met het grofvuil',
        'wat halen jullie op als grofvuil',
        'welke afvalsoorten kan ik laten ophalen volgens de aanbiedregels',
        'wat mag ik aan de straat zetten voor grofvuil',
        'wat kan er allemaal mee met de grofvuilophaaldienst',
        'welke afvalsoorten horen bij grofvuil',
        'wat mag er bij het grofvuil',
        'wat mag ik als grofvuil meegeven',
      ],
      en: [
        'What kinds of bulky waste can I put out?',
        'what do you pick up as bulky waste',
        'which items are accepted for bulky waste collection',
        'what can I have collected',
      ],
      tr: ['Hangi büyük atıkları çıkarabilirim?', 'neleri alıyorsunuz'],
      ar: ['ما أنواع النفايات الكبيرة التي يمكنني وضعها؟', 'ماذا تجمعون'],
    },
    keywords: ['soorten', 'toegestaan', 'aanbiedregels', 'huisraad', 'ijzer', 'matras', 'snoeiafval', 'accepted'],
    url: page('grofvuil'),
    answer: (rules, municipality) => {
      const capelle = municipalitiesWhere(rules, (m) => mattressWithHuisraad(rules, m));
      const separate = municipalitiesWhere(rules, (m) => !mattressWithHuisraad(rules, m));
      const own = municipality === null ? null : mattressWithHuisraad(rules, rules.municipalities[municipality]);
      const mattressNl =
        own === null
          ? `in ${list('nl', capelle)} mee met Huisraad, in ${list('nl', separate)} met een eigen afspraak`
          : own
            ? `in ${municipality} mee met Huisraad`
            : `in ${municipality} met een eigen afspraak`;
      const mattressEn =
        own === null
          ? `with Huisraad in ${list('en', capelle)}, with their own appointment in ${list('en', separate)}`
          : own
            ? `with Huisraad in ${municipality}`
            : `with their own appointment in ${municipality}`;
      return {
        nl: `Als grofvuil kunt u deze soorten aanbieden, elk met een eigen afspraak:\n● **Huisraad**: meubels, glaswerk, textiel, verpakkingen, vloerbedekking, tuinhout, deuren en kozijnen\n● **IJzer en elektrische apparaten**: metalen spullen, witgoed en alles met een stekker\n● **Matrassen**, alleen droog (${mattressNl})\n● **Grof tuinafval / snoeiafval**: takken en boomstronken, gebundeld\nPuin, asbest, klein chemisch afval en gewoon restafval horen er niet bij.`,
        en: `You can put out these kinds of bulky waste, each with its own appointment:\n● **Huisraad**: furniture, glassware, textile, packaging, floor covering, garden wood, doors and window frames\n● **Metal and electrical appliances**: metal items, white goods and anything with a plug\n● **Mattresses**, dry only (${mattressEn})\n● **Coarse garden / pruning waste**: branches and tree stumps, bundled\nRubble, asbestos, small chemical waste and ordinary household waste are not included.`,
      };
    },
  },
  {
    id: 'ways-to-dispose',
    topic: 'general',
    questions: {
      nl: [
        'Hoe kom ik van mijn grofvuil af?',
        'wat zijn de mogelijkheden om grof afval kwijt te raken',
        'ik wil van oude spullen af wat nu',
        'waar kan ik mijn oude meubels kwijt',
        'hoe raak ik een oude kast kwijt',
        'ik ben aan het opruimen, hoe kom ik van de rommel af',
        'wat zijn de opties voor grote spullen',
        'wat doe ik met mijn oude meubels',
      ],
      en: [
        'How do I get rid of bulky waste?',
        'what are my options for old furniture',
        'where can I dispose of large items',
        'how to get rid of old stuff',
      ],
      tr: ['Eski eşyalarımdan nasıl kurtulurum?'],
      ar: ['كيف أتخلص من الأثاث القديم؟'],
    },
    keywords: ['kwijt', 'weggooien', 'mogelijkheden', 'kringloop', 'dispose', 'get rid'],
    url: page('appointment'),
    answer: () => ({
      nl: 'U heeft vier mogelijkheden:\n● verkoop het of geef het aan een kringloopwinkel als het nog bruikbaar is\n● breng het zelf naar de milieustraat, waar de meeste afvalsoorten gratis zijn\n● leen daarvoor de gratis aanhanger van Irado\n● maak een gratis grofvuilafspraak, dan halen we het bij u op\nWilt u dat ik een ophaalafspraak met u maak?',
      en: "You have four options:\n● sell it or give it to a second-hand shop (kringloop) if it is still usable\n● take it to the milieustraat (recycling centre) yourself, where most waste types are free\n● borrow Irado's free loan trailer to do so\n● book a free bulky-waste pickup appointment\nShall I start a pickup request with you?",
    }),
  },
  {
    id: 'cost-free',
    topic: 'general',
    questions: {
      nl: [
        'Wat kost het om grofvuil te laten ophalen?',
        'moet ik ervoor betalen',
        'is grofvuil ophalen gratis',
        'moet ik betalen voor het ophalen van grof vuil',
        'hoeveel kost een grofvuil afspraak',
        'wat zijn de kosten',
        'kost het ophalen van grofvuil geld',
        'is het gratis om grofvuil op te laten halen',
        'moet ik betalen voor een grofvuilafspraak',
        'zijn er kosten aan verbonden',
        'hoeveel moet ik betalen',
      ],
      en: [
        'Does bulky waste collection cost anything?',
        'is the pickup free',
        'how much do I pay for a pickup',
        'what is the price of bulky waste collection',
      ],
      tr: ['Büyük atık toplama ücretli mi?', 'ne kadar ödemem gerekiyor'],
      ar: ['هل جمع النفايات الكبيرة مجاني؟', 'كم تكلفة الجمع'],
    },
    keywords: ['kosten', 'gratis', 'prijs', 'betalen', 'free', 'cost'],
    url: page('appointment'),
    answer: () => ({
      nl: 'Het ophalen van grofvuil op afspraak is gratis. Alleen puin en bouw- en sloopafval halen we niet gratis op: daarvoor koopt u een Big Bag of huurt u een bouwcontainer. Zelf wegbrengen naar de milieustraat is voor de meeste afvalsoorten ook gratis.',
      en: 'Picking up bulky waste by appointment is free of charge. Only rubble and building and demolition waste are not collected for free: for those you buy a Big Bag or rent a building container. Taking waste to the milieustraat yourself is also free for most waste types.',
    }),
  },
  {
    id: 'small-item-rule',
    topic: 'general',
    questions: {
      nl: [
        'Mag een klein voorwerp zoals een kruikje bij het grofvuil?',
        'is een klein ding ook grofvuil',
        'kan ik een los klein spulletje laten ophalen',
        'mag een vaasje of lampje alleen mee als grofvuil',
        'kruik weggooien',
        'wordt een klein ding ook opgehaald',
        'halen jullie ook kleine voorwerpen op',
      ],
      en: [
        'Can I put out one small item like a hot-water bottle?',
        'is a small object bulky waste',
        'can you pick up a single small thing',
      ],
    },
    keywords: ['klein', 'kruikje', 'kruik', 'los voorwerp', 'small item', 'restafval'],
    url: page('grofvuil'),
    answer: (rules) => {
      const { smallItemMaxSideM: side, smallItemMaxWeightKg: kg } = rules.limits;
      const size = `${toCm(side)} × ${toCm(side)} × ${toCm(side)} cm`;
      return {
        nl: `Een los klein voorwerp, kleiner dan ${size} en lichter dan ${kg} kg (zoals een kruikje), is op zichzelf geen grofvuil. Gooi het bij het restafval, of bied het samen met andere kleine spullen aan als één bundel of open doos bij Huisraad.`,
        en: `A single small item, smaller than ${size} and lighter than ${kg} kg (such as a hot-water bottle), is not bulky waste on its own. Put it in the residual waste, or offer it together with other small items as one bundle or open box with Huisraad.`,
      };
    },
  },
  {
    id: 'municipal-differences',
    topic: 'general',
    questions: {
      nl: [
        'Verschillen de regels per gemeente?',
        'wat is het verschil tussen schiedam vlaardingen en capelle',
        'gelden overal dezelfde regels voor grofvuil',
        'verschillen de regels per gemeente',
        'aanbiedregels voor mijn gemeente',
        'zijn de regels in elke gemeente hetzelfde',
        'verschil tussen de gemeenten bij grofvuil',
        'wat is anders in capelle dan in schiedam',
      ],
      en: [
        'Do the rules differ per municipality?',
        'are the rules the same everywhere',
        'what are the differences between the municipalities',
      ],
    },
    keywords: ['gemeente', 'verschil', 'verschillend', 'per gemeente', 'municipality', 'differences'],
    url: page('grofvuil'),
    answer: (rules, municipality) => {
      const lines = perMunicipality(rules, municipality, (m, lang) => municipalityLine(rules, m, lang));
      return municipality === null
        ? {
            nl: `Ja, op een paar punten verschillen de regels per gemeente:\n${lines.nl}\nOok de snoeiroute en de milieustraat verschillen; de overige aanbiedregels zijn gelijk.`,
            en: `Yes, the rules differ per municipality on a few points:\n${lines.en}\nThe pruning route and the milieustraat differ too; the other rules are the same.`,
          }
        : {
            nl: `In ${municipality} geldt: ${lines.nl}. De overige aanbiedregels zijn in alle gemeenten gelijk.`,
            en: `In ${municipality}: ${lines.en}. The other rules are the same in every municipality.`,
          };
    },
  },
  {
    id: 'how-often',
    topic: 'general',
    questions: {
      nl: [
        'Hoe vaak per jaar mag ik grofvuil laten ophalen?',
        'is er een maximum aantal afspraken per jaar',
        'mag ik meerdere keren per jaar een afspraak maken',
        'mag ik vaker grofvuil aanbieden',
        'hoeveel stuks mag ik aanbieden',
        'hoe vaak mag ik een grofvuilafspraak maken',
        'mag ik elke maand grofvuil aanbieden',
        'is er een limiet aan het aantal afspraken',
      ],
      en: [
        'How often can I have bulky waste collected?',
        'is there a yearly limit on appointments',
        'how many items can I put out',
      ],
    },
    keywords: ['vaak', 'per jaar', 'aantal', 'stuks', 'often', 'times'],
    url: page('appointment'),
    answer: (rules, municipality) => {
      const limit = perMunicipality(rules, municipality, (m, lang) => volumeLimit(m, lang));
      return {
        nl: `Er is geen maximum aantal afspraken per jaar en ook geen maximum aantal stuks; de grens is de hoeveelheid per afspraak:\n${limit.nl}\nHeeft u meer, maak dan meerdere afspraken of breng de rest naar de milieustraat.`,
        en: `There is no maximum number of appointments per year and no maximum number of items; the limit is the volume per appointment:\n${limit.en}\nIf you have more, book several appointments or take the rest to the milieustraat.`,
      };
    },
  },
]);
