/** When and where to put grofvuil out on the day (§5.1, §5.2). */
import { between, metres } from '../format.ts';
import { entries, municipalityLine, page } from './shared.ts';

export const putOutEntries = entries([
  {
    id: 'put-out-time',
    topic: 'put_out',
    questions: {
      nl: [
        'Hoe laat moet ik mijn grofvuil buiten zetten?',
        'wanneer moet het grofvuil aan de straat staan',
        'vanaf hoe laat mag ik het buitenzetten',
        'welke tijd grofvuil neerzetten',
        'hoe vroeg moet alles buiten staan',
        'hoe laat moet het grofvuil buiten staan',
        'tussen welke tijden zet ik het grofvuil buiten',
        'wanneer moet ik mijn grofvuil aan de straat zetten',
        'hoe laat buiten zetten op de ophaaldag',
      ],
      en: [
        'What time should I put my bulky waste out?',
        'when do I put the items outside',
        'how early must everything be outside',
        'when do I put my bulky waste out',
      ],
      tr: ['Eşyaları saat kaçta dışarı koymalıyım?', 'ne zaman dışarı çıkarmalıyım'],
      ar: ['متى يجب أن أضع النفايات في الخارج؟', 'في أي ساعة أضع الأغراض خارج المنزل'],
    },
    keywords: ['tijd', 'buiten zetten', 'neerzetten', 'hoe laat', 'ochtend', 'put out', 'time'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `Zet uw grofvuil op de afgesproken dag buiten tussen ${between('nl', rules.putOut)}, niet eerder en niet later. We halen op tussen ${between('nl', rules.collection)}; een precies tijdstip kunnen we vooraf niet geven.`,
      en: `Put your bulky waste out on the agreed day between ${between('en', rules.putOut)}, not earlier and not later. Collection takes place between ${between('en', rules.collection)}; we cannot give an exact time in advance.`,
    }),
  },
  {
    id: 'put-out-evening-before',
    topic: 'put_out',
    questions: {
      nl: [
        'Kan ik de avond van tevoren alles al buiten zetten?',
        'kan ik het de dag van tevoren al neerzetten',
        'mag het er de nacht ervoor al staan',
        'ik ben vroeg weg mag ik het gisteravond al buiten zetten',
        'avond van tevoren grofvuil aan straat',
        'mag het grofvuil al een dag eerder buiten staan',
        'mag ik het de avond van tevoren buitenzetten',
        'kan het gisteravond al buiten',
        'mag grofvuil de hele nacht buiten staan',
      ],
      en: [
        'Can I put it out the evening before?',
        'may I leave it outside the night before',
        'can I put it out a day early',
      ],
      tr: ['Bir gece önceden dışarı koyabilir miyim?'],
      ar: ['هل يمكنني وضعها في الخارج في الليلة السابقة؟'],
    },
    keywords: ['avond ervoor', 'dag van tevoren', 'nacht', 'vooraf', 'evening before', 'night before'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `Nee, zet het pas op de afgesproken dag buiten, tussen ${between('nl', rules.putOut)}. Wat de avond ervoor al buiten staat, wordt vaak door anderen meegenomen of doorzocht, en dan vindt de chauffeur niets. Later dan ${rules.putOut.until} kan ook niet, want dan begint het ophalen.`,
      en: `No, put it out only on the agreed day, between ${between('en', rules.putOut)}. Items put out the evening before are often taken or searched by others, and then the driver finds nothing. Later than ${rules.putOut.until} is too late, because collection starts then.`,
    }),
  },
  {
    id: 'collection-time',
    topic: 'put_out',
    questions: {
      nl: [
        'Hoe laat komt de wagen ongeveer?',
        'hoe laat komt de grofvuilwagen',
        'hoe laat komen jullie langs',
        'kan ik een tijdstip krijgen wanneer de wagen komt',
        'tot hoe laat wordt er opgehaald',
        'op welke tijd wordt het grofvuil opgehaald',
        'tussen welke tijden wordt er opgehaald',
        'hoe laat wordt mijn grofvuil opgehaald op de ophaaldag',
        'hoe laat komt de vuilniswagen voor grofvuil',
        'weten jullie hoe laat de chauffeur komt',
      ],
      en: ['What time will the truck come?', 'at what time is bulky waste collected', 'can I get an exact pickup time'],
      tr: ['Kamyon saat kaçta geliyor?'],
      ar: ['في أي وقت تأتي شاحنة الجمع؟'],
    },
    keywords: ['tijdstip', 'hoe laat', 'wagen', 'ophaaltijd', 'collection time'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `Op de ophaaldag wordt er opgehaald tussen ${between('nl', rules.collection)}. Een precies tijdstip is vooraf helaas niet te geven. Zet daarom alles klaar tussen ${between('nl', rules.putOut)}.`,
      en: `On the pickup day collection takes place between ${between('en', rules.collection)}. Unfortunately an exact time cannot be given in advance. So have everything ready between ${between('en', rules.putOut)}.`,
    }),
  },
  {
    id: 'be-home',
    topic: 'put_out',
    questions: {
      nl: [
        'Moet ik thuis zijn als het grofvuil wordt opgehaald?',
        'moet ik thuis zijn als jullie komen',
        'moet ik aanwezig zijn bij het ophalen',
        'ik werk die dag, is dat een probleem',
        'hoef ik er bij te zijn',
        'moet ik er zijn bij het ophalen',
        'moet ik thuisblijven op de ophaaldag',
        'moet ik aanwezig zijn als het grofvuil wordt opgehaald',
      ],
      en: [
        'Do I need to be home for the pickup?',
        'must I be present when you collect',
        'I am at work that day, is that a problem',
      ],
      tr: ['Alım sırasında evde olmam gerekiyor mu?'],
      ar: ['هل يجب أن أكون في المنزل أثناء الجمع؟'],
    },
    keywords: ['thuis', 'aanwezig', 'thuisblijven', 'werk', 'at home', 'present'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `Nee, u hoeft niet thuis te zijn. Zet het grofvuil op de afgesproken dag tussen ${between('nl', rules.putOut)} op de juiste plek aan de straat, dan nemen wij het mee. Alleen bij het ophalen van klein chemisch afval moet u wel thuis zijn.`,
      en: `No, you do not need to be home. Put the bulky waste in the right place at the road on the agreed day between ${between('en', rules.putOut)} and we will take it. Only for the pickup of small chemical waste do you need to be home.`,
    }),
  },
  {
    id: 'placement',
    topic: 'put_out',
    questions: {
      nl: [
        'Waar zet ik het grofvuil neer?',
        'waar zet ik mijn grofvuil neer',
        'op welke plek moet het grofvuil staan',
        'waar moet het staan zodat de wagen erbij kan',
        'mag het op de stoep',
        'grofvuil op een parkeerplaats zetten',
        'waar moet ik mijn grofvuil neerzetten',
        'waar moet het grofvuil staan op de ophaaldag',
        'waar plaats ik het grofvuil',
        'mag het grofvuil op de stoep of op een parkeerplaats',
        'grofvuil neerzetten zodat de chauffeur erbij kan',
        'hoe zet ik het grofvuil goed bereikbaar neer',
        'waar zet ik mijn oude bank neer',
        'waar moet de kast staan als jullie komen',
      ],
      en: [
        'Where exactly should I put my bulky waste?',
        'where do I place the items on pickup day',
        'can I put it on the pavement',
        'where do I put my bulky waste',
      ],
      tr: ['Büyük atığı nereye koymalıyım?', 'eşyaları nereye bırakayım'],
      ar: ['أين أضع النفايات الكبيرة؟', 'أين أترك الأغراض يوم الجمع'],
    },
    keywords: ['plek', 'neerzetten', 'stoep', 'straat', 'doorgaande weg', 'parkeervak', 'bereikbaar', 'where', 'place'],
    url: (rules, municipality) =>
      municipality === 'Vlaardingen' ? rules.pages.grofvuilVlaardingen : rules.pages.appointment,
    answer: (rules, municipality) => {
      const exceptions = Object.values(rules.municipalities).filter(
        (m) => m.placementException !== null && (municipality === null || municipality === m.name),
      );
      const nl = exceptions.map((m) => ` Uitzondering in ${m.name}: ${m.placementException?.nl}`).join('');
      const en = exceptions.map((m) => ` Exception in ${m.name}: ${m.placementException?.en}`).join('');
      return {
        nl: `Zet het grofvuil voor uw woning aan de doorgaande weg, bijvoorbeeld op een vrij parkeervak. Niet op uw eigen erf en niet op de stoep, zodat de chauffeur goed ziet wat u aanbiedt. Zet het los en vrij, niet tegen een boom of lantaarnpaal, en zo dat de wagen er makkelijk bij kan.${nl}`,
        en: `Put the bulky waste in front of your home at the through road, for example on a free parking space. Not on your own property and not on the pavement, so the driver can clearly see what you are offering. Place it free-standing, not against a tree or lamppost, where the vehicle can easily reach it.${en}`,
      };
    },
  },
  {
    id: 'placement-tree-lamppost',
    topic: 'put_out',
    questions: {
      nl: [
        'Mag ik het tegen een boom zetten?',
        'mag ik het tegen de lantaarnpaal zetten',
        'kan ik mijn bank tegen een boom aan zetten',
        'grofvuil tegen een muur of hek zetten',
        'mag het grofvuil tegen een lantaarnpaal staan',
        'mag ik de bank tegen een boom aan zetten',
        'tegen een paal of boom neerzetten',
      ],
      en: [
        'Can I put bulky waste against a tree or lamppost?',
        'may I lean it against a lamp post',
        'can it stand against a fence',
      ],
    },
    keywords: ['boom', 'lantaarnpaal', 'paal', 'tegen', 'tree', 'lamppost'],
    url: page('appointment'),
    answer: () => ({
      nl: 'Nee, zet het grofvuil niet tegen een boom of lantaarnpaal. Het moet los en vrij aan de doorgaande weg staan, zodat de chauffeur het goed ziet en de wagen er makkelijk bij kan.',
      en: 'No, do not put bulky waste against a tree or lamppost. It must stand free at the through road, so the driver can see it and the vehicle can easily reach it.',
    }),
  },
  {
    id: 'placement-own-property',
    topic: 'put_out',
    questions: {
      nl: [
        'Mag het grofvuil in mijn voortuin of op de oprit blijven staan?',
        'kunnen jullie het uit de tuin halen',
        'mag het achter het hek staan',
        'mag ik het in de gang van de flat zetten',
        'grofvuil op eigen terrein',
        'mag het grofvuil in de tuin blijven staan',
        'halen jullie het ook uit mijn voortuin',
      ],
      en: [
        'Can you collect it from my garden or driveway?',
        'can it stay behind my fence',
        'can I leave it on my own property',
      ],
    },
    keywords: ['tuin', 'voortuin', 'oprit', 'erf', 'eigen terrein', 'hek', 'garden', 'driveway'],
    url: page('appointment'),
    answer: () => ({
      nl: 'Nee, de chauffeur haalt niets van uw erf, uit de tuin of uit een berging of gang. Zet het grofvuil op de ophaaldag zelf voor uw woning aan de doorgaande weg, vrij en goed bereikbaar voor de wagen.',
      en: 'No, the driver does not take anything from your property, garden, shed or hallway. On the pickup day put the bulky waste in front of your home at the through road yourself, free-standing and easy for the vehicle to reach.',
    }),
  },
  {
    id: 'placement-flat-vlaardingen',
    topic: 'put_out',
    municipality: 'Vlaardingen',
    questions: {
      nl: [
        'Waar zet ik grofvuil neer bij mijn flat in Vlaardingen?',
        'waar moet grofvuil staan als ik in een flat woon',
        'appartement vlaardingen grofvuil plek',
        'flat grofvuil bij de ingang',
        'ik woon in een flat, waar moet het grofvuil staan',
        'waar zet ik het grofvuil bij een flat',
        'grofvuil bij de flat zetten vlaardingen',
      ],
      en: [
        'I live in a flat in Vlaardingen, where do I put my bulky waste?',
        'where does bulky waste go if I live in an apartment',
        'flat bulky waste location',
      ],
    },
    keywords: ['flat', 'appartement', 'portiek', 'ingang', 'apartment', 'vlaardingen'],
    url: (rules) => rules.pages.grofvuilVlaardingen,
    answer: (rules) => {
      const exception = rules.municipalities.Vlaardingen.placementException;
      return {
        nl: `${exception?.nl ?? ''} Dit is een uitzondering op de algemene regel (aan de doorgaande weg, niet op de stoep) die in Vlaardingen voor flats geldt. Zet het op de afgesproken dag tussen ${between('nl', rules.putOut)} neer.`,
        en: `${exception?.en ?? ''} This is an exception to the general rule (at the through road, not on the pavement) that applies to flats in Vlaardingen. Put it there on the agreed day between ${between('en', rules.putOut)}.`,
      };
    },
  },
  {
    id: 'carry-help',
    topic: 'put_out',
    questions: {
      nl: [
        'Kan de chauffeur helpen met naar buiten dragen?',
        'kan de chauffeur de bank uit mijn huis halen',
        'ik woon op driehoog, kunnen jullie het naar beneden brengen',
        'halen jullie het ook binnen op',
        'ik kan het niet zelf naar buiten tillen',
        'kan de chauffeur helpen sjouwen',
        'helpen jullie met het naar buiten brengen',
        'kunnen jullie het grofvuil binnen ophalen',
        'ik krijg de kast niet alleen naar beneden',
        'kunnen jullie helpen het grofvuil naar de straat te brengen',
        'helpt de chauffeur met verplaatsen',
      ],
      en: [
        'Can you help carry it to the street?',
        'can the driver take the sofa out of my house',
        'I live on the third floor, can you carry it down',
      ],
    },
    keywords: ['helpen', 'tillen', 'dragen', 'naar beneden', 'binnen', 'carry', 'help'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `Nee, helaas: u zet het grofvuil zelf buiten. De chauffeur haalt niets uit huis, trappenhuis of tuin. Zet het op de afgesproken dag tussen ${between('nl', rules.putOut)} voor uw woning aan de doorgaande weg; vraag eventueel buren of familie om te helpen.`,
      en: `No, unfortunately: you put the bulky waste outside yourself. The driver does not take anything from inside the house, stairwell or garden. Put it in front of your home at the through road on the agreed day between ${between('en', rules.putOut)}; ask neighbours or family to help if needed.`,
    }),
  },
  {
    id: 'general-put-out-rules',
    topic: 'put_out',
    questions: {
      nl: [
        'Wat zijn de regels voor het aanbieden van grofvuil?',
        'wat zijn de regels voor het aanbieden van grofvuil',
        'waar moet ik op letten bij grofvuil aanbieden',
        'aanbiedregels grofvuil',
        'hoe moet ik grofvuil aanbieden',
        'algemene regels voor grofvuil',
        'wat zijn de aanbiedregels van irado',
        'welke regels gelden er voor grofvuil aanbieden',
        'wat zijn de regels voor grofvuil in mijn gemeente',
        'welke regels gelden voor grofvuil bij mij',
      ],
      en: [
        'What are the general rules for putting out bulky waste?',
        'what should I pay attention to when offering bulky waste',
        'bulky waste rules',
      ],
      tr: ['Büyük atık kuralları nelerdir?'],
      ar: ['ما هي قواعد وضع النفايات الكبيرة؟'],
    },
    keywords: ['aanbiedregels', 'regels', 'voorwaarden', 'rules'],
    url: page('appointment'),
    answer: (rules, municipality) => {
      const l = rules.limits;
      // Asked for a municipality ("de regels in Vlaardingen"): its own rules follow the general ones.
      const m = municipality === null ? null : rules.municipalities[municipality];
      const local = (lang: 'nl' | 'en') =>
        m
          ? `\n\n${lang === 'nl' ? `In ${m.name} geldt bovendien` : `In ${m.name}, also`}: ${municipalityLine(rules, m, lang)}.`
          : '';
      return {
        nl: `De belangrijkste aanbiedregels:\n● zet het buiten op de afgesproken dag tussen ${between('nl', rules.putOut)}; we halen op tussen ${between('nl', rules.collection)}\n● voor uw woning aan de doorgaande weg, vrij en bereikbaar, niet op de stoep of uw erf en niet tegen een boom of paal\n● losse stukken maximaal ${metres('nl', l.maxPieceLengthM)} lang en ${l.maxPieceWeightKg} kg; meubels en matrassen mogen groter en gaan in één stuk mee\n● bundel kleine stukken stevig en bied alleen spullen van de geboekte route aan${local('nl')}`,
        en: `The main rules:\n● put it out on the agreed day between ${between('en', rules.putOut)}; collection is between ${between('en', rules.collection)}\n● in front of your home at the through road, free-standing and reachable, not on the pavement or your property and not against a tree or post\n● loose pieces at most ${metres('en', l.maxPieceLengthM)} long and ${l.maxPieceWeightKg} kg; furniture and mattresses may be bigger and are taken in one piece\n● bundle small pieces firmly and put out only items of the booked route${local('en')}`,
      };
    },
  },
  {
    id: 'bundling',
    topic: 'put_out',
    questions: {
      nl: [
        'Hoe bied ik kleine losse spullen aan?',
        'wat als de losse stukken niet gebundeld zijn',
        'moet ik losse spullen bundelen',
        'mag klein grofvuil in een doos',
        'hoe bied ik losse planken aan',
        'moeten kleine stukken gebundeld worden',
        'hoe bundel ik losse stukken',
        'wat als ik losse stukken niet bundel',
        'kleine stukken grofvuil bundelen',
        'losse stukken in dozen of zakken',
        'wat gebeurt er met losse stukken die niet gebundeld zijn',
        'moet ik bundels maken van klein grofvuil',
      ],
      en: ['How should I offer small pieces?', 'do loose items need to be bundled', 'can small items go in a box'],
    },
    keywords: ['bundelen', 'bundel', 'touw', 'doos', 'zak', 'klein', 'los', 'bundle'],
    url: page('appointment'),
    answer: (rules) => ({
      nl: `Bundel kleine stukken goed en stevig, bijvoorbeeld met touw, tot bundels van maximaal ${metres('nl', rules.limits.maxPieceLengthM)} en ${rules.limits.maxPieceWeightKg} kg. Losse spullen die u niet kunt bundelen, doet u in open dozen of zakken. Niet gebundelde losse stukken kunnen blijven staan. Let op: snoeiafval nooit in dozen of zakken, alleen gebundeld.`,
      en: `Bundle small pieces well and firmly, for example with string, into bundles of at most ${metres('en', rules.limits.maxPieceLengthM)} and ${rules.limits.maxPieceWeightKg} kg. Loose items you cannot bundle go in open boxes or bags. Loose pieces that are not bundled may be left behind. Note: pruning waste never in boxes or bags, only bundled.`,
    }),
  },
  {
    id: 'cardboard',
    topic: 'put_out',
    questions: {
      nl: [
        'Hoe bied ik karton en dozen aan bij het grofvuil?',
        'mag veel karton mee met grofvuil',
        'verhuisdozen weggooien',
        'grote kartonnen dozen grofvuil',
        'karton aanbieden bij grofvuil',
      ],
      en: ['How do I offer cardboard boxes?', 'can moving boxes go with bulky waste', 'lots of cardboard after moving'],
    },
    keywords: ['karton', 'dozen', 'verhuisdozen', 'plat', 'cardboard', 'boxes'],
    url: page('grofvuil'),
    answer: () => ({
      nl: 'Karton gaat mee met Huisraad als het plat gemaakt en gebundeld is. Zet het op de ophaaldag samen met uw andere huisraad aan de straat.',
      en: 'Cardboard goes with Huisraad when it is flattened and bundled. Put it out with your other household items on the pickup day.',
    }),
  },
  {
    id: 'glass-panes',
    topic: 'put_out',
    questions: {
      nl: [
        'Hoe bied ik een glasplaat veilig aan?',
        'hoe bied ik een glazen plaat aan',
        'ruit aanbieden bij grofvuil',
        'glas van een tafel veilig aanbieden',
        'glasplaat aanbieden',
        'moet ik glas inpakken',
        'hoe bied ik glas aan',
        'wat moet ik met glas doen voor ik het aanbied',
      ],
      en: ['How do I prepare glass panes?', 'how to put out a glass table top', 'can I put out a window pane'],
    },
    keywords: ['glas', 'glasplaat', 'ruit', 'tape', 'karton', 'glass'],
    url: page('grofvuil'),
    answer: () => ({
      nl: 'Glasplaten en ruiten mogen mee met Huisraad. Plak het glas af met tape of verpak het in karton, zodat niemand zich eraan kan snijden.',
      en: 'Glass panes and window panes go with Huisraad. Tape the glass or pack it in cardboard, so nobody can get cut.',
    }),
  },
]);
