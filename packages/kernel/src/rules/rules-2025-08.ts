import { catalogue } from '../catalogue/index.ts';
import type { Alternative, Language } from '../types.ts';
import type {
  AsbestosRules,
  Bouwcontainers,
  Contacts,
  KgaHomePickup,
  Pages,
  Prices,
  RuleSet,
  RuleText,
  SizeLimits,
} from './rule-set.ts';

const springAndAutumn = [
  // The snoeiroutes run in spring and autumn (§5.6); dates are published each year. Confirm the booking windows with
  // Irado: these periods cover every 2024 and 2025 date.
  { from: '03-01', to: '05-31' },
  { from: '09-01', to: '11-30' },
] as const;

/** The rule-set fields whose figures rule texts quote. */
export type QuotedFigures = Pick<
  RuleSet,
  'limits' | 'contacts' | 'prices' | 'kgaHomePickup' | 'asbestos' | 'bouwcontainers'
>;

/** A number as the language writes it: decimal comma in Dutch and Turkish, point in English and Arabic. */
function num(language: Language, value: number, decimals?: number): string {
  const text = decimals === undefined ? String(value) : value.toFixed(decimals);
  return language === 'nl' || language === 'tr' ? text.replace('.', ',') : text;
}

/** Euros: whole amounts without cents (`€115`), others with two decimals (`€79,70`). */
const eur = (language: Language, value: number) => `€${num(language, value, Number.isInteger(value) ? 0 : 2)}`;

/** "4, 6 of 10" / "4, 6 or 10" / "4, 6 veya 10" / "4 أو 6 أو 10". */
function orList(language: Language, items: readonly string[]): string {
  if (language === 'ar') return items.join(' أو ');
  const or = { nl: 'of', en: 'or', tr: 'veya' }[language];
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}

/** A number of months with the right noun: `3 maanden`, `3 months`, `3 ay`, `3 أشهر`. */
function months(language: Language, n: number): string {
  if (language === 'nl') return `${n} ${n === 1 ? 'maand' : 'maanden'}`;
  if (language === 'en') return `${n} ${n === 1 ? 'month' : 'months'}`;
  if (language === 'tr') return `${n} ay`;
  return `${n} ${n >= 3 && n <= 10 ? 'أشهر' : n > 10 ? 'شهراً' : 'شهر'}`;
}

/**
 * The rule texts that state figures, built from the fields that hold those figures when the rule set is built. A
 * figure is typed once, in its field; a text never repeats it. (The municipality names in the KGA text are checked
 * against `MunicipalityRules.kgaHomePickup` in rules.test.ts.)
 */
