import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planRequest } from '../plan/plan-request.ts';
import { currentRules as rules } from '../rules/index.ts';
import type { DraftItem } from '../types.ts';
import { formatMetres, instructionText, itemLine, refusalText, volumeText } from './render-plan.ts';

const item = (key: string, catalogueId: string, extra: Partial<DraftItem> = {}): DraftItem => ({
  key,
  catalogueId,
  text: catalogueId,
  quantity: 1,
  ...extra,
});

describe('rendering a plan for the resident', () => {
  const plan = planRequest({
    municipality: 'Vlaardingen',
    items: [
      item('a', 'eetkamerstoel', { quantity: 2 }),
      item('b', 'bank', { lengthM: 1.6, widthM: 0.85, heightM: 0.8 }),
      item('c', 'zonnescherm', { lengthM: 2.1 }),
      item('d', 'wasmachine', { weightKg: 70 }),
    ],
  });

  it('writes items with quantity and sizes in the resident’s number format', () => {
    const [chairs, sofa] = plan.routes[0]?.items ?? [];
    assert.ok(chairs && sofa);
    assert.equal(itemLine(chairs, 'nl', rules), '2 × eetkamerstoel');
    assert.equal(itemLine(sofa, 'nl', rules), 'bank (1,6 × 0,85 × 0,8 m)');
    assert.equal(itemLine(sofa, 'en', rules), 'sofa (1.6 × 0.85 × 0.8 m)');
    const washer = plan.routes[1]?.items[0];
    assert.ok(washer);
    assert.equal(itemLine(washer, 'en', rules), 'washing machine (70 kg)');
  });

  it('explains a refusal with the measured size, the limit and the alternative', () => {
    const refused = plan.refused[0];
    assert.ok(refused);
    const text = refusalText(refused, 'nl', rules);
    assert.match(text, /2,10 m lang; het mag hoogstens 2,00 m/);
    assert.match(text, /milieustraat/);
  });

  it('fills the put-out window and the only-this-route warning from the rule data', () => {
    const huisraad = plan.routes.find((r) => r.route === 'HUISRAAD');
    const texts = (huisraad?.instructions ?? []).map((i) => instructionText(i, plan, 'nl', rules));
    assert.ok(texts.some((t) => t.includes(`tussen ${rules.putOut.from} en ${rules.putOut.until}`)));
    assert.ok(texts.some((t) => t.includes('IJzer, elektrische apparaten en matrassen') && t.includes('andere wagen')));
    assert.ok(
      texts.some((t) => t.includes('flat')),
      'the Vlaardingen flat exception is part of the placement',
    );
  });

  it('states the volume against the municipal cap', () => {
    assert.equal(volumeText(1.59, 2, 'nl'), 'ongeveer 1,59 m³ (maximaal 2 m³ per afspraak)');
    assert.equal(volumeText(3, null, 'en'), 'about 3 m³');
    assert.equal(formatMetres(1.8, 'nl'), '1,80 m');
  });
});
