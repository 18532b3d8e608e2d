import type { CatalogueEntry } from '../types.ts';

/** Furniture, beds and mattresses. Furniture and mattresses are taken in one piece, whatever their size (Decision 2). */
export const furniture: CatalogueEntry[] = [
  {
    id: 'bank',
    kind: 'accepted',
    category: 'furniture',
    name: { nl: 'bank', en: 'sofa' },
    terms: {
      nl: ['bank', 'banken', 'bankje', 'sofa', "sofa's", 'zitbank', 'bankstel', 'bankstellen', 'couch'],
      en: ['sofa', 'sofas', 'couch', 'couches', 'settee'],
      tr: ['kanepe', 'koltuk takımı'],
      ar: ['كنبة', 'أريكة'],
    },
    typicalVolumeM3: 0.9,
    typicalWeightKg: 40,
    typicalLengthM: 2,
  },
  {
    id: 'matras',
    kind: 'accepted',
    category: 'mattress',
    name: { nl: 'matras', en: 'mattress' },
    terms: {
      nl: ['matras', 'matrassen', 'matrasje', 'matrasen', 'eenpersoonsmatras', 'tweepersoonsmatras', 'topper', 'topdekmatras'],
      en: ['mattress', 'mattresses', 'matress', 'topper', 'mattress topper'],
      tr: ['yatak', 'şilte'],
      ar: ['مرتبة', 'فرشة'],
    },
    typicalVolumeM3: 0.4,
    typicalWeightKg: 20,
    typicalLengthM: 2,
    flags: { mustBeDry: true },
  },
];
