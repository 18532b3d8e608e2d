/** Klein chemisch afval (§8, Decision 8) and asbestos (§9). */
import { between, list, num, perMunicipality } from '../format.ts';
import { entries, municipalitiesWhere } from './shared.ts';

export const kcaAsbestosEntries = entries([
  {
    id: 'kca',
    topic: 'kca',
    questions: {
      nl: [
        'Kan verf mee met het grofvuil?',
        'waar laat ik oude verf',
        'kga weggooien',
        'chemisch afval inleveren',
        'mag een blik verf mee met grofvuil',
        'spaarlampen en tl buizen weggooien',
        'mag verf mee met het grofvuil',
        'mag klein chemisch afval mee',
        'tl-buizen weggooien',
        'chemisch afval bij grofvuil',
      ],
      en: [
        'Can small chemical waste like paint go with bulky waste?',
        'where do I take old paint',
        'hazardous household waste disposal',
      ],
      tr: ['Kimyasal atıkları nereye götürebilirim?', 'eski boya nasıl atılır'],
      ar: ['أين أتخلص من النفايات الكيميائية الصغيرة؟', 'ماذا أفعل بالدهان القديم'],
    },
    keywords: ['kca', 'kga', 'klein chemisch afval', 'verf', 'tl-buis', 'lak', 'olie', 'chemisch', 'paint', 'chemical'],
    url: (rules) => rules.alternatives.kga_dropoff.url,
    answer: (rules, municipality) => {
      const home = municipalitiesWhere(rules, (m) => m.kgaHomePickup);
      const k = rules.kgaHomePickup;
      const pickup =
        municipality === null
          ? {
              nl: ` In ${list('nl', home)} kunt u het ook thuis laten ophalen, op ${k.weekday.nl} tussen ${between('nl', k)} (u moet dan thuis zijn).`,
              en: ` In ${list('en', home)} it can also be collected at home, on ${k.weekday.en} between ${between('en', k)} (you must be home).`,
            }
          : rules.municipalities[municipality].kgaHomePickup
            ? {
                nl: ` ${rules.alternatives.kga_home_pickup.text.nl}`,
                en: ` ${rules.alternatives.kga_home_pickup.text.en}`,
              }
            : {
                nl: ` In ${municipality} wordt het niet thuis opgehaald: breng het zelf naar de milieustraat.`,
                en: ` In ${municipality} it is not collected at home: take it to the milieustraat yourself.`,
              };
      return {
        nl: `Nee, klein chemisch afval (kca/kga) zoals verf, lak, tl-buizen, spaarlampen, batterijen, olie en schoonmaakmiddelen is geen grofvuil. ${rules.alternatives.kga_dropoff.text.nl}${pickup.nl}`,
        en: `No, small chemical waste (kca/kga) such as paint, lacquer, fluorescent tubes, energy-saving lamps, batteries, oil and cleaning products is not bulky waste. ${rules.alternatives.kga_dropoff.text.en}${pickup.en}`,
      };
    },
  },
  {
    id: 'batteries',
    topic: 'kca',
    questions: {
      nl: [
        'Waar kan ik oude batterijen kwijt?',
        'waar lever ik lege batterijen in',
        'accu van mijn e-bike weggooien',
        'auto accu inleveren',
        'powerbank weggooien',
        'mogen batterijen mee met het grofvuil',
        'mogen accu’s mee met grofvuil',
        'batterijen weggooien',
      ],
      en: ['Can batteries go with bulky waste?', 'where do I hand in used batteries', 'e-bike battery disposal'],
    },
    keywords: ['batterij', 'batterijen', 'accu', 'accus', 'e-bike', 'powerbank', 'lithium', 'battery'],
    url: (rules) => rules.alternatives.stibat.url,
    answer: (rules) => ({
      nl: `Nee, batterijen en accu's zijn klein chemisch afval en geen grofvuil. ${rules.alternatives.kga_dropoff.text.nl} ${rules.alternatives.stibat.text.nl}`,
      en: `No, batteries and accus are small chemical waste, not bulky waste. ${rules.alternatives.kga_dropoff.text.en} ${rules.alternatives.stibat.text.en}`,
    }),
  },
  {
    id: 'kga-home-pickup',
    topic: 'kca',
    questions: {
      nl: [
        'Kan ik klein chemisch afval thuis laten ophalen?',
        'kga ophalen aan huis',
        'halen jullie chemisch afval op',
        'afspraak maken voor chemisch afval ophalen',
        'kan klein chemisch afval thuis worden opgehaald',
        'chemisch afval laten ophalen',
        'halen jullie verf thuis op',
      ],
      en: [
        'Can small chemical waste be collected at home?',
        'home pickup of hazardous waste',
        'do you collect paint at home',
      ],
      tr: ['Kimyasal atıklar evden alınabilir mi?'],
      ar: ['هل يمكن جمع النفايات الكيميائية من المنزل؟'],
    },
    keywords: ['thuis ophalen', 'kga', 'kca', 'chemisch', 'woensdag', 'home pickup'],
    url: (rules) => rules.alternatives.kga_home_pickup.url,
    answer: (rules, municipality) => {
      const k = rules.kgaHomePickup;
      const c = rules.contacts.customerService;
      const lines = perMunicipality(rules, municipality, (m, lang) =>
        m.kgaHomePickup
          ? lang === 'nl'
            ? `ja, elke ${k.weekday.nl} tussen ${between('nl', k)}; u moet thuis zijn`
            : `yes, every ${k.weekday.en} between ${between('en', k)}; you must be home`
          : lang === 'nl'
            ? 'nee, breng het zelf naar de milieustraat'
            : 'no, take it to the milieustraat yourself',
      );
      return {
        nl: `${municipality === null ? `Dat verschilt per gemeente:\n${lines.nl}\n` : `In ${municipality}: ${lines.nl}. `}De afspraak is gratis; maak hem telefonisch via ${c.phone} of per e-mail via ${c.email}. Injectienaalden worden nooit opgehaald.`,
        en: `${municipality === null ? `That differs per municipality:\n${lines.en}\n` : `In ${municipality}: ${lines.en}. `}The appointment is free; book it by phone on ${c.phone} or by e-mail at ${c.email}. Injection needles are never collected.`,
      };
    },
  },
  {
    id: 'kga-capelle',
    topic: 'kca',
    municipality: 'Capelle aan den IJssel',
    questions: {
      nl: [
        'Kan ik in Capelle klein chemisch afval laten ophalen?',
        'chemisch afval capelle aan den ijssel',
        'verf wegbrengen in capelle',
      ],
      en: [
        'Can small chemical waste be collected in Capelle?',
        'hazardous waste Capelle aan den IJssel',
        'paint disposal Capelle',
      ],
    },
    keywords: ['kca', 'kga', 'chemisch', 'capelle', 'verf'],
    url: (rules) => rules.municipalities['Capelle aan den IJssel'].milieustraat.url,
    answer: (rules) => {
      const m = rules.municipalities['Capelle aan den IJssel'];
      return {
        nl: `Nee, in Capelle aan den IJssel wordt klein chemisch afval niet thuis opgehaald. Breng het zelf naar de milieustraat aan de ${m.milieustraat.address}, open ${m.milieustraat.openingHours.nl}, of naar een inzamelpunt in de winkel.`,
        en: `No, in Capelle aan den IJssel small chemical waste is not collected at home. Take it yourself to the milieustraat at ${m.milieustraat.address}, open ${m.milieustraat.openingHours.en}, or to a collection point in a shop.`,
      };
    },
  },
  {
    id: 'empty-paint-tins',
    topic: 'kca',
    questions: {
      nl: [
        'Is een leeg verfblik klein chemisch afval?',
        'lege verfpot weggooien',
        'kwasten met opgedroogde verf',
        'wat is geen kca',
      ],
      en: ['Is an empty paint tin chemical waste?', 'empty paint can disposal', 'brushes with dried paint'],
    },
    keywords: ['leeg verfblik', 'verfpot', 'kwast', 'cd', 'foto', 'geen kca', 'empty paint'],
    url: (rules) => rules.alternatives.kga_dropoff.url,
    answer: () => ({
      nl: 'Nee, lege verfblikken zijn geen klein chemisch afval: ze horen bij het restafval (in Schiedam bij het pmd). Ook cd’s en video’s, kwasten met opgedroogde verf, foto’s en dia’s en vlooienbanden zijn geen kca.',
      en: 'No, empty paint tins are not small chemical waste: they go in the residual waste (in Schiedam with the pmd). CDs and videos, brushes with hardened paint, photos and slides and flea collars are not kca either.',
    }),
  },
  {
    id: 'asbestos',
    topic: 'asbestos',
    questions: {
      nl: [
        'Halen jullie asbest op?',
        'hoe kom ik van asbest af',
        'asbest weggooien',
        'asbest inleveren bij de milieustraat',
        'ik heb asbest gevonden bij een verbouwing',
        'mag asbest mee met het grofvuil',
        'asbest aanbieden',
        'mag asbest bij het grofvuil',
        'asbest laten ophalen',
        'waar kan ik asbest inleveren',
        'waar moet ik met asbest naartoe',
      ],
      en: ['Can asbestos go with bulky waste?', 'how do I get rid of asbestos', 'asbestos disposal'],
      tr: ['Asbest nasıl atılır?'],
      ar: ['كيف أتخلص من الأسبستوس؟'],
    },
    keywords: ['asbest', 'sloopmelding', 'omgevingsloket', 'dcmr', 'asbestos'],
    url: (rules) => rules.alternatives.asbestos_procedure.url,
    answer: (rules) => ({
      nl: `Nee, asbest is nooit grofvuil en mag nooit bij ander afval. Voor asbest uit een verbouwing doet u eerst een gratis sloopmelding via het Omgevingsloket; de DCMR beslist of u het zelf mag verwijderen. Met die toestemming haalt u het juiste plastic bij de milieustraat, pakt u het asbest dubbel in (plastic van minstens ${num('nl', rules.asbestos.plasticMinMm)} mm) en brengt u het met het bewijs van toestemming naar de milieustraat, waar lossen gratis is. Vragen: DCMR asbesttelefoon ${rules.contacts.asbestos.phone} (${rules.contacts.asbestos.hours}).`,
      en: `No, asbestos is never bulky waste and never goes with other waste. For asbestos from a renovation you first file a free demolition notification (sloopmelding) at the Omgevingsloket; the DCMR decides whether you may remove it yourself. With that permission you collect the right plastic at the milieustraat, pack the asbestos double (plastic at least ${num('en', rules.asbestos.plasticMinMm)} mm thick) and bring it with the proof of permission to the milieustraat, where unloading is free. Questions: DCMR asbestos line ${rules.contacts.asbestos.phone} (${rules.contacts.asbestos.hours}).`,
    }),
  },
  {
    id: 'asbestos-roofing',
    topic: 'asbestos',
    questions: {
      nl: [
        'Er zit misschien asbest in mijn dakplaten, wat nu?',
        'golfplaten met asbest van mijn schuur',
        'ik denk dat er asbest in mijn dak zit',
        'mag ik asbest zelf zagen of breken',
        'wat doe ik met golfplaten met asbest',
        'dakplaten met mogelijk asbest',
        'asbest in mijn dak wat moet ik doen',
      ],
      en: [
        'What do I do with roofing that may contain asbestos?',
        'corrugated sheets with asbestos',
        'I think my roof contains asbestos',
      ],
    },
    keywords: ['asbest', 'golfplaten', 'dak', 'dakplaten', 'mogelijk asbest', 'asbestos roof'],
    url: (rules) => rules.alternatives.asbestos_procedure.url,
    answer: (rules) => ({
      nl: `Dakmateriaal met mogelijk asbest, zoals golfplaten, is geen grofvuil. Zaag, boor of breek het nooit. Doe eerst een gratis sloopmelding via het Omgevingsloket; de DCMR beslist of u het zelf mag verwijderen. Met toestemming pakt u het dubbel in plastic (minstens ${num('nl', rules.asbestos.plasticMinMm)} mm) en brengt u het met het bewijs naar de milieustraat. Vragen: DCMR asbesttelefoon ${rules.contacts.asbestos.phone} (${rules.contacts.asbestos.hours}).`,
      en: `Roofing that may contain asbestos, such as corrugated sheets, is not bulky waste. Never saw, drill or break it. First file a free demolition notification (sloopmelding) at the Omgevingsloket; the DCMR decides whether you may remove it yourself. With permission, pack it double in plastic (at least ${num('en', rules.asbestos.plasticMinMm)} mm) and bring it with the proof to the milieustraat. Questions: DCMR asbestos line ${rules.contacts.asbestos.phone} (${rules.contacts.asbestos.hours}).`,
    }),
  },
  {
    id: 'asbestos-where',
    topic: 'asbestos',
    questions: {
      nl: [
        'Waar kan asbest in zitten?',
        'hoe herken ik asbest',
        'zit er asbest in oud vinyl',
        'losse asbesthoudende bloembak inleveren',
      ],
      en: ['Where can asbestos be found?', 'how do I recognise asbestos', 'is there asbestos in old vinyl'],
    },
    keywords: ['asbest', 'herkennen', 'vinyl', 'gevel', 'plafond', 'bloembak', 'asbestos'],
    url: (rules) => rules.alternatives.asbestos_procedure.url,
    answer: (rules) => ({
      nl: `Asbest kan zitten in gevels, daken, plafonds, golfplaten, vinyl van voor ${rules.asbestos.vinylBeforeYear} en apparaten ouder dan ${rules.asbestos.applianceOlderThanYears} jaar. Boor of zaag nooit in materiaal waarin u asbest vermoedt. Een los asbesthoudend voorwerp dat niet uit een verbouwing komt (zoals een bloembak) mag ingepakt naar de milieustraat, zonder vergunning. Twijfelt u? Bel de DCMR asbesttelefoon ${rules.contacts.asbestos.phone} (${rules.contacts.asbestos.hours}).`,
      en: `Asbestos can be found in facades, roofs, ceilings, corrugated sheets, vinyl from before ${rules.asbestos.vinylBeforeYear} and appliances older than ${rules.asbestos.applianceOlderThanYears} years. Never drill or saw material you suspect contains asbestos. A loose asbestos object that does not come from a renovation (such as a planter) may go to the milieustraat packed, without a permit. In doubt? Call the DCMR asbestos line ${rules.contacts.asbestos.phone} (${rules.contacts.asbestos.hours}).`,
    }),
  },
]);
