import {
  formatMetres,
  itemName,
  MUNICIPALITIES,
  type Municipality,
  matchItems,
  planRequest,
  refusalText,
  routeLabel,
} from '@irado/kernel';
import { textsFor } from '../messages/index.ts';
import type { ConversationState } from '../state.ts';
import type { EnginePorts, KnowledgeAnswer } from './ports.ts';

const TAKEN_WHOLE = new Set(['furniture', 'mattress', 'bed_parts']);

/**
 * Answers "mag een bankstel bij het grofvuil?" from the kernel itself when the knowledge base has no entry: for each
 * item named, whether it goes and on which route (per municipality where that differs), or why not and where to go
 * instead. The kernel decides, so the answer can never contradict a booking.
 */
export function answerAboutItems(
  question: string,
  state: ConversationState,
  ports: EnginePorts,
): KnowledgeAnswer | null {
  const { rules } = ports;
  const language = state.language;
  const t = textsFor(language);
  const items = matchItems(question, language, rules.catalogue).filter((i) => i.catalogueId !== null);
  if (items.length === 0) return null;
  const municipalities: Municipality[] = state.municipality ? [state.municipality] : [...MUNICIPALITIES];
  const plans = municipalities.map((municipality) => ({
    municipality,
    plan: planRequest({ municipality, items }, rules),
  }));
  const lines: string[] = [];
  let takenWhole = false;
  for (const item of items) {
    const refused = plans[0]?.plan.refused.find((r) => r.key === item.key);
    if (refused) {
      lines.push(`${itemName(refused, language, rules)}: ${refusalText(refused, language, rules)}`);
      continue;
    }
    const routes = plans.map(({ municipality, plan }) => ({
      municipality,
      route: plan.routes.find((r) => r.items.some((i) => i.key === item.key)),
    }));
    const name = itemName(item, language, rules);
    const distinct = new Set(routes.map((r) => r.route?.route));
    if (distinct.size === 1) {
      const route = routes[0]?.route;
      if (route) lines.push(t.itemAccepted(name, routeLabel(route.route, language, rules)));
    } else {
      const perMunicipality = routes
        .filter((r) => r.route)
        .map((r) => `${r.municipality}: ${routeLabel(r.route?.route ?? 'HUISRAAD', language, rules)}`)
        .join('; ');
      lines.push(t.itemAcceptedPerMunicipality(name, perMunicipality));
    }
    const category = routes[0]?.route?.items.find((i) => i.key === item.key)?.category;
    if (category && TAKEN_WHOLE.has(category)) takenWhole = true;
  }
  if (takenWhole) lines.push(t.itemTakenWhole(formatMetres(rules.limits.maxPieceLengthM, language)));
  return lines.length > 0 ? { text: lines.join('\n') } : null;
}
