import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentRules as rules } from '../rules/index.ts';
import type { DraftItem, Municipality, RouteCode } from '../types.ts';
import type { Plan } from './plan.types.ts';
import { planRequest } from './plan-request.ts';

let keySeq = 0;
/** A draft line for a catalogue id; `text` defaults to the id. */
function item(catalogueId: string | null, extra: Partial<DraftItem> = {}): DraftItem {
  keySeq += 1;
  return { key: `k${keySeq}`, catalogueId, text: catalogueId ?? 'iets', quantity: 1, ...extra };
}

function plan(municipality: Municipality, items: DraftItem[], date?: string): Plan {
  return planRequest({ municipality, items, ...(date ? { date } : {}) });
}

function routesOf(p: Plan): Record<string, string[]> {
  return Object.fromEntries(p.routes.map((r) => [r.route, r.items.map((i) => i.catalogueId)]));
}

function refusal(p: Plan, catalogueId: string) {
  const refused = p.refused.find((r) => r.catalogueId === catalogueId);
  assert.ok(refused, `${catalogueId} should be refused`);
  return refused;
}

function instructionCodes(p: Plan, route: RouteCode): string[] {
  return p.routes.find((r) => r.route === route)?.instructions.map((i) => i.code) ?? [];
}

describe('planRequest: routes per municipality (Decision 10)', () => {
  it('splits a mattress and a table over two routes in Schiedam', () => {
    const p = plan('Schiedam', [item('matras'), item('tafel')]);
    assert.deepEqual(routesOf(p), { HUISRAAD: ['tafel'], IJZER_EA_MATRASSEN: ['matras'] });
    assert.equal(p.totalAppointments, 2);
  });

  it('splits a mattress and a table over two routes in Vlaardingen', () => {
    assert.deepEqual(routesOf(plan('Vlaardingen', [item('matras'), item('tafel')])), {
      HUISRAAD: ['tafel'],
      IJZER_EA_MATRASSEN: ['matras'],
    });
  });

  it('puts a mattress with the Huisraad in Capelle aan den IJssel: one route', () => {
    const p = plan('Capelle aan den IJssel', [item('matras'), item('tafel')]);
    assert.deepEqual(routesOf(p), { HUISRAAD: ['matras', 'tafel'] });
    assert.equal(p.totalAppointments, 1);
  });

  it('treats a boxspring as Huisraad, not as a mattress', () => {
    assert.deepEqual(routesOf(plan('Schiedam', [item('boxspring')])), { HUISRAAD: ['boxspring'] });
  });

  it('puts appliances, metal, sun screens and radiators on IJzer/EA/Matrassen', () => {
    const p = plan('Vlaardingen', [
      item('wasmachine'),
      item('fiets'),
      item('radiator'),
      item('zonnescherm'),
      item('magnetron'),
    ]);
    assert.deepEqual(routesOf(p), {
      IJZER_EA_MATRASSEN: ['wasmachine', 'fiets', 'radiator', 'zonnescherm', 'magnetron'],
    });
  });

  it('tells the resident that only this route goes out on its date when there are several routes', () => {
    const p = plan('Schiedam', [item('matras'), item('tafel')]);
    const huisraad = p.routes.find((r) => r.route === 'HUISRAAD');
    assert.deepEqual(
      huisraad?.instructions.find((i) => i.code === 'only_this_route'),
      { code: 'only_this_route', route: 'HUISRAAD', otherRoutes: ['IJZER_EA_MATRASSEN'] },
    );
    assert.ok(!instructionCodes(plan('Schiedam', [item('tafel')]), 'HUISRAAD').includes('only_this_route'));
  });
});

