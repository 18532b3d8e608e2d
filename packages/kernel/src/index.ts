/**
 * @irado/kernel — Irado's grofvuil rules as data and pure functions. No I/O, no clock, no randomness: the same draft
 * and rule set always give the same plan.
 */
export * from './address/address.ts';
export * from './address/classify-address.ts';
export { catalogue } from './catalogue/index.ts';
export { matchItems } from './match-items.ts';
export { alternativesFor } from './plan/judge-item.ts';
export type * from './plan/plan.types.ts';
export { planRequest } from './plan/plan-request.ts';
export * from './render/render-plan.ts';
export type { PlanTexts } from './render/texts-nl-en.ts';
export * from './request.ts';
export { allowedRoutes, findEntry, inYearlyPeriods, municipalityForPostcode, routeFor } from './routing.ts';
export { currentRules, ruleSets } from './rules/index.ts';
export type * from './rules/rule-set.ts';
export { localized } from './rules/rule-set.ts';
export { normalizeText, tokenize } from './text.ts';
export * from './types.ts';
