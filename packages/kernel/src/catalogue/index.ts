import type { CatalogueEntry } from '../types.ts';
import { appliances } from './appliances.ts';
import { furniture } from './furniture.ts';
import { garden } from './garden.ts';
import { household } from './household.ts';
import { refused } from './refused.ts';

export { appliances, furniture, garden, household, refused };

/** The item catalogue: every thing residents offer, accepted (with its category) or refused (with its reason). */
export const catalogue: readonly CatalogueEntry[] = [...furniture, ...household, ...appliances, ...garden, ...refused];
