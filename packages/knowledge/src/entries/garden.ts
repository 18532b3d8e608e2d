/** Coarse garden waste, pruning waste and the snoeiroutes (§3.5, §5.6, Decision 3). */
import { cm, dayMonth, list, metres, perMunicipality } from '../format.ts';
import { entries, page } from './shared.ts';

export const gardenEntries = entries([
  {
    id: 'pruning-how',
    topic: 'garden',
    questions: {
      nl: [
        'Hoe bied ik snoeiafval aan?',
        'hoe bied ik takken aan',
        'snoeiafval laten ophalen',
        'takken van de heg weggooien',
        'mag snoeihout mee met grofvuil',
        'hoe bied ik snoeiafval aan',
        'hoe moet ik tuinafval aanbieden',
        'grof tuinafval aanbieden',
        'hoe moet ik takken aanbieden',
      ],
      en: ['How do I put out pruning waste?', 'how to offer branches', 'garden waste pickup'],
      tr: ['Budama atıklarını nasıl çıkarırım?', 'dalları nasıl atarım'],
      ar: ['كيف أضع نفايات التقليم؟', 'كيف أتخلص من الأغصان'],
    },
    keywords: ['snoeiafval', 'takken', 'tuinafval', 'snoeihout', 'heg', 'bundel', 'pruning', 'branches'],
    url: page('pruning'),
    answer: (rules) => {
      const l = rules.limits;
      return {
        nl: `Snoeiafval en takken bundelt u, in bundels van maximaal ${metres('nl', l.branchBundleMaxLengthM)} lang, en doet het niet in dozen of zakken. Boomstronken mogen maximaal ${cm(l.stumpMaxLengthM)} lang en ${cm(l.stumpMaxThicknessM)} dik zijn; grotere stukken kunnen niet worden versnipperd. Het wordt opgehaald op de snoeiroute, die per gemeente verschilt.`,
        en: `Bundle pruning waste and branches into bundles of at most ${metres('en', l.branchBundleMaxLengthM)} long, and do not put it in boxes or bags. Tree stumps may be at most ${cm(l.stumpMaxLengthM)} long and ${cm(l.stumpMaxThicknessM)} thick; bigger pieces cannot be chipped. It is collected on the pruning route, which differs per municipality.`,
      };
    },
  },
  {
    id: 'pruning-bags',
    topic: 'garden',
    questions: {
      nl: [
        'Mogen takken in zakken aan de straat?',
        'mogen takken in een vuilniszak',
        'tuinafval in zakken aan de straat',
        'bladeren in zakken grofvuil',
        'mag snoeiafval in zakken',
        'mag tuinafval in dozen',
        'snoeiafval in dozen aanbieden',
      ],
      en: ['Can I put pruning waste in bags or boxes?', 'can branches go in a bin bag', 'garden waste in bags'],
    },
    keywords: ['zakken', 'dozen', 'vuilniszak', 'snoeiafval', 'takken', 'bags'],
    url: page('pruning'),
    answer: (rules) => ({
      nl: `Nee, snoeiafval mag niet in dozen of zakken. Bundel de takken, in bundels van maximaal ${metres('nl', rules.limits.branchBundleMaxLengthM)} lang, zodat ze kunnen worden versnipperd.`,
      en: `No, pruning waste may not go in boxes or bags. Bundle the branches, in bundles of at most ${metres('en', rules.limits.branchBundleMaxLengthM)} long, so they can be chipped.`,
    }),
  },
  {
    id: 'stumps-branches-size',
    topic: 'garden',
    questions: {
      nl: [
        'Hoe groot mag een boomstronk zijn?',
        'boomstronk weggooien',
        'hoe groot mag een boomstam zijn',
        'wortels van een boom aanbieden',
        'hoe dik mag een boomstronk zijn',
        'hoe lang mogen takken zijn',
        'maximale lengte van takken',
        'hoe groot mogen boomstronken zijn',
      ],
      en: ['How big may tree stumps and branches be?', 'tree stump disposal', 'maximum size of a stump'],
    },
    keywords: ['boomstronk', 'stronk', 'stam', 'wortel', 'dik', 'stump'],
    url: page('pruning'),
    answer: (rules) => {
      const l = rules.limits;
      return {
        nl: `Boomstronken mogen maximaal ${cm(l.stumpMaxLengthM)} lang en ${cm(l.stumpMaxThicknessM)} dik zijn. Takken bundelt u in bundels van maximaal ${metres('nl', l.branchBundleMaxLengthM)} lang. Grotere stukken kunnen niet worden versnipperd en worden als restafval verwerkt: breng die naar de milieustraat.`,
        en: `Tree stumps may be at most ${cm(l.stumpMaxLengthM)} long and ${cm(l.stumpMaxThicknessM)} thick. Branches are bundled in bundles of at most ${metres('en', l.branchBundleMaxLengthM)} long. Bigger pieces cannot be chipped and are processed as residual waste: take those to the milieustraat.`,
      };
    },
  },
  {
    id: 'snoeiroute',
    topic: 'garden',
    questions: {
      nl: [
        'Wanneer kan ik snoeiafval laten ophalen?',
        'wanneer rijdt de snoeiroute',
        'wanneer is de takkenroute',
        'snoeiroute data',
        'hoe meld ik takken aan voor de snoeiroute',
        'wanneer wordt snoeiafval opgehaald',
        'wanneer kan ik takken laten ophalen',
        'wanneer is de snoeiroute',
        'wanneer rijdt de takkenroute',
      ],
      en: ['When can I have pruning waste collected?', 'when is the pruning route', 'branch collection dates'],
      tr: ['Budama atıkları ne zaman toplanıyor?'],
      ar: ['متى يتم جمع نفايات التقليم؟'],
    },
    keywords: ['snoeiroute', 'takkenroute', 'voorjaar', 'najaar', 'snoeiafval', 'wanneer', 'pruning route'],
    url: page('pruning'),
    answer: (rules, municipality) => {
      // The schedules name their municipality themselves, so they need no "● name:" prefix.
      const shown = Object.values(rules.municipalities).filter((m) => municipality === null || m.name === municipality);
      const lines = (lang: 'nl' | 'en') =>
        shown
          .map((m) => (shown.length > 1 ? `● ${m.snoeirouteSchedule[lang]}` : m.snoeirouteSchedule[lang]))
          .join('\n');
      const schedule = { nl: lines('nl'), en: lines('en') };
      return {
        nl: `${schedule.nl}\nU meldt snoeiafval aan met een grofvuilafspraak voor Tuin- en snoeiafval, online of hier in de chat. Bundel de takken en bied ze nooit in zakken aan.`,
        en: `${schedule.en}\nYou book pruning waste with a bulky-waste appointment for garden and pruning waste, online or here in the chat. Bundle the branches and never put them out in bags.`,
      };
    },
  },
  {
    id: 'snoeiroute-capelle',
    topic: 'garden',
    municipality: 'Capelle aan den IJssel',
    questions: {
      nl: [
        'Wanneer is de snoeiroute in Capelle aan den IJssel?',
        'snoeiafval capelle laatste maandag',
        'takken ophalen in capelle',
      ],
      en: [
        'When is the pruning route in Capelle?',
        'branch collection Capelle aan den IJssel',
        'last Monday pruning route',
      ],
    },
    keywords: ['snoeiroute', 'capelle', 'maandag', 'takken'],
    url: (rules) => rules.pages.pruning,
    answer: (rules) => {
      const m = rules.municipalities['Capelle aan den IJssel'];
      return {
        nl: `${m.snoeirouteSchedule.nl} Maak altijd een afspraak voor Tuin- en snoeiafval, online of hier in de chat, en bundel de takken.`,
        en: `${m.snoeirouteSchedule.en} Always book an appointment for garden and pruning waste, online or here in the chat, and bundle the branches.`,
      };
    },
  },
  {
    id: 'snoeiroute-vlaardingen-off-season',
    topic: 'garden',
    municipality: 'Vlaardingen',
    questions: {
      nl: [
        'Ik woon in Vlaardingen en er rijdt geen snoeiroute, wat doe ik met mijn takken?',
        'snoeiafval buiten de snoeiperiode vlaardingen',
        'takken in de zomer vlaardingen',
      ],
      en: [
        'Pruning waste outside the pruning season in Vlaardingen?',
        'branches in summer Vlaardingen',
        'no pruning route now in Vlaardingen',
      ],
    },
    keywords: ['snoeiafval', 'buiten seizoen', 'zomer', 'winter', 'vlaardingen', 'huisraad'],
    url: (rules) => rules.pages.grofvuilVlaardingen,
    answer: (rules) => {
      const m = rules.municipalities.Vlaardingen;
      const route = rules.routes[m.outsideSnoeiSeasonRoute ?? 'HUISRAAD'].label;
      return {
        nl: `${m.snoeirouteSchedule.nl} Maak dan een afspraak voor ${route.nl} en bundel de takken in bundels van maximaal ${metres('nl', rules.limits.branchBundleMaxLengthM)}, niet in zakken.`,
        en: `${m.snoeirouteSchedule.en} Then book an appointment for ${route.en} and bundle the branches in bundles of at most ${metres('en', rules.limits.branchBundleMaxLengthM)}, not in bags.`,
      };
    },
  },
  {
    id: 'snoeiroute-dates',
    topic: 'garden',
    questions: {
      nl: [
        'Wat zijn de data van de snoeiroute dit jaar?',
        'op welke dagen rijdt de takkenroute',
        'snoeiroute 2025 data',
        'welke donderdagen is de snoeiroute',
      ],
      en: [
        'What are the pruning route dates this year?',
        'on which days does the branch route run',
        'pruning route 2025',
      ],
    },
    keywords: ['data', 'datum', 'snoeiroute', 'donderdag', 'maandag', 'dates'],
    url: page('snoeirouteNews'),
    answer: (rules, municipality) => {
      const dates = perMunicipality(rules, municipality, (m, lang) =>
        list(
          lang,
          m.snoeirouteDates.map((d) => dayMonth(lang, d)),
        ),
      );
      const year = (rules.municipalities.Schiedam.snoeirouteDates[0] ?? '').split('-')[0];
      return {
        nl: `De snoeiroutes in ${year}:\n${dates.nl}\nDe data worden elk jaar opnieuw bekendgemaakt in de lokale krant, op irado.nl en in de Irado-app. Meld uw snoeiafval aan met een grofvuilafspraak.`,
        en: `The pruning routes in ${year}:\n${dates.en}\nThe dates are announced again every year in the local paper, on irado.nl and in the Irado app. Book your pruning waste with a bulky-waste appointment.`,
      };
    },
  },
  {
    id: 'not-pruning-waste',
    topic: 'garden',
    questions: {
      nl: [
        'Mag tuinaarde of zand mee met de snoeiroute?',
        'wat is geen snoeiafval',
        'mag een schutting mee met de takkenroute',
        'mag grind mee met snoeiafval',
        'mag tuinaarde mee met snoeiafval',
      ],
      en: [
        'Can soil or sand go with the pruning route?',
        'what is not pruning waste',
        'can a fence go on the branch route',
      ],
    },
    keywords: ['tuinaarde', 'zand', 'grind', 'schuur', 'volière', 'niet snoeiafval', 'soil'],
    url: page('pruning'),
    answer: () => ({
      nl: 'Nee, de snoeiroute is alleen voor takken, snoeiafval en boomstronken. Tuinaarde, zand, grind en graszoden zijn geen grofvuil: die brengt u naar de milieustraat. (Delen van) schuurtjes, schuttingen en tuinmeubilair kunnen wel mee met Huisraad.',
      en: 'No, the pruning route is only for branches, prunings and tree stumps. Garden soil, sand, gravel and turf are not bulky waste: take them to the milieustraat. (Parts of) sheds, fences and garden furniture can go with Huisraad.',
    }),
  },
  {
    id: 'compost',
    topic: 'garden',
    questions: {
      nl: ['Kan ik gratis compost krijgen?', 'zak compost ophalen bij de milieustraat', 'compost voor mijn tuin'],
      en: ['Can I get free compost?', 'bag of compost at the recycling centre', 'compost for my garden'],
    },
    keywords: ['compost', 'gratis compost', 'gft', 'tuinaarde'],
    url: page('pruning'),
    answer: (rules) => ({
      nl: `Ja: scheidt u gft en grof snoeiafval, dan kunt u ${rules.compostBagsPerYear === 1 ? 'één keer' : `${rules.compostBagsPerYear} keer`} per jaar een gratis zak compost ophalen bij de milieustraat.`,
      en: `Yes: if you separate organic waste and coarse prunings, you can collect a free bag of compost at the milieustraat ${rules.compostBagsPerYear === 1 ? 'once' : `${rules.compostBagsPerYear} times`} a year.`,
    }),
  },
]);