export function figureTexts(f: QuotedFigures) {
  const { prices: p, contacts: c, kgaHomePickup: k, asbestos: a } = f;
  const service = c.customerService;
  const maxLength = (language: Language) => `${num(language, f.limits.maxPieceLengthM, 2)} m`;
  const containers = (language: Language) =>
    orList(
      language,
      f.bouwcontainers.sizes.map((s) => num(language, s.volumeM3)),
    );
  const alternatives = {
    kga_home_pickup: {
      nl: `In Schiedam en Vlaardingen halen we klein chemisch afval op ${k.weekday.nl} tussen ${k.from} en ${k.until} thuis op (u moet thuis zijn). Maak een afspraak via ${service.phone} of ${service.email}.`,
      en: `In Schiedam and Vlaardingen we collect small chemical waste at home every ${k.weekday.en} between ${k.from} and ${k.until} (you must be home). Book it on ${service.phone} or at ${service.email}.`,
      tr: `Schiedam ve Vlaardingen'de küçük kimyasal atıkları ${k.weekday.tr} günleri ${k.from} ile ${k.until} arasında evinizden alıyoruz (evde bulunmanız gerekir). Randevu için ${service.phone} numarasını arayın veya ${service.email} adresine yazın.`,
      ar: `في Schiedam وVlaardingen نستلم النفايات الكيميائية الصغيرة من المنزل يوم ${k.weekday.ar} بين الساعة ${k.from} والساعة ${k.until} (يجب أن تكونوا في المنزل). احجزوا موعداً عبر الرقم ${service.phone} أو عبر ${service.email}.`,
    },
    big_bag: {
      nl: `Koop een Big Bag bij de milieustraat: Big Bag Steen ${eur('nl', p.bigBagSteenEur)}, Big Bag Alles ${eur('nl', p.bigBagAllesEur)}, inclusief btw en ophalen.`,
      en: `Buy a Big Bag at the milieustraat: Big Bag Steen ${eur('en', p.bigBagSteenEur)}, Big Bag Alles ${eur('en', p.bigBagAllesEur)}, including VAT and collection.`,
      tr: `Milieustraat'tan bir Big Bag satın alın: Big Bag Steen ${eur('tr', p.bigBagSteenEur)}, Big Bag Alles ${eur('tr', p.bigBagAllesEur)}; fiyatlara KDV ve alım dahildir.`,
      ar: `اشتروا Big Bag من milieustraat: Big Bag Steen بسعر ${eur('ar', p.bigBagSteenEur)}، وBig Bag Alles بسعر ${eur('ar', p.bigBagAllesEur)}، ويشمل السعر ضريبة القيمة المضافة والاستلام.`,
    },
    bouwcontainer: {
      nl: `Huur een bouwcontainer (${containers('nl')} m³) bij Irado.`,
      en: `Rent a building container (${containers('en')} m³) from Irado.`,
      tr: `Irado'dan bir inşaat konteyneri (${containers('tr')} m³) kiralayın.`,
      ar: `استأجروا حاوية بناء (${containers('ar')} m³) من Irado.`,
    },
    asbestos_procedure: {
      nl: `Asbest is nooit grofvuil. Doe eerst een gratis sloopmelding via het Omgevingsloket; met toestemming pakt u het dubbel in plastic (minstens ${num('nl', a.plasticMinMm)} mm) en brengt u het met het bewijs naar de milieustraat. Vragen: DCMR asbesttelefoon ${c.asbestos.phone}.`,
      en: `Asbestos is never grofvuil. First file a free demolition notification (sloopmelding) at the Omgevingsloket; with permission, pack it double in plastic (at least ${num('en', a.plasticMinMm)} mm) and bring it with the proof to the milieustraat. Questions: DCMR asbestos line ${c.asbestos.phone}.`,
      tr: `Asbest hiçbir zaman grofvuil değildir. Önce Omgevingsloket üzerinden ücretsiz bir yıkım bildirimi (sloopmelding) yapın; izin alınca asbesti çift kat plastiğe (en az ${num('tr', a.plasticMinMm)} mm) sarın ve belgeyle birlikte milieustraat'a götürün. Sorularınız için: DCMR asbest hattı ${c.asbestos.phone}.`,
      ar: `الأسبستوس ليس من نفايات grofvuil أبداً. قدّموا أولاً إشعار هدم مجانياً (sloopmelding) عبر Omgevingsloket؛ وبعد الحصول على الإذن، غلّفوه بطبقتين من البلاستيك (بسُمك ${num('ar', a.plasticMinMm)} mm على الأقل) وأحضروه مع الإثبات إلى milieustraat. للاستفسارات: خط الأسبستوس لدى DCMR على الرقم ${c.asbestos.phone}.`,
    },
    business_service: {
      nl: `Voor bedrijfsafval helpt de zakelijke klantenservice van Irado: ${c.business.email}, ${c.business.phone}.`,
      en: `For business waste, Irado's business customer service can help: ${c.business.email}, ${c.business.phone}.`,
      tr: `İşyeri atıkları için Irado'nun kurumsal müşteri hizmetleri yardımcı olur: ${c.business.email}, ${c.business.phone}.`,
      ar: `بخصوص النفايات التجارية، تساعدكم خدمة العملاء التجاريين لدى Irado: ${c.business.email}، ${c.business.phone}.`,
    },
    saw_to_size: {
      nl: `Maak het kleiner (zagen of demonteren) tot stukken van hoogstens ${maxLength('nl')} en bied het dan aan, of breng het naar de milieustraat.`,
      en: `Make it smaller (saw or dismantle it) into pieces of at most ${maxLength('en')} and offer it then, or take it to the milieustraat.`,
      tr: `Keserek veya sökerek en fazla ${maxLength('tr')} uzunluğunda parçalara ayırın ve öyle çıkarın ya da milieustraat'a götürün.`,
      ar: `صغّروه (بالنشر أو التفكيك) إلى قطع لا يزيد طولها على ${maxLength('ar')} ثم قدّموه للاستلام، أو انقلوه إلى milieustraat.`,
    },
  } satisfies Partial<Record<Alternative, RuleText>>;
  return {
    alternatives,
    /** Puin at the milieustraat where it is charged (Schiedam, Vlaardingen; Decision 9). */
    puinCharged: {
      nl: `Puin (steen en beton) kost ${eur('nl', p.puinPerTonEur)} per ton; ander bouw- en sloopafval is gratis voor inwoners.`,
      en: `Rubble (stone and concrete) costs ${eur('en', p.puinPerTonEur)} per tonne; other building and demolition waste is free for residents.`,
      tr: `Moloz (taş ve beton) için ton başına ${eur('tr', p.puinPerTonEur)} ücret alınır; diğer inşaat ve yıkım atıkları sakinler için ücretsizdir.`,
      ar: `يكلّف الركام (الحجارة والخرسانة) ${eur('ar', p.puinPerTonEur)} للطن الواحد؛ أما نفايات البناء والهدم الأخرى فمجانية للسكان.`,
    } satisfies RuleText,
    /** Puin at the milieustraat where it is free (Capelle aan den IJssel; Decision 9). */
    puinFree: {
      nl: 'Puin en bouw- en sloopafval kunt u gratis inleveren.',
      en: 'Rubble and building and demolition waste can be handed in free of charge.',
      tr: 'Moloz ile inşaat ve yıkım atıklarını ücretsiz teslim edebilirsiniz.',
      ar: 'يمكنكم تسليم الركام ونفايات البناء والهدم مجاناً.',
    } satisfies RuleText,
    /** Access to the Capelle milieustraat: the afvalpas and what a new one costs (§12.1). */
    afvalpasAccess: {
      nl: `met een afvalpas (een nieuwe pas kost ${eur('nl', p.afvalpasCapelleEur)}, gratis binnen ${months('nl', p.afvalpasCapelleFreeMonthsAfterMoving)} na verhuizing)`,
      en: `with an afvalpas (a new pass costs ${eur('en', p.afvalpasCapelleEur)}, free within ${months('en', p.afvalpasCapelleFreeMonthsAfterMoving)} of moving)`,
      tr: `afvalpas ile (yeni kart ${eur('tr', p.afvalpasCapelleEur)}; taşındıktan sonraki ${months('tr', p.afvalpasCapelleFreeMonthsAfterMoving)} içinde ücretsiz)`,
      ar: `ببطاقة afvalpas (تكلّف البطاقة الجديدة ${eur('ar', p.afvalpasCapelleEur)}، وهي مجانية خلال ${months('ar', p.afvalpasCapelleFreeMonthsAfterMoving)} من الانتقال إلى السكن)`,
    } satisfies RuleText,
  };
}

