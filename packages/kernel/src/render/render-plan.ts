import type { Instruction, Plan, PlannedItem, RefusedItem } from '../plan/plan.types.ts';
import { findEntry } from '../routing.ts';
import { localized, type RuleSet } from '../rules/rule-set.ts';
import { normalizeText } from '../text.ts';
import type { Language, RouteCode } from '../types.ts';
import { en, nl, type PlanTexts } from './texts-nl-en.ts';
import { ar, tr } from './texts-tr-ar.ts';

/** Texts per language; a language without a table falls back to English, so nothing is ever shown empty. */
const textsByLanguage: Partial<Record<Language, PlanTexts>> = { nl, en, tr, ar };

export function registerPlanTexts(language: Language, texts: PlanTexts): void {
  textsByLanguage[language] = texts;
}

export function planTexts(language: Language): PlanTexts {
  return textsByLanguage[language] ?? en;
}

/** "1,8" in Dutch, "1.8" in English: a number with at most two decimals, trailing zeros dropped. */
export function formatNumber(value: number, language: Language): string {
  const text = String(Math.round(value * 100) / 100);
  return planTexts(language).decimalSeparator === ',' ? text.replace('.', ',') : text;
}

/** A length in metres, with two decimals as Irado writes them ("1,80 m"). */
export function formatMetres(value: number, language: Language): string {
  const text = value.toFixed(2);
  return `${planTexts(language).decimalSeparator === ',' ? text.replace('.', ',') : text} m`;
}

export function formatCentimetres(valueM: number): string {
  return `${Math.round(valueM * 100)} cm`;
}

export function formatM3(value: number, language: Language): string {
  return `${formatNumber(value, language)} m³`;
}

/** The route's name for residents in their language. */
export function routeLabel(route: RouteCode, language: Language, rules: RuleSet): string {
  return rules.routes[route].label[language];
}

/** The item's name in the resident's language: the catalogue's Dutch or English name, else their own words. */
export function itemName(
  item: { catalogueId: string | null; text: string },
  language: Language,
  rules: RuleSet,
): string {
  const entry = item.catalogueId ? findEntry(rules, item.catalogueId) : undefined;
  if (!entry) return item.text;
  if (language === 'nl' || language === 'en') return entry.name[language];
  // No Turkish or Arabic names in the catalogue: the resident's own word, with the Dutch name the driver knows.
  return normalizeText(item.text) === normalizeText(entry.name.nl) ? entry.name.nl : `${item.text} (${entry.name.nl})`;
}

/** "2 × eetkamerstoel (1,60 × 0,85 × 0,80 m)". */
export function itemLine(item: PlannedItem | RefusedItem, language: Language, rules: RuleSet): string {
  const t = planTexts(language);
  const name = itemName(item, language, rules);
  const count = item.quantity > 1 ? `${item.quantity} ${t.times} ` : '';
  const m = 'measurements' in item ? item.measurements : {};
  const sizes = [m.lengthM, m.widthM, m.heightM].filter((v): v is number => v !== undefined);
  const details: string[] = [];
  if (sizes.length > 0) details.push(`${sizes.map((v) => formatNumber(v, language)).join(` ${t.times} `)} m`);
  if (m.weightKg !== undefined) details.push(`${formatNumber(m.weightKg, language)} kg`);
  return `${count}${name}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** Why an item is refused and where it can go instead, in one or two sentences. */
export function refusalText(item: RefusedItem, language: Language, rules: RuleSet): string {
  const t = planTexts(language);
  const parts = [t.refusal[item.reason]];
  if (item.limit)
    parts.push(t.tooLong(formatMetres(item.limit.measuredM, language), formatMetres(item.limit.maxM, language)));
  if (item.reason === 'stump_too_big') {
    parts.push(
      t.stumpLimits(
        formatCentimetres(rules.limits.stumpMaxLengthM),
        formatCentimetres(rules.limits.stumpMaxThicknessM),
      ),
    );
  }
  parts.push(...item.alternatives.map((a) => localized(rules.alternatives[a].text, language)));
  return parts.join(' ');
}

function listOf(names: string[], language: Language): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${planTexts(language).and} ${names.at(-1)}`;
}

/** One instruction as a sentence for the resident. Item keys are resolved against the plan. */
export function instructionText(instruction: Instruction, plan: Plan, language: Language, rules: RuleSet): string {
  const t = planTexts(language);
  const items = new Map(plan.routes.flatMap((r) => r.items.map((i) => [i.key, i] as const)));
  const names = (keys: string[]) => {
    const list = listOf(
      keys
        .map((k) => items.get(k))
        .filter((i) => i !== undefined)
        .map((i) => itemName(i, language, rules)),
      language,
    );
    return list.charAt(0).toUpperCase() + list.slice(1);
  };
  const route = (code: RouteCode) => routeLabel(code, language, rules);
  switch (instruction.code) {
    case 'only_this_route':
      return t.onlyThisRoute(route(instruction.route), listOf(instruction.otherRoutes.map(route), language));
    case 'put_out_window':
      return t.putOutWindow(instruction.from, instruction.until);
    case 'collection_window':
      return t.collectionWindow(instruction.from, instruction.until);
    case 'placement': {
      const exception = rules.municipalities[instruction.municipality].placementException;
      return exception ? `${t.placement} ${localized(exception, language)}` : t.placement;
    }
    case 'split_appointments':
      return t.splitAppointments(
        route(instruction.route),
        instruction.appointments,
        formatM3(instruction.capM3, language),
      );
    case 'heavy_appliance':
      return t.heavyAppliance(names(instruction.keys));
    case 'must_be_empty':
      return t.mustBeEmpty(names(instruction.keys));
    case 'must_be_dry':
      return t.mustBeDry(names(instruction.keys));
    case 'bundle': {
      const branches = instruction.keys.some((k) => items.get(k)?.category === 'pruning');
      return branches
        ? t.bundleBranches(names(instruction.keys), formatMetres(rules.limits.branchBundleMaxLengthM, language))
        : t.bundle(names(instruction.keys));
    }
    case 'no_bags':
      return t.noBags(names(instruction.keys));
    case 'unlocked':
      return t.unlocked(names(instruction.keys));
    case 'tape_glass':
      return t.tapeGlass(names(instruction.keys));
    case 'flatten':
      return t.flatten(names(instruction.keys));
    case 'snoei_schedule': {
      const schedule = localized(rules.municipalities[instruction.municipality].snoeirouteSchedule, language);
      return instruction.outOfSeason ? `${t.snoeiOutOfSeason} ${schedule}` : schedule;
    }
  }
}

/** The volume of a route for the resident: "ongeveer 0,8 m³ (maximaal 1 m³ per afspraak)". */
export function volumeText(volumeM3: number, capM3: number | null, language: Language): string {
  return planTexts(language).volumeLine(
    formatM3(volumeM3, language),
    capM3 === null ? null : formatM3(capM3, language),
  );
}
