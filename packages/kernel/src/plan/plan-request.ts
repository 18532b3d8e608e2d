import { findEntry, routeFor } from '../routing.ts';
import { currentRules } from '../rules/index.ts';
import type { RuleSet } from '../rules/rule-set.ts';
import type { DraftItem, RequestDraft, RouteCode } from '../types.ts';
import { ROUTE_CODES } from '../types.ts';
import { routeInstructions } from './instructions.ts';
import { alternativesFor, judgeAcceptedItem } from './judge-item.ts';
import type { Plan, PlannedItem, Question, RefusedItem, RoutePlan, UnknownItem, Violation } from './plan.types.ts';
import { splitOverAppointments, totalVolume } from './volume.ts';

/**
 * Splits a draft into routes and appointments and judges every item against the rules. Never throws on a bad draft:
 * every problem is part of the plan. Every draft item ends up exactly once in `routes[].items`, `refused` or `unknown`.
 */
export function planRequest(draft: RequestDraft, rules: RuleSet = currentRules): Plan {
  const { municipality, date } = draft;
  const byRoute = new Map<RouteCode, PlannedItem[]>();
  const refused: RefusedItem[] = [];
  const unknown: UnknownItem[] = [];
  const questions: Question[] = [];

  for (const raw of draft.items) {
    const item = { ...raw, quantity: wholeQuantity(raw.quantity) };
    const entry = item.catalogueId === null ? undefined : findEntry(rules, item.catalogueId);
    if (!entry) {
      unknown.push({ key: item.key, text: item.text, quantity: item.quantity });
      questions.push({ code: 'what_is', key: item.key });
    } else if (entry.kind === 'refused') {
      refused.push(
        refusedItem(
          item,
          entry.id,
          entry.reason,
          alternativesFor(entry.reason, municipality, rules, entry.alternatives),
        ),
      );
    } else {
      const verdict = judgeAcceptedItem(item, entry, municipality, rules);
      if (verdict.kind === 'refused') {
        refused.push(verdict.item);
      } else {
        const route = routeFor(entry.category, municipality, rules, date);
        byRoute.set(route, [...(byRoute.get(route) ?? []), verdict.item]);
        questions.push(...verdict.questions);
      }
    }
  }

  refuseSmallSingleItems(byRoute, refused, municipality, rules);
  const routeCodes = ROUTE_CODES.filter((code) => byRoute.has(code));
  const capM3 = rules.municipalities[municipality].volumeCapM3;
  const routes = routeCodes.map((route) => routePlan(route, byRoute.get(route) ?? [], routeCodes, capM3, draft, rules));
  const plannedKeys = new Set(routes.flatMap((r) => r.items.map((i) => i.key)));

  return {
    rulesVersion: rules.version,
    municipality,
    ...(date ? { date } : {}),
    routes,
    refused,
    unknown,
    violations: violationsOf(routes, refused, unknown),
    // A question about an item that ended up refused is moot.
    questions: questions.filter((q) => q.code === 'what_is' || plannedKeys.has(q.key)),
    totalAppointments: routes.reduce((sum, r) => sum + r.appointments.length, 0),
    bookable: routes.length > 0 && unknown.length === 0,
  };
}

/** Quantities are whole pieces, at least one; the matcher and the tool schemas guarantee this, the kernel insists. */
function wholeQuantity(quantity: number): number {
  return Number.isFinite(quantity) && quantity >= 1 ? Math.floor(quantity) : 1;
}

function refusedItem(
  item: DraftItem,
  catalogueId: string,
  reason: RefusedItem['reason'],
  alternatives: RefusedItem['alternatives'],
): RefusedItem {
  return { key: item.key, catalogueId, text: item.text, quantity: item.quantity, reason, alternatives };
}

/**
 * The "kruikje" rule: one small piece on its own is not grofvuil, so a route with a single small piece is refused.
 * Small pieces alongside others on the same route go as one batch.
 */
function refuseSmallSingleItems(
  byRoute: Map<RouteCode, PlannedItem[]>,
  refused: RefusedItem[],
  municipality: RequestDraft['municipality'],
  rules: RuleSet,
): void {
  for (const [route, items] of byRoute) {
    const only = items.length === 1 ? items[0] : undefined;
    if (only?.quantity !== 1 || !isSmall(only, rules)) continue;
    byRoute.delete(route);
    const alternatives =
      only.category === 'electrical'
        ? (['shop_take_back', 'milieustraat'] as const)
        : (['restafval', 'milieustraat'] as const);
    refused.push({
      key: only.key,
      catalogueId: only.catalogueId,
      text: only.text,
      quantity: 1,
      reason: 'small_single_item',
      alternatives: alternativesFor('small_single_item', municipality, rules, [...alternatives]),
    });
  }
}

function isSmall(item: PlannedItem, rules: RuleSet): boolean {
  const { lengthM, widthM, heightM, weightKg } = item.measurements;
  const sides = [lengthM, widthM, heightM];
  if (sides.every((s) => s !== undefined)) {
    const max = rules.limits.smallItemMaxSideM;
    return sides.every((s) => (s ?? 0) <= max) && (weightKg ?? item.unitWeightKg) <= rules.limits.smallItemMaxWeightKg;
  }
  return item.flags.small === true;
}

function routePlan(
  route: RouteCode,
  items: PlannedItem[],
  allRoutes: RouteCode[],
  capM3: number | null,
  draft: RequestDraft,
  rules: RuleSet,
): RoutePlan {
  const appointments = splitOverAppointments(items, capM3);
  const withCapNotes = items.map((item) =>
    capM3 !== null && item.unitVolumeM3 > capM3
      ? { ...item, notes: [...item.notes, 'piece_over_volume_cap' as const] }
      : item,
  );
  return {
    route,
    items: withCapNotes,
    volumeM3: totalVolume(items),
    capM3,
    appointments,
    instructions: routeInstructions({
      route,
      allRoutes,
      items,
      appointments: appointments.length,
      capM3,
      municipality: draft.municipality,
      ...(draft.date ? { date: draft.date } : {}),
      rules,
    }),
  };
}

function violationsOf(routes: RoutePlan[], refused: RefusedItem[], unknown: UnknownItem[]): Violation[] {
  return [
    ...refused.map((r): Violation => ({ code: 'refused_item', key: r.key, reason: r.reason })),
    ...unknown.map((u): Violation => ({ code: 'unknown_item', key: u.key })),
    ...routes
      .filter((r) => r.capM3 !== null && r.appointments.length > 1)
      .map(
        (r): Violation => ({
          code: 'over_volume_cap',
          route: r.route,
          volumeM3: r.volumeM3,
          capM3: r.capM3 ?? 0,
          appointments: r.appointments.length,
        }),
      ),
  ];
}