/** irado.nl pages the answers link to (named in the rules document). */
const pages: Pages = {
  grofvuil: 'https://www.irado.nl/afvalsoorten/grofvuil',
  appointment: 'https://www.irado.nl/afvalsoorten/grofvuil/afspraak-maken',
  grofvuilVlaardingen: 'https://www.irado.nl/vlaardingen/afvalsoorten/grofvuil',
  mattresses: 'https://www.irado.nl/afvalsoorten/matrassen',
  mattressesCapelle: 'https://www.irado.nl/capelle/afvalsoorten/matrassen',
  appliances: 'https://www.irado.nl/afvalsoorten/elektrische-apparaten',
  pruning: 'https://www.irado.nl/afvalsoorten/snoeiafval',
  snoeirouteNews: 'https://www.irado.nl/nieuws/default/snoeiroute',
  rubble: 'https://www.irado.nl/afvalsoorten/puin-bouw-en-sloopafval',
  rubbleSchiedam: 'https://www.irado.nl/schiedam/afvalsoorten/puin-bouw-en-sloopafval',
  rubbleCapelle: 'https://www.irado.nl/capelle/afvalsoorten/puin-bouw-en-sloopafval',
  houseRules: 'https://www.irado.nl/huisregels-milieustraat',
  trailer: 'https://www.irado.nl/milieustraat/aanhanger-lenen',
  contact: 'https://www.irado.nl/contact',
  report: 'https://www.irado.nl/melding-maken',
  reportCapelle: 'https://www.irado.nl/capelle/melding-maken',
  businessWaste: 'https://www.irado.nl/zakelijk/bedrijfsafval',
  businessPass: 'https://www.irado.nl/zakelijk/milieupas-bedrijven',
  businessGrofvuil: 'https://www.irado.nl/zakelijk/bedrijfsafval/grofvuil',
};

// The figures that rule texts quote, each typed once here (see `figureTexts`).

