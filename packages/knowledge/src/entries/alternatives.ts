/** Alternatives to a pickup: loan trailer, Big Bag, bouwcontainer, kringloop (§12.2, §12.3, Decision 6). */
import { eur, list } from '../format.ts';
import { bigBagPrices, containerFromEur, entries, page } from './shared.ts';

export const alternativeEntries = entries([
  {
    id: 'loan-trailer',
    topic: 'alternatives',
    questions: {
      nl: [
        'Kan ik bij jullie een aanhanger lenen?',
        'gratis aanhanger lenen',
        'aanhanger reserveren milieustraat',
        'leenaanhanger irado',
        'heeft irado een karretje dat ik kan lenen',
        'kan ik een aanhanger lenen',
        'aanhanger lenen om grofvuil weg te brengen',
        'aanhanger lenen voor de milieustraat',
        'hoe reserveer ik een aanhanger',
      ],
      en: ['Can I borrow a trailer to take bulky waste away?', 'free loan trailer', 'reserve a trailer'],
      tr: ['Römork ödünç alabilir miyim?'],
      ar: ['هل يمكنني استعارة مقطورة؟'],
    },
    keywords: ['aanhanger', 'leenaanhanger', 'lenen', 'aanhangwagen', 'trailer', 'borrow'],
    url: page('trailer'),
    answer: () => ({
      nl: 'Ja, u kunt gratis een aanhanger van Irado lenen. Reserveer hem vooraf online en haal hem op bij de milieustraat; u krijgt een bevestigingsmail met een reserveringsnummer. De aanhanger is alleen voor huisraad en snoeitakken, niet voor boomstronken, zand, grond, puin of ander bouw- en sloopafval.',
      en: "Yes, you can borrow Irado's trailer for free. Reserve it online in advance and collect it at the milieustraat; you get a confirmation e-mail with a reservation number. The trailer is only for household items (huisraad) and pruned branches, not for tree stumps, sand, soil, rubble or other building and demolition waste.",
    }),
  },
  {
    id: 'loan-trailer-rules',
    topic: 'alternatives',
    questions: {
      nl: [
        'Welk rijbewijs heb ik nodig voor de leenaanhanger?',
        'borg aanhanger',
        'wat als ik de aanhanger te laat terugbreng',
        'heb ik een eigen kenteken nodig voor de aanhanger',
        'kan ik een bakfiets lenen',
      ],
      en: ['Which driving licence do I need for the trailer?', 'trailer deposit', 'what if I return the trailer late'],
    },
    keywords: ['rijbewijs', 'borg', 'kenteken', 'te laat', 'boete', 'bakfiets', 'licence', 'deposit'],
    url: page('trailer'),
    answer: (rules) => {
      const t = rules.trailer;
      return {
        nl: `Rijbewijs ${t.licence} is genoeg (maximaal ${t.maxMassKg} kg). U heeft een eigen wit kenteken nodig, en u moet de gratis afdekhoes gebruiken; dat is wettelijk verplicht. In Schiedam en Vlaardingen betaalt u ${eur('nl', rules.prices.trailerDepositEur)} borg en bij te laat terugbrengen ${eur('nl', t.lateFeeEur)} ${t.lateFeePer.nl}. Een bakfiets is op dit moment niet te reserveren.`,
        en: `Driving licence ${t.licence} is enough (maximum ${t.maxMassKg} kg). You need your own white number plate, and you must use the free cover sheet; that is required by law. In Schiedam and Vlaardingen you pay a ${eur('en', rules.prices.trailerDepositEur)} deposit and ${eur('en', t.lateFeeEur)} ${t.lateFeePer.en} for a late return. A cargo bike cannot be reserved at the moment.`,
      };
    },
  },
  {
    id: 'big-bag',
    topic: 'alternatives',
    questions: {
      nl: [
        'Wat is de prijs van een Big Bag?',
        'waar koop ik een big bag',
        'big bag voor puin',
        'hoe werkt een big bag van irado',
        'wanneer wordt mijn volle big bag opgehaald',
        'wat kost een big bag',
        'hoeveel kost een bigbag',
        'prijs big bag',
        'big bag kopen',
      ],
      en: ['How much is a Big Bag?', 'where can I buy a Big Bag', 'Big Bag for rubble'],
      tr: ['Big Bag ne kadar?'],
      ar: ['كم سعر Big Bag؟'],
    },
    keywords: ['big bag', 'bigbag', 'zak', 'puin', 'steen', 'bouwafval', 'rubble bag'],
    url: (rules) => rules.alternatives.big_bag.url,
    answer: (rules) => {
      const b = rules.bigBag;
      const [l, w, h] = b.dimensionsCm;
      return {
        nl: `Een Big Bag koopt u bij elke milieustraat van Irado (alleen pinnen): ${bigBagPrices(rules, 'nl')}. De prijzen zijn inclusief btw en ophalen. Een Big Bag is ${l} × ${w} × ${h} cm (ongeveer ${b.volumeM3} m³) en kan tot ${b.maxLoadKg} kg hebben. Is hij vol, meld dat dan; hij wordt binnen ${b.collectedWithinWorkingDays} werkdagen opgehaald. Zet hem op de stoep aan de straatkant, binnen bereik van de kraanarm.`,
        en: `You buy a Big Bag at any Irado milieustraat (card only): ${bigBagPrices(rules, 'en')}. Prices include VAT and collection. A Big Bag is ${l} × ${w} × ${h} cm (about ${b.volumeM3} m³) and holds up to ${b.maxLoadKg} kg. When it is full, report it; it is collected within ${b.collectedWithinWorkingDays} working days. Place it on the pavement at the roadside, within reach of the crane arm.`,
      };
    },
  },
  {
    id: 'bouwcontainer',
    topic: 'alternatives',
    questions: {
      nl: [
        'Kan ik een bouwcontainer huren?',
        'container huren voor puin',
        'bouwcontainer prijzen',
        'kluscontainer huren',
        'heb ik een vergunning nodig voor een container',
        'wat kost een bouwcontainer',
        'bouwcontainer huren',
        'hoe huur ik een container',
        'hoeveel kost een container huren',
        'container van 6 m3 huren',
      ],
      en: ['How do I rent a building container and what does it cost?', 'skip hire for rubble', 'container prices'],
      tr: ['İnşaat konteyneri nasıl kiralanır?'],
      ar: ['كيف أستأجر حاوية بناء؟'],
    },
    keywords: [
      'bouwcontainer',
      'container',
      'kluscontainer',
      'huren',
      'vergunning',
      'kuub',
      'm3',
      'skip',
      'container hire',
    ],
    url: (rules) => rules.alternatives.bouwcontainer.url,
    answer: (rules) => {
      const c = rules.bouwcontainers;
      const row = (lang: 'nl' | 'en') =>
        c.sizes
          .map((s) => {
            const size = `${s.volumeM3} m³ (${s.dimensionsCm.join(' × ')} cm)`;
            const puin = s.puinEur === null ? null : `${lang === 'nl' ? 'puin' : 'rubble'} ${eur(lang, s.puinEur)}`;
            const bs = `${lang === 'nl' ? 'bouw- en sloopafval' : 'building and demolition waste'} ${eur(lang, s.bouwSloopEur)}`;
            return `● ${size}: ${list(lang, puin === null ? [bs] : [puin, bs])}`;
          })
          .join('\n');
      return {
        nl: `Irado verhuurt bouwcontainers, inclusief btw en ophalen:\n${row('nl')}\nEen volle container wordt binnen ${c.collectedWithinHours} uur op werkdagen opgehaald. Staat de container op de openbare weg, dan heeft u een vergunning van de gemeente nodig; die regelt u zelf. Een kluscontainer kan ook, vanaf ${eur('nl', c.kluscontainerFromEur)}.`,
        en: `Irado rents out building containers, including VAT and collection:\n${row('en')}\nA full container is collected within ${c.collectedWithinHours} hours on working days. A container on the public road needs a permit from the municipality, which you arrange yourself. A kluscontainer is also possible, from ${eur('en', c.kluscontainerFromEur)}.`,
      };
    },
  },
  {
    id: 'container-via-chat',
    topic: 'alternatives',
    questions: {
      nl: [
        'Kan ik via de chat een container bestellen?',
        'container aanvragen via jullie',
        'kun jij een bouwcontainer voor me regelen',
      ],
      en: ['Can I order a container through the chat?', 'can you arrange a container for me', 'container request'],
    },
    keywords: ['container bestellen', 'containeraanvraag', 'regelen', 'order container'],
    url: (rules) => rules.alternatives.bouwcontainer.url,
    answer: (rules) => ({
      nl: `Een container kan ik in deze chat niet voor u bestellen. Huur een bouwcontainer via irado.nl (vanaf ${eur('nl', containerFromEur(rules))}, inclusief btw en ophalen), of koop een Big Bag bij de milieustraat: ${bigBagPrices(rules, 'nl')}.`,
      en: `I cannot order a container for you in this chat. Rent a building container through irado.nl (from ${eur('en', containerFromEur(rules))}, including VAT and collection), or buy a Big Bag at the milieustraat: ${bigBagPrices(rules, 'en')}.`,
    }),
  },
  {
    id: 'kringloop',
    topic: 'alternatives',
    questions: {
      nl: [
        'Mijn kast is nog goed, kan ik hem ergens kwijt?',
        'bruikbare spullen weggeven',
        'kringloopwinkel',
        'meubels die nog goed zijn',
      ],
      en: ['My wardrobe is still fine, where can it go?', 'give away usable furniture', 'second-hand shop'],
    },
    keywords: ['kringloop', 'kringloopwinkel', 'bruikbaar', 'weggeven', 'verkopen', 'second-hand', 'reuse'],
    url: page('grofvuil'),
    answer: (rules) => ({
      nl: `${rules.alternatives.kringloop.text.nl} U kunt het ook verkopen. Werkende apparaten kunnen ook naar een Repair Café of kringloop. Wilt u het toch kwijt, dan kunt u een gratis grofvuilafspraak maken.`,
      en: `${rules.alternatives.kringloop.text.en} You can also sell it. Working appliances can also go to a Repair Café or second-hand shop. If you still want to get rid of it, you can book a free bulky-waste pickup.`,
    }),
  },
]);
