/** Mattresses, boxsprings and bedding (§3.4, Decision 10). */
import type { Municipality, RuleSet } from '@irado/kernel';
import { list, perMunicipality } from '../format.ts';
import { entries, mattressWithHuisraad, municipalitiesWhere } from './shared.ts';

/** The mattress page: Capelle has its own. */
const mattressPage = (rules: RuleSet, municipality: Municipality | null) =>
  municipality !== null && mattressWithHuisraad(rules, rules.municipalities[municipality])
    ? rules.pages.mattressesCapelle
    : rules.pages.mattresses;

export const mattressEntries = entries([
  {
    id: 'mattress-route',
    topic: 'mattresses',
    questions: {
      nl: [
        'Moet ik voor matrassen een aparte afspraak maken?',
        'welke route kies ik voor mijn oude matras',
        'matras laten ophalen',
        'mag mijn matras mee met het grofvuil',
        'matrassen weggooien',
        'matras bij huisraad',
        'moet een matras apart worden aangeboden',
        'welke afspraak voor een matras',
        'aparte afspraak voor matrassen',
        'mag de matras mee met huisraad',
        'mag de matras gewoon bij het andere grofvuil',
      ],
      en: [
        'Do I need a separate appointment for a mattress?',
        'which route do I choose for my old mattress',
        'mattress pickup',
      ],
      tr: ['Yatak için ayrı randevu gerekiyor mu?', 'eski yatağımı nasıl atarım'],
      ar: ['هل أحتاج موعدا منفصلا للمرتبة؟', 'كيف أتخلص من المرتبة القديمة'],
    },
    keywords: ['matras', 'matrassen', 'topper', 'route', 'mattress'],
    url: mattressPage,
    answer: (rules, municipality) => {
      const own = perMunicipality(rules, municipality, (m, lang) => {
        const choice = m.mattressFormChoice;
        if (mattressWithHuisraad(rules, m))
          return lang === 'nl'
            ? `matrassen gaan mee met Huisraad, dus geen aparte afspraak (kies "${choice}")`
            : `mattresses go with Huisraad, so no separate appointment (choose "${choice}")`;
        return lang === 'nl'
          ? `maak voor een matras een aparte afspraak (kies "${choice}"); een matras die bij Huisraad wordt gezet, wordt niet meegenomen`
          : `book a separate appointment for a mattress (choose "${choice}"); a mattress put out with Huisraad is not taken`;
      });
      const intro =
        municipality === null
          ? { nl: 'Dat verschilt per gemeente:\n', en: 'That differs per municipality:\n' }
          : { nl: `In ${municipality}: `, en: `In ${municipality}: ` };
      return {
        nl: `${intro.nl}${own.nl}${municipality === null ? '' : '.'}\nAlleen droge matrassen (ook toppers) worden opgehaald, want alleen die kunnen worden gerecycled.`,
        en: `${intro.en}${own.en}${municipality === null ? '' : '.'}\nOnly dry mattresses (toppers too) are collected, because only those can be recycled.`,
      };
    },
  },
  {
    id: 'mattress-capelle',
    topic: 'mattresses',
    municipality: 'Capelle aan den IJssel',
    questions: {
      nl: [
        'Gaat mijn matras in Capelle mee met huisraad?',
        'matras capelle aan den ijssel',
        'moet ik in capelle een aparte afspraak voor een matras maken',
      ],
      en: [
        'Does my mattress go with Huisraad in Capelle?',
        'mattress Capelle aan den IJssel',
        'separate mattress appointment in Capelle',
      ],
    },
    keywords: ['matras', 'capelle', 'huisraad', 'mattress'],
    url: (rules) => rules.pages.mattressesCapelle,
    answer: () => ({
      nl: 'Ja, in Capelle aan den IJssel gaat een matras gewoon mee met de afspraak voor Grofvuil Huisraad; een aparte afspraak is niet nodig. Alleen droge matrassen worden opgehaald. Een boxspringonderstel, bedombouw en beddengoed zijn geen matras.',
      en: 'Yes, in Capelle aan den IJssel a mattress simply goes with the Grofvuil Huisraad appointment; no separate appointment is needed. Only dry mattresses are collected. A boxspring base, bed frame parts and bedding are not mattresses.',
    }),
  },
  {
    id: 'mattress-dry',
    topic: 'mattresses',
    questions: {
      nl: [
        'Mijn matras is nat, wordt hij toch meegenomen?',
        'mijn matras is nat geworden in de regen',
        'vieze matras weggooien',
        'matras met vlekken of schimmel',
        'mag een natte matras mee',
        'natte matras aanbieden',
        'mag een vochtige matras mee met het grofvuil',
      ],
      en: ['Can a wet mattress be collected?', 'my mattress got wet in the rain', 'dirty mattress disposal'],
    },
    keywords: ['nat', 'natte', 'vies', 'schimmel', 'beschimmeld', 'vochtig', 'droog', 'wet', 'dirty', 'mould'],
    url: mattressPage,
    answer: () => ({
      nl: `Nee, alleen droge matrassen worden opgehaald. Alle matrassen worden gerecycled, en natte matrassen kunnen dat niet: ze warmen op, rotten en kunnen gaan branden. Ook vieze matrassen of matrassen die uit ander afval zijn gehaald gaan niet mee. Tip: bescherm de matras tegen regen, bijvoorbeeld met de transporthoes van uw nieuwe matras. Een natte of vieze matras doet u bij het restafval of brengt u zelf naar de milieustraat.`,
      en: `No, only dry mattresses are collected. All mattresses are recycled, and wet ones cannot be: they heat up, rot and can catch fire. Dirty mattresses or mattresses taken out of other waste are not taken either. Tip: protect the mattress from rain, for example with the transport cover of your new mattress. Put a wet or dirty mattress in the residual waste or take it to the milieustraat yourself.`,
    }),
  },
  {
    id: 'boxspring',
    topic: 'mattresses',
    questions: {
      nl: [
        'Is een boxspring een matras?',
        'boxspring weggooien',
        'is een boxspring een matras',
        'welke afspraak voor een boxspring',
        'boxspring onderstel ophalen',
        'hoort een boxspring bij de matrassen',
        'mag een boxspring mee met de matrassenroute',
        'boxspringonderstel aanbieden',
      ],
      en: ['Is a boxspring base a mattress?', 'which appointment for a boxspring', 'boxspring disposal'],
      tr: ['Boxspring yatak mı sayılır?'],
      ar: ['هل البوكس سبرينغ مرتبة؟'],
    },
    keywords: ['boxspring', 'onderstel', 'boxspringonderstel', 'box spring'],
    url: mattressPage,
    answer: (rules) => {
      const together = municipalitiesWhere(rules, (m) => mattressWithHuisraad(rules, m));
      return {
        nl: `Nee, een boxspring(onderstel) is geen matras. Maak hiervoor een afspraak voor Grofvuil Huisraad. De matras zelf gaat, behalve in ${list('nl', together)}, met een eigen afspraak mee.`,
        en: `No, a boxspring (base) is not a mattress. Book a Grofvuil Huisraad appointment for it. The mattress itself has its own appointment, except in ${list('en', together)}.`,
      };
    },
  },
  {
    id: 'bed-parts-bedding',
    topic: 'mattresses',
    questions: {
      nl: [
        'Kan de bedombouw mee met de matras?',
        'bedombouw weggooien',
        'hoofdbord en bedframe aanbieden',
        'mag het bed met de matras mee',
        'mag beddengoed mee met het grofvuil',
        'bedombouw en beddengoed aanbieden',
        'mogen onderdelen van een bed mee',
        'hoort bedombouw bij de matrassen',
      ],
      en: [
        'Can bed frame parts and bedding go with bulky waste?',
        'headboard and bed frame disposal',
        'does the bed frame go with the mattress',
      ],
    },
    keywords: ['bedombouw', 'ombouw', 'bedframe', 'hoofdbord', 'beddengoed', 'bed frame'],
    url: mattressPage,
    answer: () => ({
      nl: 'Bedombouw en andere onderdelen van een bed zijn geen matras en gaan niet mee met de matrassen; ze gaan meestal mee met Huisraad. Beddengoed (dekbedden, kussens, hoeslakens, dekbedovertrekken) is geen grofvuil: dat hoort bij het restafval of, als het nog goed is, bij de kringloop.',
      en: 'Bed frame parts and other bed parts are not mattresses and do not go with the mattresses; they usually go with Huisraad. Bedding (duvets, pillows, fitted sheets, duvet covers) is not bulky waste: it belongs in the residual waste or, if still good, at a second-hand shop.',
    }),
  },
  {
    id: 'duvets-pillows',
    topic: 'mattresses',
    questions: {
      nl: [
        'Kan mijn oude dekbed mee met de matras?',
        'oud dekbed weggooien',
        'slaapzak en kussens bij grofvuil',
        'kussens van tuinstoelen weggooien',
        'mogen dekbedden mee met het grofvuil',
        'mogen kussens bij de matrassen',
        'dekbed en kussens aanbieden',
      ],
      en: ['Can duvets and pillows go with the mattresses?', 'old duvet disposal', 'sleeping bag and pillows'],
    },
    keywords: ['dekbed', 'kussen', 'kussens', 'slaapzak', 'hoeslaken', 'duvet', 'pillow'],
    url: mattressPage,
    answer: (rules) => ({
      nl: `Nee, dekbedden, kussens, slaapzakken, hoeslakens, dekbedovertrekken en kussens van tuinstoelen of caravans gaan niet mee met de matrassen en zijn geen grofvuil. ${rules.alternatives.restafval.text.nl} Nog bruikbaar? Geef het aan een kringloopwinkel.`,
      en: `No, duvets, pillows, sleeping bags, fitted sheets, duvet covers and garden-chair or caravan cushions do not go with the mattresses and are not bulky waste. ${rules.alternatives.restafval.text.en} Still usable? Give it to a second-hand shop.`,
    }),
  },
  {
    id: 'mattress-with-other-items',
    topic: 'mattresses',
    questions: {
      nl: [
        'Ik heb een matras en een tafel, hoeveel afspraken zijn dat?',
        'krijg ik twee datums als ik een matras en meubels aanbied',
        'matras en bank tegelijk laten ophalen',
        'waarom twee ophaaldagen voor matras en kast',
      ],
      en: [
        'I have a mattress and a table, how many appointments is that?',
        'will I get two dates for a mattress and furniture',
        'mattress and sofa together',
      ],
    },
    keywords: ['matras', 'tafel', 'twee datums', 'twee afspraken', 'tegelijk', 'two dates'],
    url: mattressPage,
    answer: (rules, municipality) => {
      const together = municipalitiesWhere(rules, (m) => mattressWithHuisraad(rules, m));
      const apart = municipalitiesWhere(rules, (m) => !mattressWithHuisraad(rules, m));
      if (municipality !== null) {
        return mattressWithHuisraad(rules, rules.municipalities[municipality])
          ? {
              nl: `In ${municipality} gaat een matras mee met Huisraad, dus een matras en een tafel gaan samen in één afspraak, op één datum.`,
              en: `In ${municipality} a mattress goes with Huisraad, so a mattress and a table go together in one appointment, on one date.`,
            }
          : {
              nl: `In ${municipality} zijn dat twee afspraken met elk een eigen datum: de matras op de matrassenroute en de tafel bij Huisraad. Zet op elke datum alleen de spullen van die route buiten.`,
              en: `In ${municipality} that is two appointments, each with its own date: the mattress on the mattress route and the table with Huisraad. On each date put out only the items of that route.`,
            };
      }
      return {
        nl: `In ${list('nl', apart)} zijn dat twee afspraken met elk een eigen datum (matras apart, tafel bij Huisraad); zet op elke datum alleen de spullen van die route buiten. In ${list('nl', together)} gaan ze samen mee met Huisraad, in één afspraak.`,
        en: `In ${list('en', apart)} that is two appointments with their own dates (mattress separately, table with Huisraad); on each date put out only the items of that route. In ${list('en', together)} they go together with Huisraad, in one appointment.`,
      };
    },
  },
]);