describe('planRequest: refused items and their alternatives (§4)', () => {
  it('refuses paint with the KGA alternatives, home pickup only where Irado offers it (Decision 8)', () => {
    assert.deepEqual(refusal(plan('Schiedam', [item('verf')]), 'verf').alternatives, [
      'kga_dropoff',
      'kga_home_pickup',
    ]);
    assert.deepEqual(refusal(plan('Capelle aan den IJssel', [item('accu')]), 'accu').alternatives, ['kga_dropoff']);
  });

  it('refuses asbestos and possible asbestos with the asbestos procedure', () => {
    const p = plan('Schiedam', [item('asbest'), item('golfplaten')]);
    assert.equal(refusal(p, 'asbest').reason, 'asbestos');
    assert.equal(refusal(p, 'golfplaten').reason, 'asbestos');
    assert.ok(refusal(p, 'golfplaten').alternatives.includes('asbestos_procedure'));
    assert.equal(p.bookable, false);
  });

  it('refuses renovation waste with Big Bag and bouwcontainer, and still plans the cupboard', () => {
    const p = plan('Schiedam', [item('tegels'), item('gipsplaten'), item('puin'), item('kledingkast')]);
    assert.deepEqual(routesOf(p), { HUISRAAD: ['kledingkast'] });
    for (const id of ['tegels', 'gipsplaten', 'puin']) {
      const alternatives = refusal(p, id).alternatives;
      assert.ok(alternatives.includes('big_bag') && alternatives.includes('bouwcontainer'), `${id}: ${alternatives}`);
    }
    assert.equal(p.bookable, true);
  });

  it('refuses mopeds and scooters but takes an ordinary bicycle', () => {
    const p = plan('Schiedam', [item('brommer'), item('scooter'), item('fiets')]);
    assert.equal(refusal(p, 'brommer').reason, 'vehicle');
    assert.equal(refusal(p, 'scooter').reason, 'vehicle');
    assert.deepEqual(routesOf(p), { IJZER_EA_MATRASSEN: ['fiets'] });
    assert.ok(instructionCodes(p, 'IJZER_EA_MATRASSEN').includes('unlocked'));
  });

  it('refuses a wet or dirty mattress: only dry mattresses can be recycled', () => {
    const p = plan('Schiedam', [item('matras', { conditions: ['wet'] })]);
    assert.equal(refusal(p, 'matras').reason, 'wet_mattress');
    assert.equal(p.routes.length, 0);
    assert.equal(
      refusal(plan('Vlaardingen', [item('matras', { conditions: ['dirty'] })]), 'matras').reason,
      'wet_mattress',
    );
  });

  it('refuses tyres, soil, roof tiles and satellite dishes', () => {
    const p = plan('Vlaardingen', [item('autoband'), item('zand'), item('dakpannen'), item('satellietschotel')]);
    assert.deepEqual(
      p.refused.map((r) => r.reason),
      ['tyres', 'soil', 'roofing', 'satellite_dish'],
    );
  });
});

describe('planRequest: sizes and weights (Decisions 2 and 3)', () => {
  it('takes furniture and mattresses in one piece, whatever their length', () => {
    const p = plan('Capelle aan den IJssel', [item('bank', { lengthM: 2.6 }), item('matras', { lengthM: 2.1 })]);
    assert.equal(p.refused.length, 0);
    assert.deepEqual(routesOf(p), { HUISRAAD: ['bank', 'matras'] });
  });

  it('refuses a sun screen over 2 m and takes a radiator of 1.9 m', () => {
    const p = plan('Vlaardingen', [item('radiator', { lengthM: 1.9 }), item('zonnescherm', { lengthM: 2.1 })]);
    assert.deepEqual(routesOf(p), { IJZER_EA_MATRASSEN: ['radiator'] });
    assert.deepEqual(refusal(p, 'zonnescherm').limit, { measuredM: 2.1, maxM: 2 });
    assert.equal(refusal(p, 'zonnescherm').reason, 'piece_too_long');
    assert.equal(plan('Vlaardingen', [item('zonnescherm', { lengthM: 2 })]).refused.length, 0);
  });

  it('accepts a small overshoot of 1.80 m with a note, and refuses a clearly too long piece with sawing advice', () => {
    const door = plan('Schiedam', [item('deur', { lengthM: 2.01 }), item('tafel')]);
    assert.equal(door.refused.length, 0);
    assert.ok(door.routes[0]?.items.find((i) => i.catalogueId === 'deur')?.notes.includes('over_length_guideline'));
    const plank = plan('Schiedam', [item('schutting', { lengthM: 2.5 })]);
    assert.equal(refusal(plank, 'schutting').reason, 'piece_too_long');
    assert.deepEqual(refusal(plank, 'schutting').alternatives, ['saw_to_size', 'milieustraat']);
  });

  it('takes bundles of branches up to 1.80 m and stumps up to 50 × 25 cm', () => {
    const ok = plan('Capelle aan den IJssel', [
      item('takken', { quantity: 3, lengthM: 1.5 }),
      item('boomstronk', { lengthM: 0.4, widthM: 0.2 }),
    ]);
    assert.deepEqual(routesOf(ok), { TUIN_SNOEIAFVAL: ['takken', 'boomstronk'] });
    const tooBig = plan('Capelle aan den IJssel', [
      item('takken', { lengthM: 2.2 }),
      item('boomstronk', { lengthM: 0.6 }),
      item('boomstronk', { lengthM: 0.4, widthM: 0.3 }),
    ]);
    assert.deepEqual(
      tooBig.refused.map((r) => r.reason),
      ['piece_too_long', 'stump_too_big', 'stump_too_big'],
    );
  });

  it('never refuses on weight, but asks for it and warns planning of heavy appliances', () => {
    const unknownWeight = plan('Vlaardingen', [item('wasmachine')]);
    assert.deepEqual(unknownWeight.questions, [{ code: 'weight', key: unknownWeight.routes[0]?.items[0]?.key }]);
    assert.ok(unknownWeight.routes[0]?.items[0]?.notes.includes('weight_unknown'));
    assert.ok(instructionCodes(unknownWeight, 'IJZER_EA_MATRASSEN').includes('heavy_appliance'));
    const heavy = plan('Vlaardingen', [item('wasmachine', { weightKg: 75 })]);
    assert.deepEqual(heavy.routes[0]?.items[0]?.notes, ['heavy', 'crane_possible']);
    assert.deepEqual(heavy.questions, []);
  });

  it('asks the length of pieces whose length decides, and not of furniture', () => {
    const p = plan('Vlaardingen', [item('zonnescherm'), item('bank')]);
    assert.deepEqual(
      p.questions.map((q) => q.code),
      ['length'],
    );
  });

  it('reminds that fridges must be empty and mattresses dry', () => {
    const p = plan('Schiedam', [item('koelkast'), item('matras')]);
    const codes = instructionCodes(p, 'IJZER_EA_MATRASSEN');
    assert.ok(codes.includes('must_be_empty') && codes.includes('must_be_dry'));
  });
});

