import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACCEPTED_CATEGORIES,
  type AcceptedCategory,
  ALTERNATIVES,
  type CatalogueEntry,
  type ItemFlags,
  LANGUAGES,
  REFUSAL_REASONS,
  type RefusalReason,
} from '../types.ts';
import { appliances, catalogue, furniture, garden, household, refused } from './index.ts';

/**
 * How the matcher compares words: lower case, no diacritics, Turkish dotless ı as i. Arabic hamza and vowel marks are
 * dropped and ta marbuta / alef maqsura folded too, because residents write those both ways.
 */
function normalise(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[\u0640\u064b-\u065f\u0670]/g, '')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}

function allTerms(entry: CatalogueEntry): string[] {
  return LANGUAGES.flatMap((language) => entry.terms[language] ?? []);
}

const byId = new Map(catalogue.map((entry) => [entry.id, entry]));

function entry(id: string): CatalogueEntry {
  const found = byId.get(id);
  assert.ok(found, `no catalogue entry "${id}"`);
  return found;
}

/** The entry a normalised term belongs to. */
const termIndex = new Map<string, string>();
for (const e of catalogue) for (const term of allTerms(e)) termIndex.set(normalise(term), e.id);

function idOfTerm(term: string): string | undefined {
  return termIndex.get(normalise(term));
}

function assertAccepted(id: string, category: AcceptedCategory, flags: (keyof ItemFlags)[] = []): void {
  const e = entry(id);
  assert.equal(e.kind, 'accepted', `${id} should be accepted`);
  assert.equal(e.kind === 'accepted' && e.category, category, `${id} should be ${category}`);
  for (const flag of flags) assert.equal(e.flags?.[flag], true, `${id} should have ${flag}`);
}

function assertRefused(id: string, reason: RefusalReason, flags: (keyof ItemFlags)[] = []): void {
  const e = entry(id);
  assert.equal(e.kind, 'refused', `${id} should be refused`);
  assert.equal(e.kind === 'refused' && e.reason, reason, `${id} should be refused as ${reason}`);
  for (const flag of flags) assert.equal(e.flags?.[flag], true, `${id} should have ${flag}`);
}

const REQUIRED_IDS = [
  'bank',
  'hoekbank',
  'fauteuil',
  'stoel',
  'eetkamerstoel',
  'bureaustoel',
  'tafel',
  'salontafel',
  'eettafel',
  'bureau',
  'kast',
  'kledingkast',
  'boekenkast',
  'dressoir',
  'ladekast',
  'tv_meubel',
  'bed',
  'matras',
  'boxspring',
  'bedombouw',
  'tuinstoel',
  'tuintafel',
  'tapijt',
  'vloerkleed',
  'laminaat',
  'zeil',
  'gordijnen',
  'kleding',
  'karton',
  'piepschuim',
  'deur',
  'raamkozijn',
  'schutting',
  'tuinhek',
  'spiegel',
  'aquarium',
  'glasplaat',
  'wasmachine',
  'droger',
  'vaatwasser',
  'koelkast',
  'vriezer',
  'magnetron',
  'oven',
  'gasfornuis',
  'kookplaat',
  'televisie',
  'computer',
  'printer',
  'stofzuiger',
  'waterkoker',
  'koffiezetapparaat',
  'strijkijzer',
  'fiets',
  'kinderfiets',
  'strijkplank',
  'barbecue',
  'droogrek',
  'bedspiraal',
  'radiator',
  'zonnescherm',
  'markies',
  'takken',
  'snoeiafval',
  'boomstronk',
  'haagafval',
  'kruik',
  'verlengsnoer',
  'verf',
  'accu',
  'batterij',
  'tl_buis',
  'tegels',
  'gipsplaten',
  'puin',
  'asbest',
  'golfplaten',
  'autoband',
  'brommer',
  'scooter',
  'scootmobiel',
  'aanhangwagen',
  'dakpannen',
  'graszoden',
  'zand',
  'grond',
  'satellietschotel',
  'wc_pot',
  'keukenblok',
  'dekbed',
  'kussen',
  'huisvuil',
  'e_bike_accu',
  'gasfles',
  'medicijnen',
];

