import type { KnowledgeEntry } from '../types.ts';
import { alternativeEntries } from './alternatives.ts';
import { bookingEntries } from './booking.ts';
import { businessEntries } from './business.ts';
import { contactEntries } from './contact.ts';
import { gardenEntries } from './garden.ts';
import { generalEntries } from './general.ts';
import { huisraadEntries } from './huisraad.ts';
import { ijzerEaEntries } from './ijzer-ea.ts';
import { kcaAsbestosEntries } from './kca-asbestos.ts';
import { mattressEntries } from './mattresses.ts';
import { milieustraatEntries } from './milieustraat.ts';
import { putOutEntries } from './put-out.ts';
import { refusedEntries } from './refused.ts';
import { sizeEntries } from './sizes.ts';

/** Every curated entry, grouped by topic file. */
export const knowledgeEntries: readonly KnowledgeEntry[] = [
  ...generalEntries,
  ...bookingEntries,
  ...putOutEntries,
  ...sizeEntries,
  ...huisraadEntries,
  ...ijzerEaEntries,
  ...mattressEntries,
  ...gardenEntries,
  ...refusedEntries,
  ...kcaAsbestosEntries,
  ...milieustraatEntries,
  ...alternativeEntries,
  ...businessEntries,
  ...contactEntries,
];
