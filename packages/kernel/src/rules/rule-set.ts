import type {
  AcceptedCategory,
  Alternative,
  CatalogueEntry,
  Language,
  Municipality,
  RefusalReason,
  RouteCode,
} from '../types.ts';

/** A text in every chat language. */
export type Localized = Record<Language, string>;

/** A resident-facing text of the rule data, in every chat language (Dutch, English, Turkish and Arabic). */
export type RuleText = Localized;

/** The text in the resident's language. */
export function localized(text: RuleText, language: Language): string {
  return text[language];
}

/** An inclusive range of the four postcode digits, e.g. [3100, 3125]. */
export type PostcodeRange = readonly [from: number, to: number];

/** A period within every year, as MM-DD, inclusive. */
export interface YearlyPeriod {
  from: string;
  to: string;
}

export interface Milieustraat {
  address: string;
  openingHours: RuleText;
  /** Is a pass needed to get in, and what it costs. */
  access: RuleText;
  url: string;
}

export interface MunicipalityRules {
  name: Municipality;
  /** First four postcode digits of the municipality (Decision 4, §10.1). */
  postcodeRanges: readonly PostcodeRange[];
  /** Maximum volume per appointment in m³; null means no limit (Decision 1). */
  volumeCapM3: number | null;
  /** How the volume cap is explained to residents, e.g. "about a quarter of a parking space". */
  volumeCapHint: RuleText | null;
  /** Route per category where this municipality differs from the default (the mattress rule, Decision 10). */
  routeOverrides: Partial<Record<AcceptedCategory, RouteCode>>;
  /**
   * The yearly periods in which the snoeiafval route can be booked, or null when it can always be booked. Outside them
   * pruning waste goes with `outsideSnoeiSeasonRoute` (Vlaardingen: Huisraad, an open point in the rules).
   */
  snoeiSeasons: readonly YearlyPeriod[] | null;
  outsideSnoeiSeasonRoute: RouteCode | null;
  /** How the snoeiroute runs here, for answers and instructions. */
  snoeirouteSchedule: RuleText;
  /** Minimum waiting time before the first possible appointment, in weeks (§7.1). */
  waitingTimeWeeks: number;
  /** Whether Irado picks up klein chemisch afval at home here (Decision 8). */
  kgaHomePickup: boolean;
  milieustraat: Milieustraat;
  /** Where grofvuil goes on the day, when it differs from the general rule (Vlaardingen flats, an open point). */
  placementException: RuleText | null;
  /** Whether puin (stone, concrete) is free at this municipality's milieustraat; else `prices.puinPerTonEur` (Decision 9). */
  puinFreeAtMilieustraat: boolean;
  /** Puin at the milieustraat (Decision 9), stating `prices.puinPerTonEur` where it is charged. */
  puinAtMilieustraat: RuleText;
  /**
   * What the resident chooses on the appointment form for a mattress (§2.1), as the Dutch form shows it: quoted, never
   * translated.
   */
  mattressFormChoice: string;
  /** This year's snoeiroute dates as ISO dates (§5.6); published again every year. */
  snoeirouteDates: readonly string[];
  /**
   * Unit of `milieustraatPrices.soilEur` here (§12.1: per ton in Schiedam, per m³ in Vlaardingen); null where soil is
   * not charged (Capelle aan den IJssel).
   */
  soilPriceUnit: RuleText | null;
  /** Most clean soil and sand the milieustraat takes, in m³ (§12.1: Capelle aan den IJssel); null for no maximum. */
  soilMaxM3: number | null;
}

export interface RouteRules {
  code: RouteCode;
  /** The route's name as the planning team knows it (used in the team mail's subject). */
  name: string;
  /** The route's name for residents. */
  label: Localized;
}

export interface SizeLimits {
  /** Guideline for pieces that are not furniture or mattresses (Decision 2). */
  maxPieceLengthM: number;
  maxPieceWidthM: number;
  maxPieceWeightKg: number;
  /**
   * Share by which a piece may exceed the length guideline and still be taken ("small overshoots are accepted",
   * Decision 2); 0.12 accepts up to 2.016 m.
   */
  guidelineTolerance: number;
  /** Sun screens and radiators: a hard limit (Decision 2). */
  sunscreenRadiatorMaxLengthM: number;
  /** Bundles of branches (Decision 3). */
  branchBundleMaxLengthM: number;
  /** Tree stumps (Decision 3). */
  stumpMaxLengthM: number;
  stumpMaxThicknessM: number;
  /** The "kruikje" rule: a piece below both is not grofvuil on its own. */
  smallItemMaxSideM: number;
  smallItemMaxWeightKg: number;
}

export interface TimeWindow {
  from: string;
  until: string;
}

export interface Contacts {
  customerService: { phone: string; email: string; hours: RuleText; postalAddress: string };
  business: { phone: string; email: string };
  asbestos: { phone: string; hours: string };
  publicSpace: { phone: string };
  privacyUrl: string;
}

export interface AlternativeInfo {
  /**
   * One sentence telling the resident where to go. A figure in it is built from this rule set's field that holds it
   * when the rule set is built (see `figureTexts` in rules-2025-08.ts), never typed in the text.
   */
  text: RuleText;
  url: string;
}

