import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allowedRoutes, findEntry } from '../routing.ts';
import { currentRules as rules } from '../rules/index.ts';
import { type DraftItem, ITEM_CONDITIONS, MUNICIPALITIES, type RequestDraft } from '../types.ts';
import { planRequest } from './plan-request.ts';

const ids = rules.catalogue.map((e) => e.id);
const size = fc.option(fc.double({ min: 0.05, max: 3, noNaN: true }), { nil: undefined });

const arbItem = (key: string): fc.Arbitrary<DraftItem> =>
  fc.record({
    key: fc.constant(key),
    catalogueId: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...ids) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant('not_in_the_catalogue') },
    ),
    text: fc.string({ minLength: 1, maxLength: 20 }),
    quantity: fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 1, max: 6 }) },
      { weight: 1, arbitrary: fc.integer({ min: -2, max: 0 }) },
    ),
    lengthM: size,
    widthM: size,
    heightM: size,
    weightKg: fc.option(fc.double({ min: 0.5, max: 150, noNaN: true }), { nil: undefined }),
    conditions: fc.option(fc.subarray([...ITEM_CONDITIONS]), { nil: undefined }),
  });

const arbDraft: fc.Arbitrary<RequestDraft> = fc
  .record({
    municipality: fc.constantFrom(...MUNICIPALITIES),
    count: fc.integer({ min: 0, max: 12 }),
    date: fc.option(
      fc
        .date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: undefined },
    ),
  })
  .chain(({ municipality, count, date }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => arbItem(`i${i}`))).map((items) => ({
      municipality,
      items,
      ...(date ? { date } : {}),
    })),
  );

const runs = { numRuns: 500 };

describe('planRequest properties', () => {
  it('never puts an item on a route its municipality does not allow', () => {
    fc.assert(
      fc.property(arbDraft, (draft) => {
        for (const route of planRequest(draft).routes) {
          for (const item of route.items) {
            assert.ok(
              allowedRoutes(item.category, draft.municipality, rules).includes(route.route),
              `${item.catalogueId} on ${route.route}`,
            );
          }
        }
      }),
      runs,
    );
  });

  it('never plans a refused item', () => {
    fc.assert(
      fc.property(arbDraft, (draft) => {
        for (const route of planRequest(draft).routes) {
          for (const item of route.items) assert.equal(findEntry(rules, item.catalogueId)?.kind, 'accepted');
        }
      }),
      runs,
    );
  });

  it('keeps every appointment within the cap, unless it holds one piece that alone exceeds it', () => {
    fc.assert(
      fc.property(arbDraft, (draft) => {
        for (const route of planRequest(draft).routes) {
          if (route.capM3 === null) {
            assert.equal(route.appointments.length, 1);
            continue;
          }
          for (const appointment of route.appointments) {
            const pieces = appointment.units.reduce((sum, u) => sum + u.quantity, 0);
            assert.ok(
              appointment.volumeM3 <= route.capM3 + 1e-9 || pieces === 1,
              `${appointment.volumeM3} m³ in ${pieces} pieces`,
            );
          }
        }
      }),
      runs,
    );
  });

  it('accounts for every input item exactly once: planned, refused or unknown', () => {
    fc.assert(
      fc.property(arbDraft, (draft) => {
        const plan = planRequest(draft);
        const seen = [
          ...plan.routes.flatMap((r) => r.items.map((i) => i.key)),
          ...plan.refused.map((r) => r.key),
          ...plan.unknown.map((u) => u.key),
        ].sort();
        assert.deepEqual(seen, draft.items.map((i) => i.key).sort());
      }),
      runs,
    );
  });

  it('puts out every planned piece in exactly one appointment', () => {
    fc.assert(
      fc.property(arbDraft, (draft) => {
        for (const route of planRequest(draft).routes) {
          const counted = new Map<string, number>();
          for (const a of route.appointments)
            for (const u of a.units) counted.set(u.key, (counted.get(u.key) ?? 0) + u.quantity);
          assert.deepEqual(counted, new Map(route.items.map((i) => [i.key, i.quantity])));
        }
      }),
      runs,
    );
  });

  it('is deterministic: the same draft gives the same plan', () => {
    fc.assert(
      fc.property(arbDraft, (draft) => {
        assert.deepEqual(planRequest(draft), planRequest(structuredClone(draft)));
      }),
      { numRuns: 200 },
    );
  });
});