describe('planRequest: the small-item ("kruikje") rule', () => {
  it('refuses a single small item on its own, pointing to restafval', () => {
    const p = plan('Schiedam', [item('kruik')]);
    assert.equal(refusal(p, 'kruik').reason, 'small_single_item');
    assert.equal(refusal(p, 'kruik').alternatives[0], 'restafval');
    assert.equal(p.bookable, false);
  });

  it('takes small items as one batch together with other Huisraad', () => {
    assert.deepEqual(routesOf(plan('Schiedam', [item('kruik'), item('stoel')])), { HUISRAAD: ['kruik', 'stoel'] });
    assert.deepEqual(routesOf(plan('Schiedam', [item('kruik', { quantity: 3 })])), { HUISRAAD: ['kruik'] });
  });

  it('points a single small appliance to the shop take-back', () => {
    const p = plan('Vlaardingen', [item('waterkoker'), item('tafel')]);
    assert.equal(refusal(p, 'waterkoker').alternatives[0], 'shop_take_back');
    assert.deepEqual(routesOf(p), { HUISRAAD: ['tafel'] });
  });

  it('judges by the measurements when the resident gives them', () => {
    const p = plan('Schiedam', [item('tafel', { lengthM: 0.3, widthM: 0.3, heightM: 0.3, weightKg: 2 })]);
    assert.equal(refusal(p, 'tafel').reason, 'small_single_item');
  });
});

describe('planRequest: volume per appointment (Decision 1)', () => {
  const chairs = (n: number) => item('stoel', { quantity: n, lengthM: 0.5, widthM: 0.5, heightM: 0.6 }); // 0.15 m³ each

  it('keeps a small Huisraad request in Schiedam within 1 m³ as one appointment', () => {
    const p = plan('Schiedam', [item('fauteuil'), item('eetkamerstoel', { quantity: 2 }), item('salontafel')]);
    assert.equal(p.routes[0]?.appointments.length, 1);
    assert.ok((p.routes[0]?.volumeM3 ?? 2) <= 1);
  });

  it('splits 1.5 m³ over two appointments in Schiedam and proposes it', () => {
    const p = plan('Schiedam', [chairs(10)]);
    const route = p.routes[0];
    assert.equal(route?.volumeM3, 1.5);
    assert.equal(route?.appointments.length, 2);
    assert.ok(route?.appointments.every((a) => a.volumeM3 <= 1));
    assert.deepEqual(p.violations, [
      { code: 'over_volume_cap', route: 'HUISRAAD', volumeM3: 1.5, capM3: 1, appointments: 2 },
    ]);
    assert.ok(instructionCodes(p, 'HUISRAAD').includes('split_appointments'));
  });

  it('takes 1.5 m³ in Vlaardingen in one appointment (2 m³ there)', () => {
    const p = plan('Vlaardingen', [
      item('bank', { lengthM: 1.6, widthM: 0.85, heightM: 0.8 }),
      item('dressoir', { lengthM: 1.5, widthM: 0.45, heightM: 0.8 }),
    ]);
    assert.equal(p.routes[0]?.appointments.length, 1);
    assert.equal(p.violations.length, 0);
  });

  it('has no cap in Capelle aan den IJssel', () => {
    const p = plan('Capelle aan den IJssel', [chairs(40)]);
    assert.equal(p.routes[0]?.capM3, null);
    assert.equal(p.routes[0]?.appointments.length, 1);
  });

  it('gives one piece larger than the cap an appointment of its own, flagged', () => {
    const p = plan('Schiedam', [item('bank', { lengthM: 2, widthM: 1, heightM: 0.8 }), item('stoel')]);
    const route = p.routes[0];
    assert.equal(route?.appointments.length, 2);
    assert.ok(route?.items[0]?.notes.includes('piece_over_volume_cap'));
  });
});

