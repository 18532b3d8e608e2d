import type { RefusalCode } from '../plan/plan.types.ts';

/**
 * Resident-facing sentences about a plan, per language. Figures are never written here: they are parameters filled
 * from the rule set, so every number the resident reads has one source.
 */
export interface PlanTexts {
  decimalSeparator: ',' | '.';
  times: string; // "×"
  refusal: Record<RefusalCode, string>;
  tooLong: (measured: string, max: string) => string;
  stumpLimits: (maxLength: string, maxThickness: string) => string;
  onlyThisRoute: (route: string, others: string) => string;
  putOutWindow: (from: string, until: string) => string;
  collectionWindow: (from: string, until: string) => string;
  placement: string;
  splitAppointments: (route: string, count: number, cap: string) => string;
  heavyAppliance: (items: string) => string;
  mustBeEmpty: (items: string) => string;
  mustBeDry: (items: string) => string;
  bundle: (items: string) => string;
  bundleBranches: (items: string, maxLength: string) => string;
  noBags: (items: string) => string;
  unlocked: (items: string) => string;
  tapeGlass: (items: string) => string;
  flatten: (items: string) => string;
  snoeiOutOfSeason: string;
  datesFollow: (count: number) => string;
  volumeLine: (volume: string, cap: string | null) => string;
  and: string;
}

export const nl: PlanTexts = {
  decimalSeparator: ',',
  times: '×',
  refusal: {
    restafval: 'Dit is geen grofvuil maar restafval.',
    not_ewaste: 'Dit hoort bij het restafval, niet bij de elektrische apparaten.',
    renovation: 'Afval van een verbouwing (sanitair, keukenblok, tegels) nemen we niet mee als grofvuil.',
    rubble: 'Puin, steen en gipsplaten nemen we niet mee als grofvuil.',
    kca: 'Klein chemisch afval (zoals verf, accu’s en batterijen) is geen grofvuil en nemen we niet mee.',
    asbestos: 'Asbest (en alles waar asbest in kan zitten, zoals golfplaten) is nooit grofvuil en nemen we niet mee.',
    tyres: 'Autobanden nemen we niet mee als grofvuil.',
    vehicle: 'Brommers, scooters, scootmobielen en aanhangwagentjes nemen we niet mee als grofvuil.',
    concrete: 'Betonnen bloembakken en parasolvoeten nemen we niet mee als grofvuil.',
    roofing: 'Dakpannen, dakgoten en regenpijpen nemen we niet mee als grofvuil.',
    soil: 'Grond, zand en graszoden nemen we niet mee.',
    satellite_dish: 'Schotelantennes nemen we niet mee als grofvuil.',
    business_waste: 'Bedrijfsafval is geen grofvuil.',
    wet_mattress: 'We nemen alleen droge matrassen mee: een natte of vuile matras kan niet worden gerecycled.',
    bedding: 'Dekbedden, kussens en slaapzakken zijn geen grofvuil.',
    medicine: 'Medicijnen en injectienaalden nemen we niet mee.',
    lithium_battery: 'Lithium-accu’s (zoals van een e-bike) zijn geen grofvuil.',
    gas_cylinder: 'Gasflessen en brandblussers nemen we niet mee als grofvuil.',
    car_parts: 'Auto-onderdelen nemen we niet mee als grofvuil.',
    piece_too_long: 'Dit stuk is te lang.',
    stump_too_big: 'Deze boomstronk is te groot om te versnipperen.',
    small_single_item: 'Eén klein voorwerp alleen is geen grofvuil.',
  },
  tooLong: (measured, max) => `Het is ${measured} lang; het mag hoogstens ${max} zijn.`,
  stumpLimits: (length, thickness) => `Een boomstronk mag hoogstens ${length} lang en ${thickness} dik zijn.`,
  onlyThisRoute: (route, others) =>
    `Zet op de dag van deze afspraak alleen de spullen voor ${route} buiten. Spullen voor ${others} komen met een andere wagen op een andere datum en blijven anders staan.`,
  putOutWindow: (from, until) =>
    `Zet alles op de afgesproken dag tussen ${from} en ${until} buiten, niet de avond ervoor.`,
  collectionWindow: (from, until) => `We halen op tussen ${from} en ${until}; een precieze tijd kunnen we niet geven.`,
  placement:
    'Zet het los aan de doorgaande weg voor uw woning, zichtbaar en bereikbaar voor de wagen: niet in de tuin, niet op de stoep en niet tegen een boom of lantaarnpaal.',
  splitAppointments: (route, count, cap) =>
    `Voor ${route} is het meer dan ${cap} per afspraak, dus verdelen we het over ${count} afspraken. U kunt een deel ook zelf naar de milieustraat brengen.`,
  heavyAppliance: (items) =>
    `${items}: zet het zware apparaat zelf aan de weg, zichtbaar en bereikbaar. Weet u het gewicht? Dat helpt de planning.`,
  mustBeEmpty: (items) => `${items}: helemaal leeg, zonder etenswaren.`,
  mustBeDry: (items) => `${items}: alleen droog aanbieden (tip: in de hoes van uw nieuwe matras).`,
  bundle: (items) => `${items}: goed samengebonden aanbieden.`,
  bundleBranches: (items, maxLength) => `${items}: in bundels van hoogstens ${maxLength}, goed samengebonden.`,
  noBags: (items) => `${items}: niet in zakken of dozen.`,
  unlocked: (items) => `${items}: niet op slot zetten.`,
  tapeGlass: (items) => `${items}: glas afplakken of in karton verpakken.`,
  flatten: (items) => `${items}: plat gevouwen en gebundeld.`,
  snoeiOutOfSeason: 'De snoeiroute rijdt nu niet; uw snoeiafval gaat mee met de eerstvolgende snoeiroute.',
  datesFollow: (count) =>
    count > 1
      ? `Dit worden ${count} afspraken, elk met een eigen datum. De datums hoort u later van onze planning.`
      : 'De datum hoort u later van onze planning.',
  volumeLine: (volume, cap) => (cap ? `ongeveer ${volume} (maximaal ${cap} per afspraak)` : `ongeveer ${volume}`),
  and: 'en',
};

