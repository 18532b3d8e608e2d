import type { Municipality, NlEn } from '@irado/kernel';

/** One bouwcontainer size with its prices, including VAT and pickup (§12.3). */
export interface ContainerSize {
  volumeM3: number;
  dimensionsCm: readonly [length: number, width: number, height: number];
  /** Price for clean rubble (puin); null when this size is not offered for puin. */
  puinEur: number | null;
  bouwSloopEur: number;
}

/**
 * Facts the answers need that the RuleSet (`@irado/kernel`, rules-2025-08.ts) does not hold yet, with the rules-document
 * section each comes from. The field names are the ones proposed for the RuleSet, so moving them is a rename of
 * `facts.` to `rules.` in the entries.
 *
 * TODO(#3): move into the RuleSet.
 */
export const facts = {
  /** irado.nl pages the answers link to (named in the rules document) → `RuleSet.pages`. */
  pages: {
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
  },
  /** What the resident chooses on the appointment form for a mattress (§2.1) → `MunicipalityRules.mattressFormChoice`. */
  mattressFormChoice: {
    Schiedam: 'Matrassen',
    Vlaardingen: 'IJzer, elektrische apparaten en matrassen',
    'Capelle aan den IJssel': 'Grofvuil Huisraad',
  } satisfies Record<Municipality, string>,
  /** Resident tariffs at the milieustraten of Schiedam and Vlaardingen, incl. VAT (§12.1) → `RuleSet.prices`. */
  milieustraatPrices: {
    tyreWithRimEur: 13.76,
    tyreWithoutRimEur: 13.02,
    truckTyreEur: 30.55,
    /** Soil and sand: this much is free, the rest costs `soilEur` per `soilUnit` of the municipality. */
    soilFreeM3: 1,
    soilEur: 138.62,
    weighingEur: 12.28,
    largeFireExtinguisherEur: 32.03,
  },
  /** Unit of the soil price per municipality (§12.1) → `MunicipalityRules.soilPriceUnit`. */
  soilUnit: {
    Schiedam: { nl: 'ton', en: 'tonne' },
    Vlaardingen: { nl: 'm³', en: 'm³' },
  } satisfies Partial<Record<Municipality, NlEn>>,
  /** Capelle's afvalpas is free within this many months of moving in (§12.1) → `RuleSet.prices`. */
  afvalpasFreeWithinMonthsOfMoving: 3,
  /** Capelle aan den IJssel: only tyres with rim cost money; clean soil/sand up to this volume (§12.1). */
  capelleSoilMaxM3: 1,
  /** Free loan trailer (§12.2) → `RuleSet.trailer`. Deposit is `rules.prices.trailerDepositEur`. */
  trailer: {
    lateFeeEur: 13.98,
    lateFeePer: { nl: 'per half uur', en: 'per half hour' } satisfies NlEn,
    maxMassKg: 750,
    licence: 'B',
  },
  /** Big Bag (§12.3) → `RuleSet.bigBag`; prices are `rules.prices.bigBag*Eur`. */
  bigBag: {
    dimensionsCm: [90, 90, 110] as const,
    volumeM3: 1,
    maxLoadKg: 1500,
    collectedWithinWorkingDays: 3,
  },
  /** Bouwcontainer rental (§12.3) → `RuleSet.bouwcontainer`. */
  bouwcontainer: {
    sizes: [
      { volumeM3: 4, dimensionsCm: [220, 135, 100], puinEur: 160, bouwSloopEur: 275 },
      { volumeM3: 6, dimensionsCm: [350, 170, 125], puinEur: 175, bouwSloopEur: 370 },
      { volumeM3: 10, dimensionsCm: [360, 174, 175], puinEur: null, bouwSloopEur: 495 },
    ] satisfies readonly ContainerSize[],
    collectedWithinHours: 48,
    kluscontainerFromEur: 170,
  },
  /** KGA home pickup in Schiedam and Vlaardingen (Decision 8, §8) → `RuleSet.kgaHomePickup`. */
  kgaHomePickup: {
    weekday: { nl: 'woensdag', en: 'Wednesday' } satisfies NlEn,
    from: '08:00',
    until: '12:00',
  },
  /** Reports (meldingen) and the on-call line (§7.5, §13) → `RuleSet.contacts`. */
  reports: {
    handledWithinWorkingDays: 3,
    /** Urgent public-space reports after this time and at weekends go to the customer-service number. */
    onCallAfter: '16:30',
    /** Where the municipality's own enforcement team (Handhaving) takes urgent public-space reports. */
    enforcementPhone: { 'Capelle aan den IJssel': '010 28 48 111' } satisfies Partial<Record<Municipality, string>>,
  },
  /** House rules of the milieustraten (§12.1) → `RuleSet.milieustraatHouseRules`. */
  houseRules: {
    speedKmh: 5,
    childrenStayInVehicleUnderAge: 14,
    refuseEntryMinutesBeforeClosing: 15,
  },
  /** Asbestos (§9) → `RuleSet.asbestos`. */
  asbestos: {
    plasticMinMm: 0.5,
    vinylBeforeYear: 1983,
    applianceOlderThanYears: 20,
    businessNoticeWeeks: 4,
  },
  /** Business customers (§11) → `RuleSet.business`; rates exclude VAT. */
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
  /** Snoeiroute dates (§5.6), ISO dates → `MunicipalityRules.snoeirouteDates`; published again every year. */
  snoeirouteDates: {
    Schiedam: ['2025-04-17', '2025-05-15', '2025-10-02', '2025-10-16', '2025-10-30'],
    Vlaardingen: [
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
    'Capelle aan den IJssel': ['2025-04-14', '2025-05-12', '2025-06-16', '2025-09-15', '2025-10-13', '2025-11-10'],
  } satisfies Record<Municipality, readonly string[]>,
  /** Free compost for residents who separate gft and prunings (§3.5) → `RuleSet.compostBagsPerYear`. */
  compostBagsPerYear: 1,
} as const;

export type Facts = typeof facts;