describe('catalogue: shape', () => {
  it('has at least 220 entries, the concatenation of the five files', () => {
    assert.ok(catalogue.length >= 220, `only ${catalogue.length} entries`);
    assert.equal(
      catalogue.length,
      furniture.length + household.length + appliances.length + garden.length + refused.length,
    );
  });

  it('has unique, lower snake_case ids', () => {
    const seen = new Set<string>();
    for (const e of catalogue) {
      assert.match(e.id, /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, `bad id "${e.id}"`);
      assert.ok(!seen.has(e.id), `duplicate id "${e.id}"`);
      seen.add(e.id);
    }
  });

  it('contains every id other code depends on', () => {
    const missing = REQUIRED_IDS.filter((id) => !byId.has(id));
    assert.deepEqual(missing, []);
  });

  it('gives accepted entries a known category and refused entries a known reason', () => {
    for (const e of catalogue) {
      if (e.kind === 'accepted') {
        assert.ok((ACCEPTED_CATEGORIES as readonly string[]).includes(e.category), `${e.id}: category ${e.category}`);
        assert.ok(!('reason' in e), `${e.id}: an accepted entry has no reason`);
      } else {
        assert.equal(e.kind, 'refused', `${e.id}: kind`);
        assert.ok((REFUSAL_REASONS as readonly string[]).includes(e.reason), `${e.id}: reason ${e.reason}`);
        assert.ok(!('category' in e), `${e.id}: a refused entry has no category`);
      }
    }
  });

  it('never uses wet_mattress as an entry: wetness is a condition on the mattress', () => {
    assert.deepEqual(
      catalogue.filter((e) => e.kind === 'refused' && e.reason === 'wet_mattress').map((e) => e.id),
      [],
    );
  });

  it('gives overriding alternatives only from the known list, without repeats', () => {
    for (const e of catalogue) {
      if (e.kind !== 'refused' || e.alternatives === undefined) continue;
      assert.ok(e.alternatives.length > 0, `${e.id}: empty alternatives`);
      assert.equal(new Set(e.alternatives).size, e.alternatives.length, `${e.id}: repeated alternative`);
      for (const a of e.alternatives)
        assert.ok((ALTERNATIVES as readonly string[]).includes(a), `${e.id}: alternative ${a}`);
    }
  });

  it('covers every accepted category and every refusal reason except wet_mattress', () => {
    const categories = new Set(catalogue.flatMap((e) => (e.kind === 'accepted' ? [e.category] : [])));
    assert.deepEqual(
      ACCEPTED_CATEGORIES.filter((c) => !categories.has(c)),
      [],
    );
    const reasons = new Set(catalogue.flatMap((e) => (e.kind === 'refused' ? [e.reason] : [])));
    assert.deepEqual(
      REFUSAL_REASONS.filter((r) => r !== 'wet_mattress' && !reasons.has(r)),
      [],
    );
  });

  it('keeps each file to its own kind of item', () => {
    const acceptedOnly = (entries: CatalogueEntry[]) => entries.every((e) => e.kind === 'accepted');
    assert.ok(acceptedOnly(furniture) && acceptedOnly(household) && acceptedOnly(appliances) && acceptedOnly(garden));
    assert.ok(refused.every((e) => e.kind === 'refused'));
    assert.ok(garden.every((e) => e.kind === 'accepted' && (e.category === 'pruning' || e.category === 'stump')));
  });
});

