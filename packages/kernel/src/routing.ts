import type { MunicipalityRules, RuleSet } from './rules/rule-set.ts';
import type { AcceptedCategory, CatalogueEntry, Municipality, RouteCode } from './types.ts';
import { MUNICIPALITIES } from './types.ts';

const entryIndexes = new WeakMap<readonly CatalogueEntry[], Map<string, CatalogueEntry>>();

/** The catalogue entry with this id, or undefined. */
export function findEntry(rules: RuleSet, id: string): CatalogueEntry | undefined {
  let index = entryIndexes.get(rules.catalogue);
  if (!index) {
    index = new Map(rules.catalogue.map((entry) => [entry.id, entry]));
    entryIndexes.set(rules.catalogue, index);
  }
  return index.get(id);
}

/** Whether a YYYY-MM-DD date falls within one of the yearly periods (MM-DD, inclusive). */
export function inYearlyPeriods(date: string, periods: readonly { from: string; to: string }[]): boolean {
  const monthDay = date.slice(5, 10);
  return periods.some((p) =>
    p.from <= p.to ? monthDay >= p.from && monthDay <= p.to : monthDay >= p.from || monthDay <= p.to,
  );
}

/**
 * The route an accepted category goes on in a municipality: the municipality's override (the mattress rule), else the
 * default; pruning waste outside the snoei season moves to the municipality's fallback route where it has one.
 * Without a date the season is not known and the snoeiafval route is kept.
 */
export function routeFor(
  category: AcceptedCategory,
  municipality: Municipality,
  rules: RuleSet,
  date?: string,
): RouteCode {
  const m = rules.municipalities[municipality];
  const route = m.routeOverrides[category] ?? rules.defaultRoutes[category];
  if (route === 'TUIN_SNOEIAFVAL' && date && outOfSnoeiSeason(m, date) && m.outsideSnoeiSeasonRoute) {
    return m.outsideSnoeiSeasonRoute;
  }
  return route;
}

/** Whether the snoeiafval route cannot be booked on this date in this municipality. */
export function outOfSnoeiSeason(m: MunicipalityRules, date: string): boolean {
  return m.snoeiSeasons !== null && !inYearlyPeriods(date, m.snoeiSeasons);
}

/** Every route a category may take in a municipality, whatever the date. */
export function allowedRoutes(category: AcceptedCategory, municipality: Municipality, rules: RuleSet): RouteCode[] {
  const inSeason = routeFor(category, municipality, rules);
  const fallback = rules.municipalities[municipality].outsideSnoeiSeasonRoute;
  return inSeason === 'TUIN_SNOEIAFVAL' && fallback ? [inSeason, fallback] : [inSeason];
}

/** The service-area municipality of a postcode (by its four digits), or null when it lies outside the area. */
export function municipalityForPostcode(postcode: string, rules: RuleSet): Municipality | null {
  const digits = Number.parseInt(postcode.slice(0, 4), 10);
  if (Number.isNaN(digits)) return null;
  for (const name of MUNICIPALITIES) {
    if (rules.municipalities[name].postcodeRanges.some(([from, to]) => digits >= from && digits <= to)) return name;
  }
  return null;
}