/** Sizes and weights (Decisions 2 and 3, §5.3, §3.5). */
const limits: SizeLimits = {
  maxPieceLengthM: 1.8,
  maxPieceWidthM: 0.9,
  maxPieceWeightKg: 30,
  // "Small overshoots are accepted" (Decision 2). 12 % takes a standard interior door (2.015 m), which the Huisraad
  // pages list explicitly, and refuses what is clearly too long (a 2.5 m plank).
  guidelineTolerance: 0.12,
  sunscreenRadiatorMaxLengthM: 2,
  branchBundleMaxLengthM: 1.8,
  stumpMaxLengthM: 0.5,
  stumpMaxThicknessM: 0.25,
  smallItemMaxSideM: 0.3,
  smallItemMaxWeightKg: 5,
};

/** Public company contacts (§13). */
const contacts: Contacts = {
  customerService: {
    phone: '010-262 1000',
    email: 'info@irado.nl',
    hours: {
      nl: 'maandag t/m vrijdag 08:00–16:30',
      en: 'Monday to Friday 08:00–16:30',
      tr: 'pazartesiden cumaya 08:00–16:30',
      ar: 'من الاثنين إلى الجمعة 08:00–16:30',
    },
    postalAddress: 'Postbus 58, 3100 AB Schiedam',
  },
  business: { phone: '010-631 5060', email: 'klantrelaties@irado.nl' },
  asbestos: { phone: '010-246 86 56', hours: '08:00–16:00' },
  publicSpace: { phone: '14010' },
  privacyUrl: 'https://www.irado.nl/privacyverklaring',
};

/** Resident prices, incl. VAT (Decisions 6 and 9, §12.1, §12.3). */
const prices: Prices = {
  bigBagSteenEur: 115,
  bigBagAllesEur: 200,
  puinPerTonEur: 79.7,
  afvalpasCapelleEur: 12,
  afvalpasCapelleFreeMonthsAfterMoving: 3,
  trailerDepositEur: 50,
};

/** KGA home pickup in Schiedam and Vlaardingen (Decision 8, §8). */
const kgaHomePickup: KgaHomePickup = {
  weekday: { nl: 'woensdag', en: 'Wednesday', tr: 'çarşamba', ar: 'الأربعاء' },
  from: '08:00',
  until: '12:00',
};

/** Asbestos (§9). */
const asbestos: AsbestosRules = {
  plasticMinMm: 0.5,
  vinylBeforeYear: 1983,
  applianceOlderThanYears: 20,
  businessNoticeWeeks: 4,
};

/** Bouwcontainer rental, incl. VAT and pickup (§12.3). */
const bouwcontainers: Bouwcontainers = {
  sizes: [
    { volumeM3: 4, dimensionsCm: [220, 135, 100], puinEur: 160, bouwSloopEur: 275 },
    { volumeM3: 6, dimensionsCm: [350, 170, 125], puinEur: 175, bouwSloopEur: 370 },
    { volumeM3: 10, dimensionsCm: [360, 174, 175], puinEur: null, bouwSloopEur: 495 },
  ],
  collectedWithinHours: 48,
  kluscontainerFromEur: 170,
};

const texts = figureTexts({ limits, contacts, prices, kgaHomePickup, asbestos, bouwcontainers });

/** Puin at the milieustraat (Decision 9): the flag and the text that says it, kept together. */
const puin = (free: boolean) => ({
  puinFreeAtMilieustraat: free,
  puinAtMilieustraat: free ? texts.puinFree : texts.puinCharged,
});

/**
 * Irado's grofvuil rules as published on irado.nl in August 2025, with the decisions of the rules document applied.
 * Every figure the platform states comes from here.
 */