describe('catalogue: terms', () => {
  it('gives every entry Dutch and English terms and a display name in both', () => {
    for (const e of catalogue) {
      assert.ok(e.terms.nl.length > 0, `${e.id}: no Dutch terms`);
      assert.ok(e.terms.en.length > 0, `${e.id}: no English terms`);
      assert.ok(e.name.nl.trim() && e.name.en.trim(), `${e.id}: empty name`);
    }
  });

  it('writes terms in lower case, trimmed, non-empty, with single spaces', () => {
    for (const e of catalogue) {
      for (const term of allTerms(e)) {
        assert.equal(term, term.toLowerCase(), `${e.id}: "${term}" is not lower case`);
        assert.equal(term, term.trim(), `${e.id}: "${term}" has outer spaces`);
        assert.ok(term.length > 0, `${e.id}: empty term`);
        assert.ok(!/\s{2,}/.test(term), `${e.id}: "${term}" has double spaces`);
        assert.ok(!/[<>"()]/.test(term), `${e.id}: "${term}" has characters the chat refuses or brackets`);
      }
    }
  });

  it('gives each term to exactly one entry, once, after removing diacritics', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of catalogue) {
      for (const term of allTerms(e)) {
        const key = normalise(term);
        const owner = owners.get(key);
        if (owner !== undefined) clashes.push(`"${term}" in ${owner} and ${e.id}`);
        else owners.set(key, e.id);
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('lets the Dutch display name be found as a term of its own entry', () => {
    const unfound = catalogue
      .filter((e) => termIndex.get(normalise(e.name.nl.replace(/\s*\(.*\)$/, ''))) !== e.id)
      .map((e) => `${e.id}: "${e.name.nl}"`);
    assert.deepEqual(unfound, []);
  });

  it('finds synonyms, compounds and misspellings residents type', () => {
    const expected: Record<string, string> = {
      driezitsbank: 'bank',
      '3-zitsbank': 'bank',
      bankstel: 'bank',
      sofa: 'bank',
      couch: 'bank',
      hoeksalon: 'hoekbank',
      'corner sofa': 'hoekbank',
      eenpersoonsbed: 'bed',
      tweepersoonsbed: 'bed',
      matrasen: 'matras',
      topdekmatras: 'topper',
      'tv-meubel': 'tv_meubel',
      'tv kast': 'tv_meubel',
      wasmachien: 'wasmachine',
      wasmasjien: 'wasmachine',
      koelkas: 'koelkast',
      tafelkoelkast: 'koelkast',
      'koel-vriescombinatie': 'koelkast',
      'amerikaanse koelkast': 'amerikaanse_koelkast',
      magnetrom: 'magnetron',
      fornuis: 'gasfornuis',
      teevee: 'televisie',
      tv: 'televisie',
      uitvalscherm: 'zonnescherm',
      schrootjes: 'schroten',
      schroot: 'oud_ijzer',
      bielzen: 'biels',
      'boxspring onderstel': 'boxspring',
      verhuisdozen: 'karton',
      stekkerdoos: 'verlengsnoer',
      startkabels: 'kabel',
      'e-bike accu': 'e_bike_accu',
      'e-bike': 'e_bike',
      fietswrak: 'fiets',
      brandblusser: 'brandblusser',
      injectienaald: 'injectienaald',
      kruikje: 'kruik',
      'hot water bottle': 'kruik',
      'washing machine': 'wasmachine',
      fridge: 'koelkast',
      wardrobe: 'kledingkast',
    };
    const wrong = Object.entries(expected).filter(([term, id]) => idOfTerm(term) !== id);
    assert.deepEqual(wrong, []);
  });

  it('finds Turkish terms with or without their diacritics, and Arabic terms', () => {
    const expected: Record<string, string> = {
      gardırop: 'kledingkast',
      gardirop: 'kledingkast',
      kanepe: 'bank',
      koltuk: 'fauteuil',
      buzdolabı: 'koelkast',
      buzdolabi: 'koelkast',
      'çamaşır makinesi': 'wasmachine',
      'camasir makinesi': 'wasmachine',
      yatak: 'matras',
      masa: 'tafel',
      sandalye: 'stoel',
      dolap: 'kast',
      bisiklet: 'fiets',
      mikrodalga: 'magnetron',
      fırın: 'oven',
      televizyon: 'televisie',
      ثلاجة: 'koelkast',
      غسالة: 'wasmachine',
      كنبة: 'bank',
      سرير: 'bed',
      مرتبة: 'matras',
    };
    for (const [term, id] of Object.entries(expected)) assert.equal(idOfTerm(term), id, `"${term}"`);
  });

  it('has Turkish terms for at least 40 entries and Arabic terms for at least 25', () => {
    assert.ok(catalogue.filter((e) => (e.terms.tr ?? []).length > 0).length >= 40);
    assert.ok(catalogue.filter((e) => (e.terms.ar ?? []).length > 0).length >= 25);
  });

  it('does not use words that occur in ordinary sentences as terms', () => {
    const stopWords = [
      'in',
      'ja',
      'nee',
      'de',
      'het',
      'een',
      'en',
      'op',
      'van',
      'met',
      'the',
      'a',
      'and',
      'yes',
      'no',
      'afval',
      'waste',
    ];
    const stopWordTerms = [
      'hout',
      'glas',
      'metaal',
      'plastic',
      'doos',
      'dozen',
      'zak',
      'zakken',
      'bad',
      'box',
      'auto',
      'motor',
    ];
    for (const word of [...stopWords, ...stopWordTerms]) assert.equal(idOfTerm(word), undefined, `"${word}" is a term`);
  });
});

describe('catalogue: sizes and weights', () => {
  it('gives every entry a positive volume and weight, and a positive length where given', () => {
    for (const e of catalogue) {
      assert.ok(Number.isFinite(e.typicalVolumeM3) && e.typicalVolumeM3 > 0, `${e.id}: volume`);
      assert.ok(Number.isFinite(e.typicalWeightKg) && e.typicalWeightKg > 0, `${e.id}: weight`);
      if (e.typicalLengthM !== undefined) assert.ok(e.typicalLengthM > 0, `${e.id}: length`);
    }
  });

  it('keeps accepted pieces modest: one piece at most 1.5 m³ (a corner sofa)', () => {
    for (const e of catalogue) {
      if (e.kind === 'accepted') assert.ok(e.typicalVolumeM3 <= 1.5, `${e.id}: ${e.typicalVolumeM3} m³`);
    }
  });

  it('keeps an armchair, two dining chairs and a coffee table well under 1 m³', () => {
    const total =
      entry('fauteuil').typicalVolumeM3 +
      2 * entry('eetkamerstoel').typicalVolumeM3 +
      entry('salontafel').typicalVolumeM3;
    assert.ok(total <= 0.8, `${total} m³`);
  });

  it('keeps the typical sizes within the category limits (Decisions 2 and 3)', () => {
    for (const e of catalogue) {
      if (e.kind !== 'accepted' || e.typicalLengthM === undefined) continue;
      if (e.category === 'sunscreen' || e.category === 'radiator') assert.ok(e.typicalLengthM <= 2, e.id);
      if (e.category === 'pruning') assert.ok(e.typicalLengthM <= 1.8, e.id);
      if (e.category === 'stump') assert.ok(e.typicalLengthM <= 0.5, e.id);
    }
  });

  it('flags as small only what is smaller than 30 × 30 × 30 cm and lighter than 5 kg', () => {
    for (const e of catalogue) {
      if (!e.flags?.small) continue;
      assert.equal(e.kind, 'accepted', `${e.id}: a small refused item needs no flag`);
      assert.ok(e.typicalVolumeM3 <= 0.027 && e.typicalWeightKg < 5, `${e.id} is not small`);
      assert.ok(e.typicalLengthM === undefined || e.typicalLengthM <= 0.3, `${e.id} is too long to be small`);
    }
  });

  it('gives realistic weights to the appliances that most often fail at pickup', () => {
    assert.ok(entry('wasmachine').typicalWeightKg >= 60);
    assert.ok(entry('gasfornuis').typicalWeightKg >= 40);
    assert.ok(entry('koelkast').typicalWeightKg >= 40);
    assert.ok(entry('oven').typicalWeightKg >= 30);
  });
});

describe('catalogue: flags', () => {
  it('requires every mattress to be dry', () => {
    for (const e of catalogue) {
      if (e.kind === 'accepted' && e.category === 'mattress') assert.equal(e.flags?.mustBeDry, true, e.id);
    }
  });

  it('marks every large appliance as a heavy appliance', () => {
    for (const e of catalogue) {
      if (e.kind === 'accepted' && e.category === 'large_appliance') assert.equal(e.flags?.heavyAppliance, true, e.id);
    }
  });

  it('uses mustBeEmpty only on fridges and freezers, mustBeUnlocked only on bicycles', () => {
    for (const e of catalogue) {
      if (e.flags?.mustBeEmpty) assert.ok(e.kind === 'accepted' && e.category === 'large_appliance', e.id);
      if (e.flags?.mustBeUnlocked) assert.ok(e.kind === 'accepted' && /fiets|bike/.test(`${e.id} ${e.name.nl}`), e.id);
    }
    for (const id of ['koelkast', 'vriezer', 'amerikaanse_koelkast', 'vrieskist'])
      assertAccepted(id, 'large_appliance', ['mustBeEmpty']);
  });

  it('flags possible asbestos only on refused asbestos entries', () => {
    for (const e of catalogue) {
      if (e.flags?.possibleAsbestos) assert.ok(e.kind === 'refused' && e.reason === 'asbestos', e.id);
    }
  });

  it('bundles branches and prunings, but never asks to bundle a stump', () => {
    for (const id of ['takken', 'snoeiafval', 'haagafval', 'laminaat', 'karton', 'schroten']) {
      assert.equal(entry(id).flags?.mustBeBundled, true, id);
    }
    for (const e of catalogue) {
      if (e.kind === 'accepted' && e.category === 'stump') assert.ok(!e.flags?.mustBeBundled, e.id);
    }
  });

  it('flags glass to be taped and cardboard to be flattened', () => {
    for (const e of catalogue) {
      if (e.kind === 'accepted' && e.category === 'glass') assert.equal(e.flags?.tapeGlass, true, e.id);
    }
    assertAccepted('karton', 'packaging', ['flatten', 'mustBeBundled']);
  });
});

describe('catalogue: categories and reasons from the rules (§2.2, §3, §4)', () => {
  it('keeps boxspring and bed-frame parts apart from mattresses', () => {
    assertAccepted('boxspring', 'bed_parts');
    assertAccepted('bedombouw', 'bed_parts');
    assertAccepted('matras', 'mattress', ['mustBeDry']);
    assertAccepted('topper', 'mattress', ['mustBeDry']);
  });

  it('puts bicycles, ironing boards, office chairs, barbecues, drying racks and bed springs on metal', () => {
    assertAccepted('fiets', 'metal', ['mustBeUnlocked']);
    assertAccepted('kinderfiets', 'metal', ['mustBeUnlocked']);
    for (const id of ['strijkplank', 'bureaustoel', 'barbecue', 'droogrek', 'bedspiraal']) assertAccepted(id, 'metal');
  });

  it('puts everything with a plug on the electrical categories', () => {
    for (const id of ['wasmachine', 'droger', 'vaatwasser', 'koelkast', 'vriezer', 'oven', 'gasfornuis']) {
      assertAccepted(id, 'large_appliance', ['heavyAppliance']);
    }
    for (const id of [
      'magnetron',
      'kookplaat',
      'televisie',
      'computer',
      'printer',
      'stofzuiger',
      'koffiezetapparaat',
    ]) {
      assertAccepted(id, 'electrical');
    }
    for (const id of ['waterkoker', 'strijkijzer', 'haardroger', 'telefoon', 'oplader'])
      assertAccepted(id, 'electrical', ['small']);
  });

  it('treats garden furniture as furniture and fences, gates and sleepers as garden wood', () => {
    assertAccepted('tuinstoel', 'furniture');
    assertAccepted('tuintafel', 'furniture');
    for (const id of ['schutting', 'tuinhek', 'biels', 'vlonder', 'tuinhuisje']) assertAccepted(id, 'garden_wood');
    assertAccepted('schroten', 'wall_panelling', ['mustBeBundled']);
  });

  it('flags the very heavy pieces for the crane truck', () => {
    for (const id of ['piano', 'hoekbank', 'amerikaanse_koelkast', 'vrieskist', 'biels']) {
      assert.equal(entry(id).flags?.craneRisk, true, id);
    }
    assertAccepted('piano', 'furniture', ['craneRisk']);
  });

  it('sorts branches, hedge clippings and stumps apart', () => {
    assertAccepted('takken', 'pruning');
    assertAccepted('haagafval', 'pruning');
    assertAccepted('boomstronk', 'stump');
  });

  it('takes sun screens and radiators on their own categories', () => {
    assertAccepted('zonnescherm', 'sunscreen');
    assertAccepted('markies', 'sunscreen');
    assertAccepted('radiator', 'radiator');
  });

  it('accepts a hot-water bottle as a small household item (the kruikje rule)', () => {
    assertAccepted('kruik', 'household', ['small']);
  });

  it('refuses what is never grofvuil, with the matching reason', () => {
    assertRefused('verf', 'kca');
    assertRefused('accu', 'kca');
    assertRefused('batterij', 'kca');
    assertRefused('tl_buis', 'kca');
    assertRefused('golfplaten', 'asbestos', ['possibleAsbestos']);
    assertRefused('asbest', 'asbestos', ['possibleAsbestos']);
    assertRefused('medicijnen', 'medicine');
    assertRefused('injectienaald', 'medicine');
    assertRefused('verlengsnoer', 'not_ewaste');
    assertRefused('wc_pot', 'renovation');
    assertRefused('keukenblok', 'renovation');
    assertRefused('tegels', 'renovation');
    assertRefused('gipsplaten', 'rubble');
    assertRefused('puin', 'rubble');
    assertRefused('autoband', 'tyres');
    for (const id of ['brommer', 'scooter', 'scootmobiel', 'aanhangwagen']) assertRefused(id, 'vehicle');
    assertRefused('parasolvoet', 'concrete');
    assertRefused('betonnen_bloembak', 'concrete');
    assertRefused('dakpannen', 'roofing');
    for (const id of ['grond', 'zand', 'graszoden']) assertRefused(id, 'soil');
    assertRefused('satellietschotel', 'satellite_dish');
    assertRefused('dekbed', 'bedding');
    assertRefused('kussen', 'bedding');
    assertRefused('e_bike_accu', 'lithium_battery');
    assertRefused('gasfles', 'gas_cylinder');
    assertRefused('huisvuil', 'restafval');
  });

  it('keeps the ordinary bicycle apart from mopeds and scooters', () => {
    assert.equal(idOfTerm('fiets'), 'fiets');
    assert.equal(idOfTerm('bromfiets'), 'brommer');
    assert.equal(idOfTerm('scooter'), 'scooter');
    assert.equal(idOfTerm('kick scooter'), 'kinderstep');
  });
});
