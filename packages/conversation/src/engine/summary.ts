import {
  formatHouseNumber,
  type Instruction,
  instructionText,
  itemLine,
  type Language,
  type Plan,
  planTexts,
  type RuleSet,
  refusalText,
  routeLabel,
  volumeText,
} from '@irado/kernel';
import { textsFor } from '../messages/index.ts';
import type { ConversationState } from '../state.ts';

/** Instructions that hold for every route; said once, not per route. */
const SHARED: Instruction['code'][] = ['put_out_window', 'collection_window', 'placement'];

/** The refused items with why and where to go instead, as a ● list. */
export function refusalLines(plan: Plan, language: Language, rules: RuleSet): string[] {
  return plan.refused.map((r) => `● **${itemLine(r, language, rules)}**: ${refusalText(r, language, rules)}`);
}

/** The contact and address as one line, for the summary. */
export function detailsLine(state: ConversationState): string {
  const { contact, address } = state;
  const street = address.check?.street ?? address.street;
  const house = address.houseNumber
    ? formatHouseNumber({ number: address.houseNumber, addition: address.addition })
    : '';
  const place = address.check?.city ?? address.city ?? state.municipality ?? '';
  const parts = [
    contact.name,
    [street, house].filter(Boolean).join(' '),
    [address.postcode, place].filter(Boolean).join(' '),
    contact.email,
    contact.phone,
  ];
  return parts.filter((p) => p && p.trim() !== '').join(', ');
}

/**
 * The summary before confirmation, rendered from the kernel's plan: per route its items and volume, the refused items
 * with their alternatives, the details, and how to put everything out. The model never writes this.
 */
export function renderSummary(
  state: ConversationState,
  plan: Plan,
  rules: RuleSet,
  sizeQuestion: string | null = null,
): string {
  const language = state.language;
  const t = textsFor(language);
  const lines: string[] = [t.summaryTitle, ''];
  for (const route of plan.routes) {
    lines.push(
      t.summaryRoute(
        routeLabel(route.route, language, rules),
        route.appointments.length,
        volumeText(route.volumeM3, route.capM3, language),
      ),
    );
    lines.push(...route.items.map((i) => `● ${itemLine(i, language, rules)}`));
    const specific = route.instructions.filter((i) => !SHARED.includes(i.code));
    lines.push(...specific.map((i) => `  ${instructionText(i, plan, language, rules)}`));
    lines.push('');
  }
  if (plan.refused.length > 0) lines.push(t.summaryRefused, ...refusalLines(plan, language, rules), '');
  lines.push(t.summaryDetails, detailsLine(state), '');
  const shared = plan.routes[0]?.instructions.filter((i) => SHARED.includes(i.code)) ?? [];
  lines.push(t.summaryHowTo, ...shared.map((i) => `● ${instructionText(i, plan, language, rules)}`));
  lines.push(`● ${datesLine(plan, language)}`, '');
  if (sizeQuestion) lines.push(sizeQuestion);
  lines.push(t.askConfirmation);
  return lines.join('\n');
}

function datesLine(plan: Plan, language: Language): string {
  return planTexts(language).datesFollow(plan.totalAppointments);
}
