import {
  type AcceptedCategory,
  type AddressReason,
  type ItemNote,
  itemName,
  type PickupRequest,
  type PlannedItem,
  type RoutePlan,
  type RuleSet,
} from '@irado/kernel';

/** Dutch category names for `<Category>`, as the legacy intake received them ("meubels"). */
const categoryNl: Record<AcceptedCategory, string> = {
  furniture: 'meubels',
  mattress: 'matrassen',
  bed_parts: 'bedonderdelen',
  household: 'huisraad',
  glass: 'glas',
  textile: 'textiel',
  packaging: 'verpakking',
  floor_covering: 'vloerbedekking',
  garden_wood: 'tuinhout',
  doors_windows: 'deuren en ramen',
  wall_panelling: 'schroten',
  metal: 'ijzer',
  sunscreen: 'zonwering',
  radiator: 'radiatoren',
  electrical: 'elektrische apparaten',
  large_appliance: 'witgoed',
  pruning: 'snoeiafval',
  stump: 'boomstronken',
};

const itemNoteNl: Record<ItemNote, string> = {
  over_length_guideline: 'iets langer dan de richtlijn van 1,80 m',
  heavy: 'zwaar (boven de richtlijn van 30 kg)',
  crane_possible: 'kraanwagen mogelijk nodig',
  piece_over_volume_cap: 'groter dan de volumelimiet per afspraak: eigen afspraak',
  weight_unknown: 'gewicht niet opgegeven',
};

const addressReasonNl: Partial<Record<AddressReason, string>> = {
  register_ambiguous: 'KOAD-register niet eenduidig (woning en bedrijf op dit adres); behandeld als inwoner',
  register_outside_ranges: 'KOAD-inwoneradres buiten de postcodereeksen',
  api_unavailable_in_range:
    'Open Postcode API onbereikbaar; gemeente bepaald op de postcodereeks, adres niet geverifieerd',
};

/** A number as the XML carries it: dot decimal, at most three decimals, no trailing zeros. */
export function xmlNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** One item as the planners need it, in Dutch. */
export interface TeamItem {
  name: string;
  quantity: number;
  size: { length_m?: string; width_m?: string; height_m?: string; weight_kg?: string };
  notes: string;
  category: string;
}

/** Everything a team mail states about one route of a request, in Dutch, rendered once for XML, HTML and text. */
export interface TeamFacts {
  routeCode: string;
  routeName: string;
  municipality: string;
  items: TeamItem[];
  volumeM3: string;
  capM3: string;
  routeNotes: string[];
  appointments: { number: number; volumeM3: string; units: { name: string; quantity: number }[] }[];
  addressCheck: { outcome: string; reason: string; source: string; flagForStaff: boolean };
}

function teamItem(item: PlannedItem, rules: RuleSet): TeamItem {
  const name = itemName(item, 'nl', rules);
  const m = item.measurements;
  const size: TeamItem['size'] = {};
  if (m.lengthM !== undefined) size.length_m = xmlNumber(m.lengthM);
  if (m.widthM !== undefined) size.width_m = xmlNumber(m.widthM);
  if (m.heightM !== undefined) size.height_m = xmlNumber(m.heightM);
  if (m.weightKg !== undefined) size.weight_kg = xmlNumber(m.weightKg);
  const notes = item.notes.map((n) => itemNoteNl[n]);
  // The resident's own words tell the driver which piece is meant ("weet niet welke" was a pickup failure reason).
  if (item.text.trim() && item.text.trim().toLowerCase() !== name.toLowerCase()) {
    notes.push(`omschrijving inwoner: ${item.text.trim()}`);
  }
  return { name, quantity: item.quantity, size, notes: notes.join('; '), category: categoryNl[item.category] };
}

function routeNotes(request: PickupRequest, route: RoutePlan, rules: RuleSet): string[] {
  const notes: string[] = [];
  const named = (note: ItemNote) =>
    route.items.filter((i) => i.notes.includes(note)).map((i) => `${i.quantity} × ${itemName(i, 'nl', rules)}`);
  const crane = named('crane_possible');
  if (crane.length > 0) notes.push(`Kraanwagen mogelijk nodig: ${crane.join(', ')}`);
  const heavy = named('heavy');
  if (heavy.length > 0)
    notes.push(`Zware stukken (boven ${xmlNumber(rules.limits.maxPieceWeightKg)} kg): ${heavy.join(', ')}`);
  const unknownWeight = named('weight_unknown');
  if (unknownWeight.length > 0) notes.push(`Gewicht niet opgegeven: ${unknownWeight.join(', ')}`);
  if (route.appointments.length > 1) {
    const cap = route.capM3 === null ? '' : ` (maximaal ${xmlNumber(route.capM3)} m³ per afspraak)`;
    notes.push(`Verdeeld over ${route.appointments.length} afspraken${cap}`);
  }
  const check = request.address.check;
  if (check.outcome === 'unverified') notes.push('Adres niet geverifieerd');
  if (request.flagForStaff) {
    notes.push(`Controle door medewerker: ${addressReasonNl[check.reason] ?? `adrescontrole ${check.reason}`}`);
  }
  return notes;
}

/** The facts of one route's team mail. */
export function teamFacts(request: PickupRequest, route: RoutePlan, rules: RuleSet): TeamFacts {
  const byKey = new Map(route.items.map((i) => [i.key, i] as const));
  const check = request.address.check;
  return {
    routeCode: route.route,
    routeName: rules.routes[route.route].name,
    municipality: request.address.municipality,
    items: route.items.map((i) => teamItem(i, rules)),
    volumeM3: xmlNumber(Math.round(route.volumeM3 * 100) / 100),
    capM3: route.capM3 === null ? '' : xmlNumber(route.capM3),
    routeNotes: routeNotes(request, route, rules),
    appointments: route.appointments.map((a) => ({
      number: a.number,
      volumeM3: xmlNumber(Math.round(a.volumeM3 * 100) / 100),
      units: a.units.map((u) => {
        const item = byKey.get(u.key);
        return { name: item ? itemName(item, 'nl', rules) : u.key, quantity: u.quantity };
      }),
    })),
    addressCheck: {
      outcome: check.outcome,
      reason: check.reason,
      source: check.source,
      flagForStaff: request.flagForStaff,
    },
  };
}