describe('planRequest: snoeiafval and the seasons (§5.6)', () => {
  it('books pruning waste on the snoeiroute in season', () => {
    assert.deepEqual(routesOf(plan('Vlaardingen', [item('takken')], '2025-04-10')), { TUIN_SNOEIAFVAL: ['takken'] });
  });

  it('moves pruning waste to Huisraad outside the season in Vlaardingen', () => {
    const p = plan('Vlaardingen', [item('takken', { lengthM: 1.2 })], '2025-07-15');
    assert.deepEqual(routesOf(p), { HUISRAAD: ['takken'] });
    assert.ok(instructionCodes(p, 'HUISRAAD').includes('no_bags'));
  });

  it('keeps the snoeiroute in Schiedam out of season, telling the resident it waits for the next one', () => {
    const p = plan('Schiedam', [item('takken', { lengthM: 1 })], '2025-07-15');
    const schedule = p.routes[0]?.instructions.find((i) => i.code === 'snoei_schedule');
    assert.deepEqual(schedule, { code: 'snoei_schedule', municipality: 'Schiedam', outOfSeason: true });
  });

  it('runs the Capelle snoeiroute every month', () => {
    assert.deepEqual(routesOf(plan('Capelle aan den IJssel', [item('takken')], '2025-07-15')), {
      TUIN_SNOEIAFVAL: ['takken'],
    });
  });
});

describe('planRequest: what to tell the resident (§5, §6)', () => {
  it('gives the put-out window, the collection window and the placement from the rule data', () => {
    const instructions = plan('Schiedam', [item('tafel')]).routes[0]?.instructions ?? [];
    assert.deepEqual(
      instructions.find((i) => i.code === 'put_out_window'),
      {
        code: 'put_out_window',
        ...rules.putOut,
      },
    );
    assert.deepEqual(
      instructions.find((i) => i.code === 'collection_window'),
      {
        code: 'collection_window',
        ...rules.collection,
      },
    );
    assert.deepEqual(
      instructions.find((i) => i.code === 'placement'),
      { code: 'placement', municipality: 'Schiedam' },
    );
  });
});

describe('planRequest: bad input', () => {
  it('returns unknown items instead of dropping them, and asks what they are', () => {
    const p = plan('Schiedam', [item(null, { text: 'flubbergizmo' }), item('no_such_id'), item('tafel')]);
    assert.deepEqual(
      p.unknown.map((u) => u.text),
      ['flubbergizmo', 'no_such_id'],
    );
    assert.deepEqual(
      p.questions.map((q) => q.code),
      ['what_is', 'what_is'],
    );
    assert.equal(p.bookable, false);
  });

  it('counts a missing or nonsensical quantity as one piece', () => {
    const p = plan('Schiedam', [
      item('stoel', { quantity: 0 }),
      item('tafel', { quantity: Number.NaN }),
      item('kast', { quantity: 2.7 }),
    ]);
    assert.deepEqual(
      p.routes[0]?.items.map((i) => i.quantity),
      [1, 1, 2],
    );
  });

  it('is not bookable with nothing to pick up', () => {
    const p = plan('Schiedam', []);
    assert.equal(p.bookable, false);
    assert.equal(p.totalAppointments, 0);
  });
});

describe('planRequest: the staff example', () => {
  it('plans "matras, tafel, 4 stoelen, koelkast, verf" in Schiedam', () => {
    const p = plan('Schiedam', [
      item('matras'),
      item('tafel'),
      item('stoel', { quantity: 4 }),
      item('koelkast'),
      item('verf'),
    ]);
    assert.deepEqual(routesOf(p), { HUISRAAD: ['tafel', 'stoel'], IJZER_EA_MATRASSEN: ['matras', 'koelkast'] });
    assert.equal(refusal(p, 'verf').reason, 'kca');
    assert.equal(p.rulesVersion, rules.version);
  });
});
