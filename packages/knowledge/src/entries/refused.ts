/** Items that are never grofvuil, each with its alternative (§4, Decision 9). */
import { eur, perMunicipality } from '../format.ts';
import { bigBagPrices, entries, page } from './shared.ts';

export const refusedEntries = entries([
  {
    id: 'refused-overview',
    topic: 'refused',
    questions: {
      nl: [
        'Wat wordt er niet meegenomen met het grofvuil?',
        'wat wordt er niet meegenomen',
        'welke spullen zijn verboden bij het grofvuil',
        'wat hoort niet bij grofvuil',
        'wat zijn uitgesloten afvalsoorten',
        'wat mag niet bij het grofvuil',
        'wat is niet toegestaan bij grofvuil',
        'wat halen jullie niet op',
        'wat mag ik niet aanbieden',
      ],
      en: ['What is not allowed as bulky waste?', 'what will not be collected', 'which items are refused'],
      tr: ['Büyük atık olarak neler kabul edilmiyor?'],
      ar: ['ما الذي لا يقبل كنفايات كبيرة؟'],
    },
    keywords: [
      'niet toegestaan',
      'verboden',
      'uitgesloten',
      'niet mee',
      'refused',
      'not allowed',
      // The items the answer lists, so a question naming several of them finds this overview.
      'autobanden',
      'brommers',
      'scooters',
      'puin',
      'asbest',
      'restafval',
      'chemisch afval',
      'dakpannen',
      'beton',
      'grond',
    ],
    url: page('grofvuil'),
    answer: () => ({
      nl: 'Dit is geen grofvuil en wordt niet meegenomen:\n● huisvuil / restafval\n● bouw- en sloopafval: puin, stenen, gipsplaten, tegels, sanitair en keukenblokken\n● klein chemisch afval (kca), zoals verf, tl-buizen en batterijen\n● asbest\n● autobanden, brommers, scooters, scootmobielen en aanhangwagentjes\n● betonnen voorwerpen, dakpannen, golfplaten, regenpijpen en dakgoten, grond, zand en graszoden, satellietschotels en bedrijfsafval\nDe meeste hiervan kunt u zelf naar de milieustraat brengen; voor puin en sloopafval zijn er Big Bags en bouwcontainers.',
      en: 'These are not bulky waste and will not be collected:\n● household / residual waste\n● building and demolition waste: rubble, stones, plasterboard, tiles, sanitary ware and kitchen units\n● small chemical waste (kca), such as paint, fluorescent tubes and batteries\n● asbestos\n● car tyres, mopeds, scooters, mobility scooters and small trailers\n● concrete objects, roof tiles, corrugated sheets, downpipes and gutters, soil, sand and turf, satellite dishes and business waste\nMost of these you can take to the milieustraat yourself; for rubble and demolition waste there are Big Bags and building containers.',
    }),
  },
  {
    id: 'restafval',
    topic: 'refused',
    questions: {
      nl: [
        'Kunnen gewone vuilniszakken mee met het grofvuil?',
        'mogen vuilniszakken mee met het grofvuil',
        'mijn kliko is vol, mag de rest bij het grofvuil',
        'huisvuil naast het grofvuil zetten',
        'mag huisvuil mee met het grofvuil',
        'mag restafval bij het grofvuil',
        'huisvuil als grofvuil aanbieden',
      ],
      en: [
        'Can household waste go with bulky waste?',
        'can bin bags go with the bulky waste',
        'my bin is full, can I add bags',
      ],
    },
    keywords: ['restafval', 'huisvuil', 'vuilniszak', 'kliko', 'household waste', 'bin bags'],
    url: (rules) => rules.alternatives.restafval.url,
    answer: (rules) => ({
      nl: `Nee, huisvuil en restafval zijn geen grofvuil en worden niet meegenomen. ${rules.alternatives.restafval.text.nl} Past het er niet in, dan kunt u het ook naar de milieustraat brengen.`,
      en: `No, household and residual waste is not bulky waste and will not be collected. ${rules.alternatives.restafval.text.en} If it does not fit, you can also take it to the milieustraat.`,
    }),
  },
  {
    id: 'renovation-waste',
    topic: 'refused',
    questions: {
      nl: [
        'Mag een oud keukenblok of toilet als grofvuil mee?',
        'afval van mijn badkamerverbouwing',
        'sanitair en tegels weggooien',
        'ik verbouw mijn keuken, waar laat ik het afval',
        'wc pot en wastafel aanbieden',
        'mag een keukenblok mee met grofvuil',
      ],
      en: [
        'Can an old kitchen unit or toilet go with bulky waste?',
        'waste from my bathroom renovation',
        'old tiles and sink disposal',
      ],
    },
    keywords: ['verbouwing', 'keukenblok', 'keuken', 'badkamer', 'sanitair', 'toilet', 'wc', 'tegels', 'renovation'],
    url: (rules) => rules.alternatives.bouwcontainer.url,
    answer: (rules) => ({
      nl: `Nee, afval van een verbouwing van badkamer of keuken (sanitair, keukenblok, tegels, gipsplaten) is geen grofvuil. Huur hiervoor een bouwcontainer of koop een Big Bag: ${bigBagPrices(rules, 'nl')}, inclusief btw en ophalen. U kunt het ook zelf naar de milieustraat brengen.`,
      en: `No, waste from a bathroom or kitchen renovation (sanitary ware, kitchen unit, tiles, plasterboard) is not bulky waste. Rent a building container or buy a Big Bag for it: ${bigBagPrices(rules, 'en')}, including VAT and collection. You can also take it to the milieustraat yourself.`,
    }),
  },
  {
    id: 'rubble',
    topic: 'refused',
    questions: {
      nl: [
        'Kan puin mee met het grofvuil?',
        'waar laat ik oude gipsplaten',
        'hoe kom ik van bouw en sloopafval af',
        'oude stoeptegels weggooien',
        'bakstenen laten ophalen',
        'mag puin mee met het grofvuil',
        'mag ik stenen aanbieden als grofvuil',
        'wat doe ik met puin',
        'gipsplaten aanbieden',
        'bouw en sloopafval weggooien',
        'wat doe ik met bouwafval',
      ],
      en: ['Can I put out plasterboard, rubble or stone?', 'what do I do with rubble', 'old paving tiles disposal'],
      tr: ['Moloz ve taşları ne yapmalıyım?'],
      ar: ['ماذا أفعل بالركام والحجارة؟'],
    },
    keywords: ['puin', 'steen', 'stenen', 'gipsplaten', 'bouwafval', 'sloopafval', 'tegels', 'rubble'],
    url: (rules, municipality) =>
      municipality === 'Capelle aan den IJssel'
        ? rules.pages.rubbleCapelle
        : municipality === 'Schiedam'
          ? rules.pages.rubbleSchiedam
          : rules.pages.rubble,
    answer: (rules, municipality) => {
      const price = perMunicipality(rules, municipality, (m, lang) => m.puinAtMilieustraat[lang]);
      return {
        nl: `Nee, puin, stenen, gipsplaten en ander bouw- en sloopafval zijn geen grofvuil en worden niet gratis opgehaald. U kunt het zelf naar de milieustraat brengen:\n${price.nl}\nOf koop een Big Bag, inclusief ophalen: ${bigBagPrices(rules, 'nl')}. Of huur een bouwcontainer.`,
        en: `No, rubble, stones, plasterboard and other building and demolition waste are not bulky waste and are not collected for free. You can take it to the milieustraat yourself:\n${price.en}\nOr buy a Big Bag, collection included: ${bigBagPrices(rules, 'en')}. Or rent a building container.`,
      };
    },
  },
  {
    id: 'rubble-capelle',
    topic: 'refused',
    municipality: 'Capelle aan den IJssel',
    questions: {
      nl: [
        'Is puin wegbrengen gratis in Capelle?',
        'puin wegbrengen capelle',
        'is puin gratis bij de milieustraat capelle aan den ijssel',
        'bouwafval naar de milieustraat capelle',
        'mag ik puin gratis wegbrengen in capelle',
      ],
      en: [
        'Can I bring building waste to the Capelle milieustraat for free?',
        'rubble Capelle recycling centre',
        'is rubble free in Capelle',
      ],
    },
    keywords: ['puin', 'bouwafval', 'sloopafval', 'gratis', 'capelle', 'rubble'],
    url: (rules) => rules.pages.rubbleCapelle,
    answer: (rules) => {
      const m = rules.municipalities['Capelle aan den IJssel'];
      return {
        nl: `Ja. ${m.puinAtMilieustraat.nl} De milieustraat is aan de ${m.milieustraat.address}; neem uw afvalpas mee. Ophalen als grofvuil kan niet: daarvoor huurt u een bouwcontainer of koopt u een Big Bag, inclusief ophalen: ${bigBagPrices(rules, 'nl')}.`,
        en: `Yes. ${m.puinAtMilieustraat.en} The milieustraat is at ${m.milieustraat.address}; bring your afvalpas. It cannot be collected as bulky waste: for that you rent a building container or buy a Big Bag, collection included: ${bigBagPrices(rules, 'en')}.`,
      };
    },
  },
  {
    id: 'tyres',
    topic: 'refused',
    questions: {
      nl: [
        'Mag ik autobanden als grofvuil meegeven?',
        'oude banden weggooien',
        'waar kan ik autobanden inleveren',
        'wat kost een autoband bij de milieustraat',
        'mogen autobanden mee met het grofvuil',
        'autobanden aanbieden',
      ],
      en: ['Can car tyres go with bulky waste?', 'old tyres disposal', 'where do I hand in car tyres'],
    },
    keywords: ['autoband', 'banden', 'band', 'velg', 'tyres', 'tires'],
    url: (rules) => rules.alternatives.milieustraat.url,
    answer: (rules, municipality) => {
      const p = rules.milieustraatPrices;
      const price = perMunicipality(rules, municipality, (m, lang) =>
        m.name === 'Capelle aan den IJssel'
          ? lang === 'nl'
            ? `band met velg ${eur('nl', p.tyreWithRimEur)}`
            : `tyre with rim ${eur('en', p.tyreWithRimEur)}`
          : lang === 'nl'
            ? `met velg ${eur('nl', p.tyreWithRimEur)}, zonder velg ${eur('nl', p.tyreWithoutRimEur)}, vrachtwagen- of trekkerband ${eur('nl', p.truckTyreEur)}`
            : `with rim ${eur('en', p.tyreWithRimEur)}, without rim ${eur('en', p.tyreWithoutRimEur)}, truck or tractor tyre ${eur('en', p.truckTyreEur)}`,
      );
      return {
        nl: `Nee, autobanden zijn geen grofvuil. U kunt ze tegen betaling inleveren bij de milieustraat, per band:\n${price.nl}`,
        en: `No, car tyres are not bulky waste. You can hand them in at the milieustraat for a fee, per tyre:\n${price.en}`,
      };
    },
  },
  {
    id: 'mopeds-scooters',
    topic: 'refused',
    questions: {
      nl: [
        'Mogen brommers, scooters of scoot(brom)mobielen als grofvuil?',
        'kan mijn oude scooter mee met grofvuil',
        'oude scootmobiel weggooien',
        'aanhangwagentje als grofvuil',
        'kapotte brommer laten ophalen',
        'mag een brommer mee met het grofvuil',
        'scooter weggooien',
        'scootmobiel aanbieden als grofvuil',
        'mogen brommers mee',
      ],
      en: [
        'Can mopeds or scooters go with bulky waste?',
        'old mobility scooter disposal',
        'small trailer as bulky waste',
      ],
    },
    keywords: ['brommer', 'scooter', 'bromfiets', 'scootmobiel', 'aanhangwagen', 'moped'],
    url: (rules) => rules.alternatives.milieustraat.url,
    answer: () => ({
      nl: `Nee, brommers, scooters, scootmobielen en kleine aanhangwagentjes zijn geen grofvuil en worden niet meegenomen. Breng ze zelf naar de milieustraat. Autobanden zijn ook geen grofvuil: die kunt u tegen betaling bij de milieustraat inleveren. Een gewone fiets mag wel mee met de route IJzer.`,
      en: `No, mopeds, scooters, mobility scooters and small trailers are not bulky waste and will not be collected. Take them to the milieustraat yourself. Car tyres are not bulky waste either: you can hand them in at the milieustraat for a fee. An ordinary bicycle can go with the metal route.`,
    }),
  },
  {
    id: 'roofing',
    topic: 'refused',
    questions: {
      nl: [
        'Halen jullie oude dakpannen op?',
        'regenpijp weggooien',
        'oude dakgoot weggooien',
        'golfplaten van de schuur',
        'mogen dakpannen mee met grofvuil',
        'mogen dakgoten mee',
        'mogen golfplaten mee met het grofvuil',
        'dakgoten en regenpijpen aanbieden',
      ],
      en: [
        'Can roof tiles or corrugated sheets go with bulky waste?',
        'old gutters and downpipes',
        'roof shingles disposal',
      ],
    },
    keywords: ['dakpannen', 'shingles', 'golfplaten', 'regenpijp', 'dakgoot', 'goot', 'roof', 'gutter'],
    url: (rules) => rules.alternatives.milieustraat.url,
    answer: (rules) => ({
      nl: `Nee, dakpannen, dakshingles, golfplaten, regenpijpen en dakgoten zijn geen grofvuil. Breng ze zelf naar de milieustraat of gebruik een bouwcontainer. Let op: golfplaten kunnen asbest bevatten. Zaag of breek ze niet en volg de asbestregels: eerst een sloopmelding via het Omgevingsloket, vragen aan de DCMR asbesttelefoon ${rules.contacts.asbestos.phone}.`,
      en: `No, roof tiles, roof shingles, corrugated sheets, downpipes and gutters are not bulky waste. Take them to the milieustraat yourself or use a building container. Note: corrugated sheets may contain asbestos. Do not saw or break them and follow the asbestos rules: first a demolition notification via the Omgevingsloket, questions to the DCMR asbestos line ${rules.contacts.asbestos.phone}.`,
    }),
  },
  {
    id: 'concrete-items',
    topic: 'refused',
    questions: {
      nl: [
        'Waar laat ik een betonnen parasolvoet?',
        'betonnen bloembak weggooien',
        'mag een parasolvoet mee met grofvuil',
        'betonnen tuinbeeld aanbieden',
        'mogen betonnen voorwerpen mee met het grofvuil',
        'wat doe ik met beton',
        'parasolvoet weggooien',
      ],
      en: [
        'What do I do with concrete objects like parasol bases?',
        'concrete planter disposal',
        'can a parasol base go with bulky waste',
      ],
    },
    keywords: ['beton', 'betonnen', 'parasolvoet', 'bloembak', 'concrete', 'planter'],
    url: (rules) => rules.alternatives.milieustraat.url,
    answer: (rules) => ({
      nl: `Betonnen voorwerpen zoals bloembakken en parasolvoeten zijn geen grofvuil en worden niet meegenomen. Breng ze zelf naar de milieustraat.`,
      en: `Concrete objects such as planters and parasol bases are not bulky waste and will not be collected. ${rules.alternatives.milieustraat.text.en}`,
    }),
  },
  {
    id: 'satellite-dish',
    topic: 'refused',
    questions: {
      nl: [
        'Kan een schotelantenne mee met grofvuil?',
        'schotel van het dak weggooien',
        'satelliet schotel ophalen',
        'mag een satellietschotel mee met het grofvuil',
        'satellietschotel aanbieden',
      ],
      en: ['Can satellite dishes go with bulky waste?', 'old satellite dish disposal', 'dish antenna'],
    },
    keywords: ['satellietschotel', 'schotel', 'antenne', 'satellite', 'dish'],
    url: (rules) => rules.alternatives.milieustraat.url,
    answer: (rules) => ({
      nl: `Nee, satellietschotels zijn geen grofvuil en worden niet meegenomen. Breng ze zelf naar de milieustraat.`,
      en: `No, satellite dishes are not bulky waste and will not be collected. ${rules.alternatives.milieustraat.text.en}`,
    }),
  },
  {
    id: 'soil-sand',
    topic: 'refused',
    questions: {
      nl: [
        'Mag grond, zand of graszoden mee met het grofvuil?',
        'tuinaarde weggooien',
        'waar laat ik zand en grond',
        'graszoden afvoeren',
        'mag zand mee met het grofvuil',
      ],
      en: ['Can soil, sand or turf go with bulky waste?', 'garden soil disposal', 'where do I take sand'],
    },
    keywords: ['grond', 'zand', 'graszoden', 'aarde', 'tuinaarde', 'soil', 'sand', 'turf'],
    url: (rules) => rules.alternatives.milieustraat.url,
    answer: (rules, municipality) => {
      const p = rules.milieustraatPrices;
      const price = perMunicipality(rules, municipality, (m, lang) => {
        const unit = m.soilPriceUnit;
        if (unit === null) {
          if (m.soilMaxM3 === null)
            return lang === 'nl' ? 'schone grond en zand zijn gratis' : 'clean soil and sand are free';
          return lang === 'nl'
            ? `schone grond en zand tot maximaal ${m.soilMaxM3} m³`
            : `clean soil and sand up to ${m.soilMaxM3} m³`;
        }
        return lang === 'nl'
          ? `de eerste ${p.soilFreeM3} m³ is gratis, daarna ${eur('nl', p.soilEur)} per ${unit.nl}`
          : `the first ${p.soilFreeM3} m³ is free, then ${eur('en', p.soilEur)} per ${unit.en}`;
      });
      return {
        nl: `Nee, grond, zand, aarde en graszoden worden niet als grofvuil opgehaald. Breng het zelf naar de milieustraat:\n${price.nl}`,
        en: `No, soil, sand, earth and turf are not collected as bulky waste. Take it to the milieustraat yourself:\n${price.en}`,
      };
    },
  },
  {
    id: 'gas-cylinders',
    topic: 'refused',
    questions: {
      nl: [
        'Mag een gasfles of brandblusser mee met het grofvuil?',
        'lege gasfles weggooien',
        'oude brandblusser inleveren',
      ],
      en: [
        'Can a gas cylinder or fire extinguisher go with bulky waste?',
        'empty gas bottle disposal',
        'old fire extinguisher',
      ],
    },
    keywords: ['gasfles', 'brandblusser', 'gas', 'propaan', 'extinguisher', 'gas cylinder'],
    url: (rules) => rules.alternatives.milieustraat.url,
    answer: (rules) => ({
      nl: `Nee, gasflessen en brandblussers zijn geen grofvuil. Lever een gasfles in bij de winkel waar u een nieuwe koopt, of breng ze zelf naar de milieustraat. Een grote brandblusser kost bij de milieustraat in Schiedam en Vlaardingen ${eur('nl', rules.milieustraatPrices.largeFireExtinguisherEur)}.`,
      en: `No, gas cylinders and fire extinguishers are not bulky waste. Hand in a gas cylinder at the shop where you buy a new one, or take them to the milieustraat yourself. A large fire extinguisher costs ${eur('en', rules.milieustraatPrices.largeFireExtinguisherEur)} at the milieustraat in Schiedam and Vlaardingen.`,
    }),
  },
  {
    id: 'medicines-needles',
    topic: 'refused',
    questions: {
      nl: [
        'Waar lever ik oude medicijnen en injectienaalden in?',
        'medicijnen weggooien',
        'naalden van insuline inleveren',
      ],
      en: ['Where do I hand in old medicines and needles?', 'medicine disposal', 'insulin needles'],
    },
    keywords: ['medicijnen', 'naalden', 'injectienaalden', 'apotheek', 'medicine', 'needles'],
    url: (rules) => rules.alternatives.pharmacy.url,
    answer: (rules) => ({
      nl: `Medicijnen en injectienaalden zijn klein chemisch afval, geen grofvuil. ${rules.alternatives.pharmacy.text.nl} Injectienaalden worden nooit thuis opgehaald.`,
      en: `Medicines and injection needles are small chemical waste, not bulky waste. ${rules.alternatives.pharmacy.text.en} Injection needles are never collected at home.`,
    }),
  },
  {
    id: 'dumping',
    topic: 'refused',
    questions: {
      nl: [
        'Mag ik grofvuil naast de container zetten?',
        'bijplaatsen bij de ondergrondse container',
        'iemand heeft grofvuil gedumpt in mijn straat',
        'afval naast de container gezet, waar meld ik dat',
        'mag ik grofvuil bij de container zetten',
      ],
      en: [
        'Can I put bulky waste next to the container?',
        'someone dumped waste in my street',
        'where do I report dumped waste',
      ],
    },
    keywords: ['bijplaatsen', 'dumpen', 'gedumpt', 'naast container', 'boete', 'dumping', 'fly-tipping'],
    url: page('report'),
    answer: (rules) => ({
      nl: `Nee, grofvuil naast containers of ergens anders neerzetten (bijplaatsen) is streng verboden en u kunt er een boete voor krijgen. Maak een grofvuilafspraak of breng het naar de milieustraat. Ziet u gedumpt afval naast een container? Meld het bij de gemeente via ${rules.contacts.publicSpace.phone}.`,
      en: `No, putting bulky waste next to containers or anywhere else (bijplaatsen) is strictly forbidden and can be fined. Book a pickup or take it to the milieustraat. See dumped waste next to a container? Report it to the municipality on ${rules.contacts.publicSpace.phone}.`,
    }),
  },
]);
