import type { RuleSet } from './rule-set.ts';
import { rules2025_08 } from './rules-2025-08.ts';

export type * from './rule-set.ts';

/** The rule set in force. A new version is a new file; requests store the version they were planned with. */
export const currentRules: RuleSet = rules2025_08;

/** Every rule set by version, so a stored request can be re-rendered with the rules it was planned with. */
export const ruleSets: Readonly<Record<string, RuleSet>> = { [rules2025_08.version]: rules2025_08 };