export const rules2025_08: RuleSet = {
  version: '2025-08',
  source: 'irado.nl, August 2025; decisions 1–11 of the grofvuil rules document',
  municipalities: {
    Schiedam: {
      name: 'Schiedam',
      postcodeRanges: [[3100, 3125]],
      volumeCapM3: 1,
      volumeCapHint: {
        nl: 'ongeveer een kwart parkeervak',
        en: 'about a quarter of a parking space',
        tr: 'yaklaşık çeyrek park yeri kadar',
        ar: 'ما يعادل ربع موقف سيارة تقريباً',
      },
      routeOverrides: { mattress: 'IJZER_EA_MATRASSEN' },
      snoeiSeasons: springAndAutumn,
      // Open point: the Schiedam pages say nothing about pruning waste outside the snoeiroutes; it waits for the next one.
      outsideSnoeiSeasonRoute: null,
      snoeirouteSchedule: {
        nl: 'In Schiedam rijdt de snoeiroute (takkenroute) in het voorjaar en het najaar; de data staan in de lokale krant, op irado.nl en in de Irado-app.',
        en: 'In Schiedam the pruning route (takkenroute) runs in spring and autumn; the dates are announced in the local paper, on irado.nl and in the Irado app.',
        tr: "Schiedam'da budama rotası (takkenroute) ilkbaharda ve sonbaharda çalışır; tarihler yerel gazetede, irado.nl'de ve Irado uygulamasında duyurulur.",
        ar: 'في Schiedam يعمل مسار التقليم (takkenroute) في الربيع والخريف؛ وتُعلَن المواعيد في الصحيفة المحلية وعلى irado.nl وفي تطبيق Irado.',
      },
      waitingTimeWeeks: 2,
      kgaHomePickup: true,
      milieustraat: {
        address: 'Fokkerstraat 550, Schiedam',
        openingHours: {
          nl: 'maandag t/m zaterdag 08:00–16:00 (op enkele aangekondigde dagen tot 15:00)',
          en: 'Monday to Saturday 08:00–16:00 (until 15:00 on some announced days)',
          tr: "pazartesiden cumartesiye 08:00–16:00 (duyurulan bazı günlerde 15:00'e kadar)",
          ar: 'من الاثنين إلى السبت 08:00–16:00 (حتى 15:00 في بعض الأيام المُعلن عنها)',
        },
        access: {
          nl: 'met een milieupas (gratis voor inwoners)',
          en: 'with a milieupas (free for residents)',
          tr: 'milieupas ile (sakinler için ücretsiz)',
          ar: 'ببطاقة milieupas (مجانية للسكان)',
        },
        url: 'https://www.irado.nl/schiedam/milieustraat',
      },
      placementException: null,
      ...puin(false),
      mattressFormChoice: 'Matrassen',
      snoeirouteDates: ['2025-04-17', '2025-05-15', '2025-10-02', '2025-10-16', '2025-10-30'],
      soilPriceUnit: { nl: 'ton', en: 'tonne', tr: 'ton', ar: 'طن' },
      soilMaxM3: null,
    },
    Vlaardingen: {
      name: 'Vlaardingen',
      postcodeRanges: [[3130, 3138]],
      volumeCapM3: 2,
      volumeCapHint: {
        nl: 'ongeveer een half parkeervak',
        en: 'about half a parking space',
        tr: 'yaklaşık yarım park yeri kadar',
        ar: 'ما يعادل نصف موقف سيارة تقريباً',
      },
      routeOverrides: { mattress: 'IJZER_EA_MATRASSEN' },
      snoeiSeasons: springAndAutumn,
      // Open point (§5.6): outside the snoeiroute periods Vlaardingen offers pruning waste as grofvuil Huisraad.
      outsideSnoeiSeasonRoute: 'HUISRAAD',
      snoeirouteSchedule: {
        nl: 'In Vlaardingen rijdt de snoeiroute in het voorjaar en het najaar; buiten die periodes biedt u snoeiafval aan als grofvuil Huisraad.',
        en: 'In Vlaardingen the pruning route runs in spring and autumn; outside those periods you offer pruning waste as grofvuil Huisraad.',
        tr: "Vlaardingen'de budama rotası ilkbaharda ve sonbaharda çalışır; bu dönemlerin dışında budama atıklarınızı grofvuil Huisraad olarak çıkarabilirsiniz.",
        ar: 'في Vlaardingen يعمل مسار التقليم في الربيع والخريف؛ وخارج هذه الفترات تُقدَّم نفايات التقليم ضمن grofvuil Huisraad.',
      },
      waitingTimeWeeks: 1,
      kgaHomePickup: true,
      milieustraat: {
        address: 'Kreekweg 76, Vlaardingen',
        openingHours: {
          nl: 'maandag t/m vrijdag 08:00–16:00, zaterdag 09:00–15:00',
          en: 'Monday to Friday 08:00–16:00, Saturday 09:00–15:00',
          tr: 'pazartesiden cumaya 08:00–16:00, cumartesi 09:00–15:00',
          ar: 'من الاثنين إلى الجمعة 08:00–16:00، والسبت 09:00–15:00',
        },
        access: { nl: 'zonder pas', en: 'no pass needed', tr: 'kart gerekmez', ar: 'لا حاجة إلى بطاقة' },
        url: 'https://www.irado.nl/vlaardingen/milieustraat',
      },
      placementException: {
        nl: 'Woont u in een flat? Zet het grofvuil dan bij de ingang van de flat, op de stoep naast de flat (niet in een parkeervak) en houd doorgangen vrij.',
        en: 'Do you live in a flat? Then put the grofvuil near the entrance of the flat, on the pavement next to it (not in a parking bay), and keep passages clear.',
        tr: 'Apartmanda mı oturuyorsunuz? O halde grofvuil eşyalarınızı apartman girişinin yakınına, apartmanın yanındaki kaldırıma koyun (park yerine değil) ve geçişleri açık bırakın.',
        ar: 'هل تسكنون في شقة ضمن عمارة سكنية؟ ضعوا إذن نفايات grofvuil بالقرب من مدخل العمارة، على الرصيف المجاور لها (وليس في موقف سيارات)، واتركوا الممرات خالية.',
      },
      ...puin(false),
      mattressFormChoice: 'IJzer, elektrische apparaten en matrassen',
      snoeirouteDates: [
        '2025-04-10',
        '2025-04-24',
        '2025-05-01',
        '2025-09-25',
        '2025-10-02',
        '2025-10-09',
        '2025-10-16',
        '2025-10-23',
        '2025-10-30',
      ],
      soilPriceUnit: { nl: 'm³', en: 'm³', tr: 'metreküp', ar: 'متر مكعب' },
      soilMaxM3: null,
    },
    'Capelle aan den IJssel': {
      name: 'Capelle aan den IJssel',
      postcodeRanges: [[2900, 2909]],
      volumeCapM3: null,
      volumeCapHint: null,
      routeOverrides: { mattress: 'HUISRAAD' },
      snoeiSeasons: null,
      outsideSnoeiSeasonRoute: null,
      snoeirouteSchedule: {
        nl: 'In Capelle aan den IJssel rijdt de snoeiroute elke laatste maandag van de maand (met een afspraak), met extra data in het voorjaar en het najaar.',
        en: 'In Capelle aan den IJssel the pruning route runs every last Monday of the month (by appointment), with extra dates in spring and autumn.',
        tr: "Capelle aan den IJssel'de budama rotası her ayın son pazartesi günü (randevuyla) çalışır; ilkbaharda ve sonbaharda ek tarihler de vardır.",
        ar: 'في Capelle aan den IJssel يعمل مسار التقليم في آخر يوم اثنين من كل شهر (بموعد مسبق)، مع مواعيد إضافية في الربيع والخريف.',
      },
      waitingTimeWeeks: 1,
      kgaHomePickup: false,
      milieustraat: {
        address: 'Groenedijk 12, Capelle aan den IJssel',
        openingHours: {
          nl: 'maandag t/m vrijdag 08:00–16:00, zaterdag 10:00–16:00 (slagboom dicht om 15:55)',
          en: 'Monday to Friday 08:00–16:00, Saturday 10:00–16:00 (gate closes at 15:55)',
          tr: "pazartesiden cumaya 08:00–16:00, cumartesi 10:00–16:00 (bariyer 15:55'te kapanır)",
          ar: 'من الاثنين إلى الجمعة 08:00–16:00، والسبت 10:00–16:00 (يُغلق الحاجز الساعة 15:55)',
        },
        access: texts.afvalpasAccess,
        url: 'https://www.irado.nl/capelle/milieustraat',
      },
      placementException: null,
      ...puin(true),
      mattressFormChoice: 'Grofvuil Huisraad',
      snoeirouteDates: ['2025-04-14', '2025-05-12', '2025-06-16', '2025-09-15', '2025-10-13', '2025-11-10'],
      soilPriceUnit: null,
      soilMaxM3: 1,
    },
  },
  routes: {
    HUISRAAD: {
      code: 'HUISRAAD',
      name: 'Huisraad',
      label: {
        nl: 'Huisraad',
        en: 'Household items (Huisraad)',
        tr: 'Ev eşyası (Huisraad)',
        ar: 'أثاث منزلي (Huisraad)',
      },
    },
    IJZER_EA_MATRASSEN: {
      code: 'IJZER_EA_MATRASSEN',
      name: 'IJzer/EA/Matrassen',
      label: {
        nl: 'IJzer, elektrische apparaten en matrassen',
        en: 'Metal, electrical appliances and mattresses',
        tr: 'Metal, elektrikli cihazlar ve yataklar',
        ar: 'معادن وأجهزة كهربائية ومراتب',
      },
    },
    TUIN_SNOEIAFVAL: {
      code: 'TUIN_SNOEIAFVAL',
      name: 'Tuin-/Snoeiafval',
      label: {
        nl: 'Tuin- en snoeiafval',
        en: 'Garden and pruning waste',
        tr: 'Bahçe ve budama atığı',
        ar: 'نفايات الحديقة والتقليم',
      },
    },
  },
  defaultRoutes: {
    furniture: 'HUISRAAD',
    mattress: 'IJZER_EA_MATRASSEN',
    bed_parts: 'HUISRAAD',
    household: 'HUISRAAD',
    glass: 'HUISRAAD',
    textile: 'HUISRAAD',
    packaging: 'HUISRAAD',
    floor_covering: 'HUISRAAD',
    garden_wood: 'HUISRAAD',
    doors_windows: 'HUISRAAD',
    wall_panelling: 'HUISRAAD',
    metal: 'IJZER_EA_MATRASSEN',
    sunscreen: 'IJZER_EA_MATRASSEN',
    radiator: 'IJZER_EA_MATRASSEN',
    electrical: 'IJZER_EA_MATRASSEN',
    large_appliance: 'IJZER_EA_MATRASSEN',
    pruning: 'TUIN_SNOEIAFVAL',
    stump: 'TUIN_SNOEIAFVAL',
  },
  limits,

  putOut: { from: '05:00', until: '07:30' },
  collection: { from: '07:30', until: '16:00' },
  refusals: {
    restafval: { alternatives: ['restafval', 'milieustraat'] },
    not_ewaste: { alternatives: ['restafval'] },
    renovation: { alternatives: ['bouwcontainer', 'big_bag', 'milieustraat'] },
    rubble: { alternatives: ['milieustraat', 'big_bag', 'bouwcontainer'] },
    kca: { alternatives: ['kga_dropoff', 'kga_home_pickup'] },
    asbestos: { alternatives: ['asbestos_procedure'] },
    tyres: { alternatives: ['milieustraat'] },
    vehicle: { alternatives: ['milieustraat'] },
    concrete: { alternatives: ['milieustraat'] },
    roofing: { alternatives: ['milieustraat', 'bouwcontainer'] },
    soil: { alternatives: ['milieustraat'] },
    satellite_dish: { alternatives: ['milieustraat'] },
    business_waste: { alternatives: ['business_service'] },
    wet_mattress: { alternatives: ['restafval', 'milieustraat'] },
    bedding: { alternatives: ['restafval', 'kringloop'] },
    medicine: { alternatives: ['pharmacy'] },
    lithium_battery: { alternatives: ['stibat', 'kga_dropoff'] },
    gas_cylinder: { alternatives: ['shop_take_back', 'milieustraat'] },
    car_parts: { alternatives: ['milieustraat'] },
  },
  alternatives: {
    milieustraat: {
      text: {
        nl: 'Breng het zelf naar de milieustraat.',
        en: 'Take it to the milieustraat (recycling centre) yourself.',
        tr: "Kendiniz milieustraat'a (geri dönüşüm merkezi) götürün.",
        ar: 'انقلوه بأنفسكم إلى milieustraat (مركز إعادة التدوير).',
      },
      url: 'https://www.irado.nl/milieustraat',
    },
    kga_home_pickup: {
      text: texts.alternatives.kga_home_pickup,
      url: 'https://www.irado.nl/afvalsoorten/klein-chemisch-afval',
    },
    kga_dropoff: {
      text: {
        nl: 'Lever klein chemisch afval in bij de milieustraat of bij een inzamelpunt in de winkel (verf- en bouwmarkten, lampen, batterijen).',
        en: 'Hand in small chemical waste at the milieustraat or at a collection point in a shop (paint and DIY shops, lamps, batteries).',
        tr: "Küçük kimyasal atıkları milieustraat'a veya bir mağazadaki toplama noktasına (boya ve yapı marketleri; lambalar, piller) teslim edin.",
        ar: 'سلّموا النفايات الكيميائية الصغيرة إلى milieustraat أو إلى نقطة تجميع في أحد المتاجر (متاجر الطلاء ومستلزمات البناء، والمصابيح، والبطاريات).',
      },
      url: 'https://www.irado.nl/afvalsoorten/klein-chemisch-afval',
    },
    restafval: {
      text: {
        nl: 'Dit hoort bij het restafval: gebruik uw restafvalcontainer of kliko.',
        en: 'This belongs in the residual waste: use your restafval container or kliko.',
        tr: "Bu, evsel atığa (restafval) aittir: restafval konteynerinizi veya kliko'nuzu kullanın.",
        ar: 'هذا يوضع مع النفايات المنزلية العادية: استخدموا حاوية restafval الخاصة بكم أو الـ kliko.',
      },
      url: 'https://www.irado.nl/afvalsoorten/restafval',
    },
    big_bag: {
      text: texts.alternatives.big_bag,
      url: 'https://www.irado.nl/zakelijk/big-bag-huren',
    },
    bouwcontainer: {
      text: texts.alternatives.bouwcontainer,
      url: 'https://www.irado.nl/afvalsoorten/puin-bouw-en-sloopafval/bouwcontainer-huren',
    },
    shop_take_back: {
      text: {
        nl: 'Lever het in bij de winkel waar u een nieuw exemplaar koopt.',
        en: 'Hand it in at the shop where you buy a new one.',
        tr: 'Yenisini satın aldığınız mağazaya teslim edin.',
        ar: 'سلّموه إلى المتجر الذي تشترون منه جهازاً جديداً.',
      },
      url: pages.appliances,
    },
    stibat: {
      text: {
        nl: 'Lever (lithium-)accu’s en batterijen in bij een Stibat-inzamelpunt in de winkel.',
        en: 'Hand in (lithium) batteries at a Stibat collection point in a shop.',
        tr: '(Lityum) akü ve pilleri bir mağazadaki Stibat toplama noktasına teslim edin.',
        ar: 'سلّموا البطاريات (ومنها بطاريات الليثيوم) إلى نقطة تجميع Stibat في أحد المتاجر.',
      },
      url: 'https://www.irado.nl/afvalsoorten/klein-chemisch-afval',
    },
    pharmacy: {
      text: {
        nl: 'Lever medicijnen en injectienaalden in bij de apotheek.',
        en: 'Hand in medicines and injection needles at the pharmacy.',
        tr: 'İlaçları ve enjektör iğnelerini eczaneye teslim edin.',
        ar: 'سلّموا الأدوية وإبر الحقن إلى الصيدلية.',
      },
      url: 'https://www.irado.nl/afvalsoorten/klein-chemisch-afval',
    },
    asbestos_procedure: {
      text: texts.alternatives.asbestos_procedure,
      url: 'https://www.irado.nl/afvalsoorten/asbest',
    },
    business_service: {
      text: texts.alternatives.business_service,
      url: 'https://www.irado.nl/zakelijk/contact',
    },
    kringloop: {
      text: {
        nl: 'Nog bruikbaar? Geef het aan een kringloopwinkel.',
        en: 'Still usable? Give it to a second-hand shop (kringloop).',
        tr: 'Hâlâ kullanılabilir durumda mı? Bir ikinci el mağazasına (kringloop) verin.',
        ar: 'هل ما زال صالحاً للاستعمال؟ قدّموه إلى متجر للأغراض المستعملة (kringloop).',
      },
      url: pages.grofvuil,
    },
    saw_to_size: {
      text: texts.alternatives.saw_to_size,
      url: pages.appointment,
    },
  },
  contacts,
  prices,
  milieustraatPrices: {
    tyreWithRimEur: 13.76,
    tyreWithoutRimEur: 13.02,
    truckTyreEur: 30.55,
    soilFreeM3: 1,
    soilEur: 138.62,
    weighingEur: 12.28,
    largeFireExtinguisherEur: 32.03,
  },
  milieustraatHouseRules: {
    speedKmh: 5,
    childrenStayInVehicleUnderAge: 14,
    refuseEntryMinutesBeforeClosing: 15,
  },
  trailer: {
    lateFeeEur: 13.98,
    lateFeePer: { nl: 'per half uur', en: 'per half hour', tr: 'yarım saat başına', ar: 'لكل نصف ساعة' },
    licence: 'B',
    maxMassKg: 750,
  },
  bigBag: {
    dimensionsCm: [90, 90, 110],
    volumeM3: 1,
    maxLoadKg: 1500,
    collectedWithinWorkingDays: 3,
  },
  bouwcontainers,
  kgaHomePickup,
  asbestos,
  business: {
    milieupasEur: 12,
    sortedPerKgEur: 0.23,
    unsortedPerKgEur: 0.45,
    puinPerKgEur: 0.07,
    tyreFromEur: 10.74,
    kcaPerKgEur: 6.61,
    coolingUnitEur: 42.15,
    teamZeroFromEurPerMonth: 15,
    containerMaxDensityKgPerM3: 200,
  },
  reports: {
    handledWithinWorkingDays: 3,
    onCallAfter: '16:30',
    enforcementPhone: { 'Capelle aan den IJssel': '010 28 48 111' },
  },
  compostBagsPerYear: 1,
  pages,
  catalogue,
};