/** Prices for residents, incl. VAT. */
export interface Prices {
  /** Big Bag Steen (clean rubble), incl. VAT and pickup (Decision 6, §12.3). */
  bigBagSteenEur: number;
  /** Big Bag Alles (building and demolition waste), incl. VAT and pickup (Decision 6, §12.3). */
  bigBagAllesEur: number;
  /** Puin (stone, concrete) at the milieustraten where it is charged, per ton (Decision 9, §12.1). */
  puinPerTonEur: number;
  /** A new afvalpas for the milieustraat of Capelle aan den IJssel (§12.1). */
  afvalpasCapelleEur: number;
  /** The Capelle afvalpas is free within this many months of moving in (§12.1). */
  afvalpasCapelleFreeMonthsAfterMoving: number;
  /** Deposit for the loan trailer, in Schiedam and Vlaardingen (§12.1, §12.2). */
  trailerDepositEur: number;
}

/** Resident tariffs at the milieustraten of Schiedam and Vlaardingen, incl. VAT (§12.1). */
export interface MilieustraatPrices {
  /** Car tyre with rim; in Capelle aan den IJssel the only item that costs money (§12.1). */
  tyreWithRimEur: number;
  tyreWithoutRimEur: number;
  /** Truck or tractor tyre. */
  truckTyreEur: number;
  /** Soil and sand: this much is free, the rest costs `soilEur` per the municipality's `soilPriceUnit`. */
  soilFreeM3: number;
  soilEur: number;
  weighingEur: number;
  largeFireExtinguisherEur: number;
}

/** House rules of the milieustraten (§12.1, irado.nl/huisregels-milieustraat). */
export interface MilieustraatHouseRules {
  speedKmh: number;
  /** Children below this age (and pets) stay in the vehicle. */
  childrenStayInVehicleUnderAge: number;
  /** Entry may be refused about this many minutes before closing. */
  refuseEntryMinutesBeforeClosing: number;
}

/** The free loan trailer (§12.2); its deposit is `prices.trailerDepositEur`. */
export interface LoanTrailer {
  /** Fine for a late return, per `lateFeePer` (§12.1, §12.2). */
  lateFeeEur: number;
  lateFeePer: RuleText;
  /** Driving licence that is enough for it (§12.2). */
  licence: string;
  /** Its maximum mass in kg (§12.2). */
  maxMassKg: number;
}

/** The Big Bag (§12.3); its prices are `prices.bigBagSteenEur` and `prices.bigBagAllesEur` (Decision 6). */
export interface BigBag {
  dimensionsCm: readonly [length: number, width: number, height: number];
  /** About this volume. */
  volumeM3: number;
  /** Safe up to this load. */
  maxLoadKg: number;
  /** A full Big Bag is collected within this many working days of reporting it. */
  collectedWithinWorkingDays: number;
}

/** One bouwcontainer size with its prices, incl. VAT and pickup (§12.3). */
export interface ContainerSize {
  volumeM3: number;
  dimensionsCm: readonly [length: number, width: number, height: number];
  /** Price for clean rubble (puin); null when this size is not offered for puin. */
  puinEur: number | null;
  /** Price for building and demolition waste. */
  bouwSloopEur: number;
}

/** Bouwcontainer and kluscontainer rental (§12.3). */
export interface Bouwcontainers {
  sizes: readonly ContainerSize[];
  /** A full container is collected within this many hours on working days. */
  collectedWithinHours: number;
  /** A kluscontainer costs from this much (irado.nl/product/kluscontainer). */
  kluscontainerFromEur: number;
}

/**
 * KGA home pickup (Decision 8, §8): one weekday, in a time window; the resident must be home. Where it runs is
 * `MunicipalityRules.kgaHomePickup`; it is booked through `contacts.customerService` (phone and e-mail).
 */
export interface KgaHomePickup extends TimeWindow {
  weekday: RuleText;
}

/** Asbestos (§9); the DCMR asbestos line is `contacts.asbestos`. */
export interface AsbestosRules {
  /** Asbestos is packed double in plastic at least this thick, in mm. */
  plasticMinMm: number;
  /** Vinyl from before this year may contain asbestos. */
  vinylBeforeYear: number;
  /** Appliances older than this many years may contain asbestos. */
  applianceOlderThanYears: number;
  /** A business files the sloopmelding at least this many weeks before removal starts. */
  businessNoticeWeeks: number;
}

/** Business customers (§11); rates exclude VAT. Their contact is `contacts.business`. */
export interface BusinessRates {
  /** The zakelijke milieupas (Schiedam and Capelle aan den IJssel). */
  milieupasEur: number;
  sortedPerKgEur: number;
  unsortedPerKgEur: number;
  puinPerKgEur: number;
  tyreFromEur: number;
  /** Small hazardous waste (kca). */
  kcaPerKgEur: number;
  /** A professional cooling unit, each. */
  coolingUnitEur: number;
  /** Team Zero on-demand collection, per month. */
  teamZeroFromEurPerMonth: number;
  /** Business grofvuil in a container: density at most this. */
  containerMaxDensityKgPerM3: number;
}

