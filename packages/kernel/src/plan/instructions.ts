import { outOfSnoeiSeason } from '../routing.ts';
import type { RuleSet } from '../rules/rule-set.ts';
import type { ItemFlags, Municipality, RouteCode } from '../types.ts';
import type { Instruction, PlannedItem } from './plan.types.ts';

type KeyedCode = Extract<Instruction, { keys: string[] }>['code'];

/** Which flag (or category) calls for which preparation instruction. */
const flagInstructions: [KeyedCode, (item: PlannedItem) => boolean][] = [
  ['heavy_appliance', (i) => has(i.flags, 'heavyAppliance')],
  ['must_be_empty', (i) => has(i.flags, 'mustBeEmpty')],
  ['must_be_dry', (i) => has(i.flags, 'mustBeDry')],
  ['bundle', (i) => has(i.flags, 'mustBeBundled') || i.category === 'pruning'],
  ['no_bags', (i) => i.category === 'pruning' || i.category === 'stump'],
  ['unlocked', (i) => has(i.flags, 'mustBeUnlocked')],
  ['tape_glass', (i) => has(i.flags, 'tapeGlass')],
  ['flatten', (i) => has(i.flags, 'flatten')],
];

function has(flags: ItemFlags, flag: keyof ItemFlags): boolean {
  return flags[flag] === true;
}

/**
 * What the resident must be told for one route's appointment(s): when and where, what to prepare, and — when there
 * are several routes — that only this route's items go out on its date. These answer the most common reasons pickups
 * fail (§6 of the rules): nothing put out, items of another route, placement, heavy appliances.
 */
export function routeInstructions(input: {
  route: RouteCode;
  allRoutes: RouteCode[];
  items: PlannedItem[];
  appointments: number;
  capM3: number | null;
  municipality: Municipality;
  date?: string;
  rules: RuleSet;
}): Instruction[] {
  const { route, allRoutes, items, rules, municipality } = input;
  const instructions: Instruction[] = [];
  const otherRoutes = allRoutes.filter((r) => r !== route);
  if (otherRoutes.length > 0) instructions.push({ code: 'only_this_route', route, otherRoutes });
  if (input.appointments > 1 && input.capM3 !== null) {
    instructions.push({ code: 'split_appointments', route, appointments: input.appointments, capM3: input.capM3 });
  }
  instructions.push({ code: 'put_out_window', ...rules.putOut });
  instructions.push({ code: 'collection_window', ...rules.collection });
  instructions.push({ code: 'placement', municipality });
  for (const [code, applies] of flagInstructions) {
    const keys = items.filter(applies).map((i) => i.key);
    if (keys.length > 0) instructions.push({ code, keys });
  }
  if (route === 'TUIN_SNOEIAFVAL') {
    const m = rules.municipalities[municipality];
    instructions.push({
      code: 'snoei_schedule',
      municipality,
      outOfSeason: input.date !== undefined && outOfSnoeiSeason(m, input.date),
    });
  }
  return instructions;
}
