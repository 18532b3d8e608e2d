/** Sentences several entries share, built from the rule data. */
import type { Municipality, MunicipalityRules, Pages, RuleSet } from '@irado/kernel';
import { eur, type Lang, m3, weeks } from '../format.ts';
import type { KnowledgeEntry } from '../types.ts';

/** Typed identity: lets entry files be plain arrays with checked fields. */
export const entries = (list: KnowledgeEntry[]): KnowledgeEntry[] => list;

/** A fixed page of `RuleSet.pages`, for entries whose link does not depend on the municipality. */
export const page = (name: keyof Pages) => (rules: RuleSet) => rules.pages[name];

/** Customer service as one phrase: phone with hours, and e-mail. */
export function customerService(rules: RuleSet, lang: Lang): string {
  const c = rules.contacts.customerService;
  return lang === 'nl' ? `${c.phone} (${c.hours.nl}) of ${c.email}` : `${c.phone} (${c.hours.en}) or ${c.email}`;
}

/** Address, hours and access of one milieustraat. */
export function milieustraatLine(m: MunicipalityRules, lang: Lang): string {
  const s = m.milieustraat;
  return `${s.address}, ${s.openingHours[lang]}, ${s.access[lang]}`;
}

/** The volume limit per appointment, with its hint. */
export function volumeLimit(m: MunicipalityRules, lang: Lang): string {
  if (m.volumeCapM3 === null) return lang === 'nl' ? 'geen maximum per afspraak' : 'no maximum per appointment';
  const hint = m.volumeCapHint ? ` (${m.volumeCapHint[lang]})` : '';
  return lang === 'nl'
    ? `maximaal ${m3(lang, m.volumeCapM3)} per afspraak${hint}`
    : `at most ${m3(lang, m.volumeCapM3)} per appointment${hint}`;
}

/** True where mattresses travel with Huisraad (Capelle aan den IJssel, Decision 10). */
export function mattressWithHuisraad(rules: RuleSet, m: MunicipalityRules): boolean {
  return (m.routeOverrides.mattress ?? rules.defaultRoutes.mattress) === 'HUISRAAD';
}

/** Municipality names where `test` holds, in rule-data order. */
export function municipalitiesWhere(rules: RuleSet, test: (m: MunicipalityRules) => boolean): Municipality[] {
  return Object.values(rules.municipalities)
    .filter(test)
    .map((m) => m.name);
}

/** Minimum waiting time. */
export function waitingTime(m: MunicipalityRules, lang: Lang): string {
  return lang === 'nl' ? `minstens ${weeks('nl', m.waitingTimeWeeks)}` : `at least ${weeks('en', m.waitingTimeWeeks)}`;
}

/** Big Bag prices as one phrase. */
export function bigBagPrices(rules: RuleSet, lang: Lang): string {
  const { bigBagSteenEur, bigBagAllesEur } = rules.prices;
  return lang === 'nl'
    ? `Big Bag Steen ${eur('nl', bigBagSteenEur)} (schoon puin), Big Bag Alles ${eur('nl', bigBagAllesEur)} (bouw- en sloopafval)`
    : `Big Bag Steen ${eur('en', bigBagSteenEur)} (clean rubble), Big Bag Alles ${eur('en', bigBagAllesEur)} (building and demolition waste)`;
}

/** The smallest bouwcontainer price, for "from €…" phrases. */
export function containerFromEur(rules: RuleSet): number {
  return Math.min(
    ...rules.bouwcontainers.sizes.flatMap((s) => [s.puinEur ?? Number.POSITIVE_INFINITY, s.bouwSloopEur]),
  );
}

/** What differs in one municipality, in one line: volume cap, mattress route, waiting time, KGA home pickup. */
export function municipalityLine(rules: RuleSet, m: MunicipalityRules, lang: 'nl' | 'en'): string {
  const mattress = mattressWithHuisraad(rules, m);
  return lang === 'nl'
    ? `${volumeLimit(m, 'nl')}; matrassen ${mattress ? 'mee met Huisraad' : 'met een eigen afspraak'}; wachttijd ${waitingTime(m, 'nl')}; klein chemisch afval ${m.kgaHomePickup ? 'kan thuis worden opgehaald' : 'brengt u zelf naar de milieustraat'}`
    : `${volumeLimit(m, 'en')}; mattresses ${mattress ? 'go with Huisraad' : 'need their own appointment'}; waiting time ${waitingTime(m, 'en')}; small chemical waste ${m.kgaHomePickup ? 'can be collected at home' : 'is not collected at home (take it to the milieustraat)'}`;
}
