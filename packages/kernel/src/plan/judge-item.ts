import type { RuleSet } from '../rules/rule-set.ts';
import type { AcceptedEntry, Alternative, DraftItem, Municipality } from '../types.ts';
import type { ItemNote, PlannedItem, Question, RefusalCode, RefusedItem } from './plan.types.ts';
import { roundM3 } from './volume.ts';

/** Weight above which planning is warned that the crane truck may be needed. */
const CRANE_WEIGHT_KG = 60;

export type Verdict =
  | { kind: 'planned'; item: PlannedItem; questions: Question[] }
  | { kind: 'refused'; item: RefusedItem };

/** Alternatives for a refusal, without those the municipality does not offer (KGA home pickup, Decision 8). */
export function alternativesFor(
  reason: RefusalCode,
  municipality: Municipality,
  rules: RuleSet,
  override?: Alternative[],
): Alternative[] {
  const base =
    override ?? sizeAlternatives[reason as keyof typeof sizeAlternatives] ?? refusalAlternatives(reason, rules);
  const m = rules.municipalities[municipality];
  return base.filter((a) => a !== 'kga_home_pickup' || m.kgaHomePickup);
}

const sizeAlternatives = {
  piece_too_long: ['saw_to_size', 'milieustraat'],
  stump_too_big: ['milieustraat'],
  small_single_item: ['restafval', 'milieustraat'],
} satisfies Partial<Record<RefusalCode, Alternative[]>>;

function refusalAlternatives(reason: RefusalCode, rules: RuleSet): Alternative[] {
  return reason in rules.refusals ? rules.refusals[reason as keyof RuleSet['refusals']].alternatives : ['milieustraat'];
}

/**
 * Judges one recognised, accepted item on its own: its condition and the size rules of its category (Decisions 2
 * and 3). Volume and the small-item rule depend on the other items and are judged per route by the planner.
 */
export function judgeAcceptedItem(
  draft: DraftItem,
  entry: AcceptedEntry,
  municipality: Municipality,
  rules: RuleSet,
): Verdict {
  const refuse = (reason: RefusalCode, limit?: RefusedItem['limit']): Verdict => ({
    kind: 'refused',
    item: {
      key: draft.key,
      catalogueId: entry.id,
      text: draft.text,
      quantity: draft.quantity,
      reason,
      alternatives: alternativesFor(reason, municipality, rules),
      ...(limit ? { limit } : {}),
    },
  });
  const conditions = draft.conditions ?? [];
  if (entry.category === 'mattress' && (conditions.includes('wet') || conditions.includes('dirty'))) {
    return refuse('wet_mattress');
  }
  const sizeProblem = checkSize(draft, entry, rules);
  if (sizeProblem) return refuse(sizeProblem.reason, sizeProblem.limit);
  return { kind: 'planned', item: plannedItem(draft, entry, rules), questions: questionsFor(draft, entry) };
}

type SizeProblem = { reason: RefusalCode; limit: { measuredM: number; maxM: number } };

function checkSize(draft: DraftItem, entry: AcceptedEntry, rules: RuleSet): SizeProblem | null {
  const { limits } = rules;
  const length = draft.lengthM;
  switch (entry.category) {
    case 'furniture':
    case 'mattress':
    case 'bed_parts':
      return null; // taken in one piece, whatever the size (Decision 2)
    case 'sunscreen':
    case 'radiator':
      return over(length, limits.sunscreenRadiatorMaxLengthM, 'piece_too_long');
    case 'pruning':
      return over(length, limits.branchBundleMaxLengthM, 'piece_too_long');
    case 'stump':
      return (
        over(length, limits.stumpMaxLengthM, 'stump_too_big') ??
        over(draft.widthM, limits.stumpMaxThicknessM, 'stump_too_big')
      );
    default:
      // A guideline: small overshoots are still taken (Decision 2).
      return over(
        length,
        limits.maxPieceLengthM * (1 + limits.guidelineTolerance),
        'piece_too_long',
        limits.maxPieceLengthM,
      );
  }
}

function over(measured: number | undefined, max: number, reason: RefusalCode, shownMax = max): SizeProblem | null {
  if (measured === undefined || measured <= max + 1e-9) return null;
  return { reason, limit: { measuredM: measured, maxM: shownMax } };
}

function plannedItem(draft: DraftItem, entry: AcceptedEntry, rules: RuleSet): PlannedItem {
  const { lengthM, widthM, heightM, weightKg } = draft;
  const measured = lengthM !== undefined && widthM !== undefined && heightM !== undefined;
  const unitWeightKg = weightKg ?? entry.typicalWeightKg;
  return {
    key: draft.key,
    catalogueId: entry.id,
    name: entry.name,
    category: entry.category,
    text: draft.text,
    quantity: draft.quantity,
    measurements: definedOnly({ lengthM, widthM, heightM, weightKg }),
    unitVolumeM3: roundM3(measured ? lengthM * widthM * heightM : entry.typicalVolumeM3),
    unitWeightKg,
    flags: entry.flags ?? {},
    notes: notesFor(draft, entry, unitWeightKg, rules),
  };
}

function notesFor(draft: DraftItem, entry: AcceptedEntry, unitWeightKg: number, rules: RuleSet): ItemNote[] {
  const notes: ItemNote[] = [];
  const exempt = entry.category === 'furniture' || entry.category === 'mattress' || entry.category === 'bed_parts';
  if (!exempt && draft.lengthM !== undefined && draft.lengthM > rules.limits.maxPieceLengthM + 1e-9) {
    notes.push('over_length_guideline');
  }
  if (unitWeightKg > rules.limits.maxPieceWeightKg) notes.push('heavy');
  if (entry.flags?.craneRisk || unitWeightKg > CRANE_WEIGHT_KG) notes.push('crane_possible');
  if (entry.flags?.heavyAppliance && draft.weightKg === undefined) notes.push('weight_unknown');
  return notes;
}

/** Sizes that decide a verdict and were not given: the engine asks for them. */
function questionsFor(draft: DraftItem, entry: AcceptedEntry): Question[] {
  const questions: Question[] = [];
  const lengthMatters =
    entry.category === 'sunscreen' ||
    entry.category === 'radiator' ||
    entry.category === 'pruning' ||
    entry.category === 'stump' ||
    (entry.category !== 'furniture' &&
      entry.category !== 'mattress' &&
      entry.category !== 'bed_parts' &&
      (entry.typicalLengthM ?? 0) >= 1.5);
  if (lengthMatters && draft.lengthM === undefined) questions.push({ code: 'length', key: draft.key });
  if ((entry.flags?.heavyAppliance || entry.flags?.craneRisk) && draft.weightKg === undefined) {
    questions.push({ code: 'weight', key: draft.key });
  }
  return questions;
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
