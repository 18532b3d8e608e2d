import type { CatalogueEntry } from '../types.ts';
import { furniture } from './furniture.ts';

/** The item catalogue: every thing residents offer, accepted (with its category) or refused (with its reason). */
export const catalogue: readonly CatalogueEntry[] = [...furniture];
