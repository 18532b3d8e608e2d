/**
 * The vocabulary of the booking kernel. Everything here is plain data: no classes, no I/O, so the same values can be
 * stored as JSON, sent to an LLM as tool schemas and rendered into mails.
 */

export const MUNICIPALITIES = ['Schiedam', 'Vlaardingen', 'Capelle aan den IJssel'] as const;
/** The three municipalities of Irado's private service area. */
export type Municipality = (typeof MUNICIPALITIES)[number];

/** Route codes exactly as the planning team's systems receive them (Decision 10). No other values are valid. */
export const ROUTE_CODES = ['HUISRAAD', 'IJZER_EA_MATRASSEN', 'TUIN_SNOEIAFVAL'] as const;
export type RouteCode = (typeof ROUTE_CODES)[number];

export const LANGUAGES = ['nl', 'en', 'tr', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in the two languages the catalogue is written in. */
export interface NlEn {
  nl: string;
  en: string;
}

/**
 * What kind of thing an item is. The category decides the route (per municipality, in the rule data) and which size
 * rule applies; it is also the `<Category>` in the team's XML.
 */
export const ACCEPTED_CATEGORIES = [
  'furniture', // tables, sofas, chairs, beds, wardrobes, garden furniture: taken in one piece (Decision 2)
  'mattress', // dry mattresses and toppers: route depends on the municipality (Decision 10)
  'bed_parts', // boxspring base, bed frame parts: not mattresses, Huisraad
  'household', // loose items from in or around the house: bucket, vase, toys, suitcases
  'glass', // glass display cabinets, table tops, aquariums, mirrors
  'textile', // clothes, curtains, carpets rolled as textile
  'packaging', // cardboard (flattened, bundled), piepschuim, packaging plastic
  'floor_covering', // carpet, rugs, laminate, vinyl (zeil)
  'garden_wood', // garden gate, fence panels, bielzen, decking, dismantled sheds
  'doors_windows', // doors, window panes, window frames
  'wall_panelling', // wooden or plastic schroten
  'metal', // metal items: bicycle, ironing board, bedspiraal, office chair, barbecue, drying rack
  'sunscreen', // markies, uitvalscherm: up to 2 m
  'radiator', // radiators: up to 2 m
  'electrical', // anything with a plug, battery or accu (small and medium appliances)
  'large_appliance', // white goods: fridge, freezer, washing machine, dryer, dishwasher, oven, cooker
  'pruning', // branches, prunings, hedge clippings: bundled, at most 1.80 m, never in bags
  'stump', // tree stumps: at most 50 cm long and 25 cm thick
] as const;
export type AcceptedCategory = (typeof ACCEPTED_CATEGORIES)[number];

/** Why an item is never grofvuil. Each reason has alternatives in the rule data. */
export const REFUSAL_REASONS = [
  'restafval', // ordinary household waste, or too small to be grofvuil: restafval kliko / container
  'not_ewaste', // cables, extension cords, lighters, watches: restafval, not e-waste
  'renovation', // bathroom/kitchen renovation waste: sanitary ware, kitchen unit, tiles
  'rubble', // puin, stone, plasterboard, bricks
  'kca', // klein chemisch afval: paint, batteries, car batteries, chemicals, fluorescent tubes, oil
  'asbestos', // asbestos and possible asbestos (golfplaten)
  'tyres', // car tyres
  'vehicle', // mopeds, scooters, mobility scooters, small trailers
  'concrete', // concrete planters, parasol bases
  'roofing', // roof tiles, shingles, gutters, downpipes
  'soil', // turf, sand, earth, soil, gravel
  'satellite_dish', // satellite dishes
  'business_waste', // bedrijfsafval
  'wet_mattress', // a wet or dirty mattress cannot be recycled (only dry mattresses)
  'bedding', // duvets, pillows, sleeping bags: not mattresses, not grofvuil
  'medicine', // medicines and injection needles: pharmacy
  'lithium_battery', // e-bike batteries, power banks: Stibat / shop
  'gas_cylinder', // gas cylinders, fire extinguishers
  'car_parts', // car parts, engine blocks
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Where a resident can take what Irado will not pick up as grofvuil. */
export const ALTERNATIVES = [
  'milieustraat',
  'kga_home_pickup', // Schiedam and Vlaardingen only (Decision 8)
  'kga_dropoff', // milieustraat or shop collection bins
  'restafval',
  'big_bag',
  'bouwcontainer',
  'shop_take_back',
  'stibat',
  'pharmacy',
  'asbestos_procedure',
  'business_service',
  'kringloop',
  'saw_to_size', // make the piece shorter and offer it again
] as const;
export type Alternative = (typeof ALTERNATIVES)[number];

/** Handling flags on a catalogue entry. Each one drives a check or an instruction to the resident. */
export interface ItemFlags {
  /** Heavy appliance that often fails at pickup (gas cookers, washing machines, ovens, fridges): ask the weight. */
  heavyAppliance?: boolean;
  /** Fridges and freezers must be empty (no food). */
  mustBeEmpty?: boolean;
  /** Mattresses must be dry. */
  mustBeDry?: boolean;
  /** Small pieces, laminate, cardboard and branches must be bundled. */
  mustBeBundled?: boolean;
  /** Heavy or bulky enough that planning may need the crane truck (kraanwagen). */
  craneRisk?: boolean;
  /** Bicycles must not be locked. */
  mustBeUnlocked?: boolean;
  /** Glass must be taped or packed in cardboard. */
  tapeGlass?: boolean;
  /** Cardboard must be flattened. */
  flatten?: boolean;
  /** Smaller than 30 × 30 × 30 cm and lighter than 5 kg: not grofvuil on its own (the "kruikje" rule). */
  small?: boolean;
  /** Could be asbestos: never drill or saw, follow the asbestos procedure. */
  possibleAsbestos?: boolean;
}

interface CatalogueEntryBase {
  /** Stable id, lower snake case, e.g. `driezitsbank`. */
  id: string;
  /** Display name, singular. */
  name: NlEn;
  /**
   * Words residents type for this item, lower case: synonyms, plurals, diminutives, compounds and common misspellings,
   * per language. The matcher normalises diacritics, so `gardırop` and `gardirop` both match either spelling.
   */
  terms: { nl: string[]; en: string[]; tr?: string[]; ar?: string[] };
  /** Typical volume of one piece in m³, used when the resident gives no size. */
  typicalVolumeM3: number;
  /** Typical weight of one piece in kg. */
  typicalWeightKg: number;
  /** Typical longest side of one piece in m, when it matters for the size rules. */
  typicalLengthM?: number;
  flags?: ItemFlags;
}

export interface AcceptedEntry extends CatalogueEntryBase {
  kind: 'accepted';
  category: AcceptedCategory;
}

export interface RefusedEntry extends CatalogueEntryBase {
  kind: 'refused';
  reason: RefusalReason;
  /** Overrides the reason's default alternatives, when this item has a better one. */
  alternatives?: Alternative[];
}

export type CatalogueEntry = AcceptedEntry | RefusedEntry;

/** Measurements a resident gave for one piece, in metres and kilograms. */
export interface Measurements {
  lengthM?: number;
  widthM?: number;
  heightM?: number;
  weightKg?: number;
}

/** Conditions a resident mentioned that change the verdict on an item. */
export const ITEM_CONDITIONS = ['wet', 'dirty', 'locked', 'not_empty', 'in_bags', 'unbundled'] as const;
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];

/** One line of a draft request: something the resident wants picked up, recognised or not. */
export interface DraftItem extends Measurements {
  /** Unique within the draft; ties the line to its place in the plan. */
  key: string;
  /** The catalogue entry, or null when the item was not recognised. */
  catalogueId: string | null;
  /** The resident's own words for the item. */
  text: string;
  /** Number of pieces (or bundles), at least 1. */
  quantity: number;
  conditions?: ItemCondition[];
}

/** The input of `planRequest`: what the resident asked for, where. */
export interface RequestDraft {
  municipality: Municipality;
  items: DraftItem[];
  /** The booking date (YYYY-MM-DD), for seasonal routes; the kernel has no clock of its own. */
  date?: string;
}