export const en: PlanTexts = {
  decimalSeparator: '.',
  times: '×',
  refusal: {
    restafval: 'This is not grofvuil but residual waste (restafval).',
    not_ewaste: 'This belongs in the residual waste, not with electrical appliances.',
    renovation: 'Renovation waste (sanitary ware, a kitchen unit, tiles) is not collected as grofvuil.',
    rubble: 'Rubble, stone and plasterboard are not collected as grofvuil.',
    kca: 'Small chemical waste (such as paint, car batteries and batteries) is not grofvuil and is not collected.',
    asbestos:
      'Asbestos (and anything that may contain it, such as corrugated sheets) is never grofvuil and is not collected.',
    tyres: 'Car tyres are not collected as grofvuil.',
    vehicle: 'Mopeds, scooters, mobility scooters and small trailers are not collected as grofvuil.',
    concrete: 'Concrete planters and parasol bases are not collected as grofvuil.',
    roofing: 'Roof tiles, gutters and downpipes are not collected as grofvuil.',
    soil: 'Soil, sand and turf are not collected.',
    satellite_dish: 'Satellite dishes are not collected as grofvuil.',
    business_waste: 'Business waste is not grofvuil.',
    wet_mattress: 'We only collect dry mattresses: a wet or dirty mattress cannot be recycled.',
    bedding: 'Duvets, pillows and sleeping bags are not grofvuil.',
    medicine: 'Medicines and injection needles are not collected.',
    lithium_battery: 'Lithium batteries (such as from an e-bike) are not grofvuil.',
    gas_cylinder: 'Gas cylinders and fire extinguishers are not collected as grofvuil.',
    car_parts: 'Car parts are not collected as grofvuil.',
    piece_too_long: 'This piece is too long.',
    stump_too_big: 'This tree stump is too big to be chipped.',
    small_single_item: 'A single small item on its own is not grofvuil.',
  },
  tooLong: (measured, max) => `It is ${measured} long; the maximum is ${max}.`,
  stumpLimits: (length, thickness) => `A tree stump may be at most ${length} long and ${thickness} thick.`,
  onlyThisRoute: (route, others) =>
    `On the day of this appointment, put out only the items for ${route}. Items for ${others} are collected by another vehicle on another date and are otherwise left behind.`,
  putOutWindow: (from, until) =>
    `Put everything out on the agreed day between ${from} and ${until}, not the evening before.`,
  collectionWindow: (from, until) => `We collect between ${from} and ${until}; we cannot give an exact time.`,
  placement:
    'Place it free-standing by the through road in front of your home, visible and reachable for the vehicle: not in the garden, not on the pavement and not against a tree or lamppost.',
  splitAppointments: (route, count, cap) =>
    `For ${route} it is more than ${cap} per appointment, so we split it over ${count} appointments. You can also take part of it to the milieustraat yourself.`,
  heavyAppliance: (items) =>
    `${items}: put the heavy appliance out by the road yourself, visible and reachable. Do you know its weight? That helps planning.`,
  mustBeEmpty: (items) => `${items}: completely empty, no food inside.`,
  mustBeDry: (items) => `${items}: dry only (tip: use the cover of your new mattress).`,
  bundle: (items) => `${items}: tied together firmly.`,
  bundleBranches: (items, maxLength) => `${items}: in bundles of at most ${maxLength}, tied together firmly.`,
  noBags: (items) => `${items}: not in bags or boxes.`,
  unlocked: (items) => `${items}: do not lock it.`,
  tapeGlass: (items) => `${items}: tape the glass or pack it in cardboard.`,
  flatten: (items) => `${items}: flattened and bundled.`,
  snoeiOutOfSeason: 'The pruning route is not running now; your pruning waste goes with the next pruning route.',
  datesFollow: (count) =>
    count > 1
      ? `These are ${count} appointments, each with its own date. Our planning team will send you the dates later.`
      : 'Our planning team will send you the date later.',
  volumeLine: (volume, cap) => (cap ? `about ${volume} (at most ${cap} per appointment)` : `about ${volume}`),
  and: 'and',
};
