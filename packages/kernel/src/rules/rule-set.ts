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
  /** Puin at the milieustraat (Decision 9). */
  puinAtMilieustraat: RuleText;
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
  /** One sentence telling the resident where to go, with figures from this rule set. */
  text: RuleText;
  url: string;
}

/** Everything the kernel decides with. A new rule set gets a new version; requests record the version they used. */
export interface RuleSet {
  version: string;
  /** Where the facts come from, and as of when. */
  source: string;
  municipalities: Record<Municipality, MunicipalityRules>;
  routes: Record<RouteCode, RouteRules>;
  /** The route of each accepted category unless a municipality overrides it. */
  defaultRoutes: Record<AcceptedCategory, RouteCode>;
  limits: SizeLimits;
  /** When the resident puts the items out on the agreed day (§5.1). */
  putOut: TimeWindow;
  /** When Irado collects (§5.1). */
  collection: TimeWindow;
  refusals: Record<RefusalReason, { alternatives: Alternative[] }>;
  alternatives: Record<Alternative, AlternativeInfo>;
  contacts: Contacts;
  prices: {
    bigBagSteenEur: number;
    bigBagAllesEur: number;
    puinPerTonEur: number;
    afvalpasCapelleEur: number;
    trailerDepositEur: number;
  };
  catalogue: readonly CatalogueEntry[];
}
