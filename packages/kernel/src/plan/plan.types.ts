import type {
  AcceptedCategory,
  Alternative,
  ItemFlags,
  Measurements,
  Municipality,
  NlEn,
  RefusalReason,
  RouteCode,
} from '../types.ts';

/** Why an item is not planned: a refusal reason of the catalogue, or a size rule it breaks. */
export type RefusalCode = RefusalReason | 'piece_too_long' | 'stump_too_big' | 'small_single_item';

/** Notes for the planning team and the driver about one planned item. */
export type ItemNote =
  | 'over_length_guideline' // a little over 1.80 m: still taken (Decision 2), the driver should know
  | 'heavy' // over the 30 kg guideline
  | 'crane_possible' // heavy or bulky enough that the crane truck may be needed
  | 'piece_over_volume_cap' // one piece larger than the municipal volume cap: its own appointment
  | 'weight_unknown'; // a heavy appliance whose weight the resident did not give

export interface PlannedItem {
  key: string;
  catalogueId: string;
  name: NlEn;
  category: AcceptedCategory;
  /** The resident's own words. */
  text: string;
  quantity: number;
  measurements: Measurements;
  /** Volume of one piece in m³: from the measurements when all three are given, else the catalogue's estimate. */
  unitVolumeM3: number;
  /** Weight of one piece in kg: given, else the catalogue's estimate. */
  unitWeightKg: number;
  flags: ItemFlags;
  notes: ItemNote[];
}

/** One appointment of a route: which pieces of which items go out on that date. */
export interface Appointment {
  /** 1-based within the route. */
  number: number;
  units: { key: string; quantity: number }[];
  volumeM3: number;
}

export type Instruction =
  | { code: 'only_this_route'; route: RouteCode; otherRoutes: RouteCode[] }
  | { code: 'put_out_window'; from: string; until: string }
  | { code: 'collection_window'; from: string; until: string }
  | { code: 'placement'; municipality: Municipality }
  | { code: 'split_appointments'; route: RouteCode; appointments: number; capM3: number }
  | { code: 'heavy_appliance'; keys: string[] }
  | { code: 'must_be_empty'; keys: string[] }
  | { code: 'must_be_dry'; keys: string[] }
  | { code: 'bundle'; keys: string[] }
  | { code: 'no_bags'; keys: string[] }
  | { code: 'unlocked'; keys: string[] }
  | { code: 'tape_glass'; keys: string[] }
  | { code: 'flatten'; keys: string[] }
  | { code: 'snoei_schedule'; municipality: Municipality; outOfSeason: boolean };

export interface RoutePlan {
  route: RouteCode;
  items: PlannedItem[];
  volumeM3: number;
  /** The municipality's cap per appointment, or null for no cap. */
  capM3: number | null;
  appointments: Appointment[];
  instructions: Instruction[];
}

export interface RefusedItem {
  key: string;
  catalogueId: string | null;
  text: string;
  quantity: number;
  reason: RefusalCode;
  alternatives: Alternative[];
  /** The measured value and the limit, for size refusals. */
  limit?: { measuredM: number; maxM: number };
}

export interface UnknownItem {
  key: string;
  text: string;
  quantity: number;
}

export type Question =
  | { code: 'what_is'; key: string }
  | { code: 'length'; key: string }
  | { code: 'weight'; key: string };

export type Violation =
  | { code: 'refused_item'; key: string; reason: RefusalCode }
  | { code: 'unknown_item'; key: string }
  | { code: 'over_volume_cap'; route: RouteCode; volumeM3: number; capM3: number; appointments: number };

/** The kernel's verdict on a draft: what goes on which route, what not and why, and what to tell the resident. */
export interface Plan {
  rulesVersion: string;
  municipality: Municipality;
  date?: string;
  routes: RoutePlan[];
  refused: RefusedItem[];
  unknown: UnknownItem[];
  violations: Violation[];
  questions: Question[];
  /** Appointments over all routes: each gets its own date from planning. */
  totalAppointments: number;
  /** At least one item is planned and nothing unrecognised is left to resolve. */
  bookable: boolean;
}
