/** The milieustraten: addresses, hours, passes, prices and house rules (§12.1). */
import { eur, perMunicipality } from '../format.ts';
import { entries, milieustraatLine, page } from './shared.ts';

export const milieustraatEntries = entries([
  {
    id: 'milieustraat-locations',
    topic: 'milieustraat',
    questions: {
      nl: [
        'Waar is de milieustraat en wat zijn de openingstijden?',
        'adres milieustraat',
        'hoe laat is de milieustraat open',
        'openingstijden stort',
        'is de milieustraat op zaterdag open',
        'waar kan ik mijn afval zelf wegbrengen',
        'waar is de milieustraat',
        'openingstijden van de milieustraat',
        'wat is het adres van de milieustraat',
        'wanneer is de milieustraat open',
      ],
      en: [
        'Where is the recycling centre and when is it open?',
        'milieustraat opening hours',
        'address of the recycling centre',
        'where is the recycling centre',
        'when is the recycling centre open',
      ],
      tr: ['Geri dönüşüm merkezi (milieustraat) nerede ve ne zaman açık?', 'milieustraat adresi'],
      ar: ['أين يقع مركز إعادة التدوير وما هي مواعيد العمل؟', 'عنوان milieustraat'],
    },
    keywords: ['milieustraat', 'adres', 'openingstijden', 'open', 'stort', 'recycling centre', 'opening hours'],
    url: (rules, municipality) =>
      municipality === null ? rules.alternatives.milieustraat.url : rules.municipalities[municipality].milieustraat.url,
    answer: (rules, municipality) => {
      const lines = perMunicipality(rules, municipality, (m, lang) => milieustraatLine(m, lang));
      return municipality === null
        ? {
            nl: `De milieustraten van Irado:\n${lines.nl}\nOp zon- en feestdagen zijn ze gesloten. U betaalt alleen met pin.`,
            en: `Irado's milieustraten (recycling centres):\n${lines.en}\nThey are closed on Sundays and public holidays. Card payment only.`,
          }
        : {
            nl: `De milieustraat in ${municipality}: ${lines.nl}. Op zon- en feestdagen is hij gesloten; u betaalt alleen met pin.`,
            en: `The milieustraat in ${municipality}: ${lines.en}. It is closed on Sundays and public holidays; card payment only.`,
          };
    },
  },
  {
    id: 'milieustraat-pass',
    topic: 'milieustraat',
    questions: {
      nl: [
        'Heb ik een pasje nodig om bij de milieustraat binnen te komen?',
        'heb ik een milieupas nodig',
        'afvalpas kwijt milieustraat',
        'toegangspas milieustraat',
        'moet ik een pas meenemen',
        'heb ik een pas nodig voor de milieustraat',
        'milieupas meenemen naar de milieustraat',
      ],
      en: ['Do I need a pass for the recycling centre?', 'do I need a milieupas', 'recycling centre access card'],
    },
    keywords: ['pas', 'milieupas', 'afvalpas', 'toegangspas', 'pass', 'card'],
    url: (rules, municipality) =>
      municipality === null ? rules.alternatives.milieustraat.url : rules.municipalities[municipality].milieustraat.url,
    answer: (rules, municipality) => {
      const lines = perMunicipality(rules, municipality, (m, lang) => m.milieustraat.access[lang]);
      return municipality === null
        ? {
            nl: `Dat verschilt per milieustraat:\n${lines.nl}`,
            en: `That differs per milieustraat:\n${lines.en}`,
          }
        : {
            nl: `Voor de milieustraat in ${municipality}: ${lines.nl}.`,
            en: `For the milieustraat in ${municipality}: ${lines.en}.`,
          };
    },
  },
  {
    id: 'afvalpas-capelle',
    topic: 'milieustraat',
    municipality: 'Capelle aan den IJssel',
    questions: {
      nl: [
        'Wat kost een nieuwe afvalpas in Capelle?',
        'afvalpas aanvragen capelle aan den ijssel',
        'ik ben verhuisd naar capelle, heb ik een afvalpas nodig',
      ],
      en: [
        'How much is a new afvalpas in Capelle?',
        'waste pass Capelle aan den IJssel',
        'I moved to Capelle, do I need a pass',
      ],
    },
    keywords: ['afvalpas', 'capelle', 'verhuisd', 'nieuwe pas', 'waste pass'],
    url: (rules) => rules.municipalities['Capelle aan den IJssel'].milieustraat.url,
    answer: (rules) => {
      const m = rules.municipalities['Capelle aan den IJssel'];
      const months = rules.prices.afvalpasCapelleFreeMonthsAfterMoving;
      return {
        nl: `Voor de milieustraat in Capelle aan den IJssel (${m.milieustraat.address}) heeft u een afvalpas nodig. Een nieuwe pas kost ${eur('nl', rules.prices.afvalpasCapelleEur)}; binnen ${months} maanden na een verhuizing is hij gratis. Met de pas is bijna alles gratis.`,
        en: `For the milieustraat in Capelle aan den IJssel (${m.milieustraat.address}) you need an afvalpas. A new pass costs ${eur('en', rules.prices.afvalpasCapelleEur)}; within ${months} months of moving it is free. With the pass almost everything is free.`,
      };
    },
  },
  {
    id: 'milieustraat-prices',
    topic: 'milieustraat',
    questions: {
      nl: [
        'Wat kost het om afval naar de milieustraat te brengen?',
        'tarieven milieustraat',
        'is de milieustraat gratis',
        'wat moet ik betalen bij de stort',
      ],
      en: ['What does the recycling centre cost?', 'recycling centre prices', 'is the milieustraat free'],
    },
    keywords: ['tarieven', 'prijzen', 'kosten', 'gratis', 'betalen', 'milieustraat', 'prices'],
    url: page('houseRules'),
    answer: (rules, municipality) => {
      const p = rules.milieustraatPrices;
      const lines = perMunicipality(rules, municipality, (m, lang) => {
        if (m.name === 'Capelle aan den IJssel')
          return lang === 'nl'
            ? `met de afvalpas is bijna alles gratis; alleen autobanden met velg kosten ${eur('nl', p.tyreWithRimEur)} per stuk. ${m.puinAtMilieustraat.nl}`
            : `with the afvalpas almost everything is free; only tyres with rim cost ${eur('en', p.tyreWithRimEur)} each. ${m.puinAtMilieustraat.en}`;
        return lang === 'nl'
          ? `de meeste afvalsoorten zijn gratis. ${m.puinAtMilieustraat.nl} Autoband ${eur('nl', p.tyreWithRimEur)} met velg, ${eur('nl', p.tyreWithoutRimEur)} zonder; wegen ${eur('nl', p.weighingEur)}.`
          : `most waste types are free. ${m.puinAtMilieustraat.en} Car tyre ${eur('en', p.tyreWithRimEur)} with rim, ${eur('en', p.tyreWithoutRimEur)} without; weighing ${eur('en', p.weighingEur)}.`;
      });
      return {
        nl: `${municipality === null ? `Voor inwoners:\n${lines.nl}` : `In ${municipality}: ${lines.nl}`}\nBetalen kan alleen met pin.`,
        en: `${municipality === null ? `For residents:\n${lines.en}` : `In ${municipality}: ${lines.en}`}\nCard payment only.`,
      };
    },
  },
  {
    id: 'milieustraat-house-rules',
    topic: 'milieustraat',
    questions: {
      nl: [
        'Wat zijn de huisregels van de milieustraat?',
        'mag ik op zondag naar de milieustraat',
        'kan ik contant betalen bij de milieustraat',
        'mogen kinderen mee op de milieustraat',
        'mag ik iets meenemen van de milieustraat',
      ],
      en: [
        'What are the rules at the recycling centre?',
        'is the recycling centre open on Sunday',
        'can I pay cash at the recycling centre',
      ],
    },
    keywords: ['huisregels', 'zondag', 'feestdag', 'pin', 'contant', 'kinderen', 'huisdieren', 'rules'],
    url: page('houseRules'),
    answer: (rules) => {
      const h = rules.milieustraatHouseRules;
      return {
        nl: `De belangrijkste huisregels: op zon- en feestdagen zijn de milieustraten gesloten, u betaalt alleen met pin, u rijdt maximaal ${h.speedKmh} km/u en roken is verboden. Kinderen onder de ${h.childrenStayInVehicleUnderAge} jaar en huisdieren blijven in de auto, en u mag niets meenemen. Ongeveer ${h.refuseEntryMinutesBeforeClosing} minuten voor sluitingstijd kan de toegang worden geweigerd.`,
        en: `The main house rules: the milieustraten are closed on Sundays and public holidays, payment is by card only, the speed limit is ${h.speedKmh} km/h and smoking is not allowed. Children under ${h.childrenStayInVehicleUnderAge} and pets stay in the vehicle, and nothing may be taken away. About ${h.refuseEntryMinutesBeforeClosing} minutes before closing time entry may be refused.`,
      };
    },
  },
  {
    id: 'milieustraat-vs-grofvuil',
    topic: 'milieustraat',
    questions: {
      nl: [
        'Zelf naar de milieustraat of grofvuil laten ophalen, wat is het verschil?',
        'is het beter om het zelf weg te brengen of te laten ophalen',
        'ophalen of zelf naar de milieustraat',
        'wat is het verschil tussen grofvuil en de milieustraat',
        'wat is beter, ophalen of zelf brengen',
        'verschil tussen ophalen en wegbrengen',
      ],
      en: [
        'What is the difference between a pickup and the recycling centre?',
        'should I bring it myself or have it collected',
        'pickup or recycling centre',
      ],
    },
    keywords: ['verschil', 'zelf brengen', 'ophalen', 'milieustraat', 'difference'],
    url: (rules) => rules.alternatives.milieustraat.url,
    answer: () => ({
      nl: 'Bij een grofvuilafspraak halen we het gratis bij u op, maar er is een wachttijd en een maximum per afspraak, en alleen grofvuil gaat mee. Naar de milieustraat brengt u het zelf, wanneer het u uitkomt; daar kunt u meer afvalsoorten kwijt en de meeste zijn gratis. U kunt daarvoor gratis een aanhanger lenen.',
      en: 'With a bulky-waste appointment we collect it free of charge, but there is a waiting time and a maximum per appointment, and only bulky waste is taken. To the milieustraat you bring it yourself, whenever it suits you; it accepts more waste types and most are free. You can borrow a trailer for free to do so.',
    }),
  },
]);