/** Reports (meldingen) and the on-call line (§7.5, §13). */
export interface Reports {
  /** Many reports are handled within this many working days (§7.5). */
  handledWithinWorkingDays: number;
  /** Urgent public-space reports after this time and at weekends go to the customer-service number (§13). */
  onCallAfter: string;
  /** Where a municipality's own enforcement team (Handhaving) takes urgent public-space reports (§13). */
  enforcementPhone: Partial<Record<Municipality, string>>;
}

/** irado.nl pages the answers link to, as the rules document names them. */
export interface Pages {
  /** irado.nl/afvalsoorten/grofvuil (§1, §2.1). */
  grofvuil: string;
  /** irado.nl/afvalsoorten/grofvuil/afspraak-maken (§5.3, §7.1). */
  appointment: string;
  /** irado.nl/vlaardingen/afvalsoorten/grofvuil (§1, §5.2, §5.6). */
  grofvuilVlaardingen: string;
  /** irado.nl/afvalsoorten/matrassen (§3.4). */
  mattresses: string;
  /** irado.nl/capelle/afvalsoorten/matrassen (§3.4). */
  mattressesCapelle: string;
  /** irado.nl/afvalsoorten/elektrische-apparaten (§3.3). */
  appliances: string;
  /** irado.nl/afvalsoorten/snoeiafval (§3.5, §5.6). */
  pruning: string;
  /** irado.nl/nieuws/default/snoeiroute (§5.6). */
  snoeirouteNews: string;
  /** irado.nl/afvalsoorten/puin-bouw-en-sloopafval (§5.5). */
  rubble: string;
  /** irado.nl/schiedam/afvalsoorten/puin-bouw-en-sloopafval (§12.3). */
  rubbleSchiedam: string;
  /** irado.nl/capelle/afvalsoorten/puin-bouw-en-sloopafval (§12.3). */
  rubbleCapelle: string;
  /** irado.nl/huisregels-milieustraat (§12.1). */
  houseRules: string;
  /** irado.nl/milieustraat/aanhanger-lenen (§12.2). */
  trailer: string;
  /** irado.nl/contact (§13). */
  contact: string;
  /** irado.nl/melding-maken (§7.5, §13). */
  report: string;
  /** irado.nl/capelle/melding-maken (§13). */
  reportCapelle: string;
  /** irado.nl/zakelijk/bedrijfsafval (§11). */
  businessWaste: string;
  /** irado.nl/zakelijk/milieupas-bedrijven (§11). */
  businessPass: string;
  /** irado.nl/zakelijk/bedrijfsafval/grofvuil (§11). */
  businessGrofvuil: string;
}

/** Everything the kernel decides with. A new rule set gets a new version; requests record the version they used. */
export interface RuleSet {
  version: string;
  /** Where the facts come from, and as of when. */
  source: string;
  municipalities: Record<Municipality, MunicipalityRules>;
  routes: Record<RouteCode, RouteRules>;
  /** The route of each accepted category unless a municipality overrides it (§2.2, Decision 10). */
  defaultRoutes: Record<AcceptedCategory, RouteCode>;
  /** Sizes and weights (Decisions 2 and 3, §5.3, §3.5). */
  limits: SizeLimits;
  /** When the resident puts the items out on the agreed day (§5.1). */
  putOut: TimeWindow;
  /** When Irado collects (§5.1). */
  collection: TimeWindow;
  /** The alternatives given for each refusal reason, in order (§4). */
  refusals: Record<RefusalReason, { alternatives: Alternative[] }>;
  /** Where the resident goes instead (§4, §8, §9, §11, §12). */
  alternatives: Record<Alternative, AlternativeInfo>;
  /** Public company contacts (§13; Decisions 7 and 8). */
  contacts: Contacts;
  /** Resident prices: Big Bag (Decision 6, §12.3), puin (Decision 9), afvalpas and trailer deposit (§12.1). */
  prices: Prices;
  /** Resident tariffs at the milieustraten of Schiedam and Vlaardingen (§12.1). */
  milieustraatPrices: MilieustraatPrices;
  /** House rules of the milieustraten (§12.1). */
  milieustraatHouseRules: MilieustraatHouseRules;
  /** The free loan trailer (§12.2). */
  trailer: LoanTrailer;
  /** The Big Bag (§12.3). */
  bigBag: BigBag;
  /** Bouwcontainer sizes and prices, kluscontainer (§12.3). */
  bouwcontainers: Bouwcontainers;
  /** When Irado picks up klein chemisch afval at home (Decision 8, §8). */
  kgaHomePickup: KgaHomePickup;
  /** Asbestos figures (§9). */
  asbestos: AsbestosRules;
  /** Business customers' rates (§11). */
  business: BusinessRates;
  /** Reports and the on-call line (§7.5, §13). */
  reports: Reports;
  /** Free bags of compost a year for residents who separate gft and prunings (§3.5). */
  compostBagsPerYear: number;
  /** irado.nl pages the answers link to. */
  pages: Pages;
  catalogue: readonly CatalogueEntry[];
}
