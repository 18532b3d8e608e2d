import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentRules, MUNICIPALITIES, type Municipality, type RuleSet } from '@irado/kernel';
import { knowledgeEntries } from './entries/index.ts';
import { renderEntry } from './render.ts';

const NUMBER = /\d+(?:[.,]\d+)?/g;

/** Every number in the rule data (without the item catalogue): as values and as digit groups. */
function figuresOf(...sources: unknown[]): { values: Set<number>; groups: Set<string> } {
  const values = new Set<number>();
  const groups = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node === 'number') {
      values.add(node);
      groups.add(String(node));
    } else if (typeof node === 'string') {
      for (const m of node.matchAll(NUMBER)) values.add(Number(m[0].replace(',', '.')));
      for (const m of node.matchAll(/\d+/g)) groups.add(m[0]);
    } else if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node !== null && typeof node === 'object') {
      Object.values(node).forEach(visit);
    }
  };
  sources.forEach(visit);
  return { values, groups };
}

/** The rule data without the item catalogue, whose typical sizes and weights answers never quote. */
function ruleData(rules: RuleSet): Omit<RuleSet, 'catalogue'> {
  const { catalogue: _catalogue, ...rest } = rules;
  return rest;
}

/** Changes every figure: numbers + 1000, every digit run in a text followed by a 9. */
function changeFigures(node: unknown): unknown {
  if (typeof node === 'number') return node + 1000;
  if (typeof node === 'string') return node.replace(/\d+/g, (d) => `${d}9`);
  if (Array.isArray(node)) return node.map(changeFigures);
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, changeFigures(v)]));
  }
  return node;
}

/** The current rule set with every figure changed (the item catalogue kept). */
function withChangedFigures(rules: RuleSet): RuleSet {
  return { ...(changeFigures(ruleData(rules)) as Omit<RuleSet, 'catalogue'>), catalogue: rules.catalogue };
}

/**
 * A number in an answer is sourced when the rule data holds it as a value (`79,70` ↔ 79.7), as the digits of a
 * phone number, time or date (`010-262 1000`, `05:00`, `2025-04-17`), or as metres shown in centimetres (`50 cm` ↔ 0.5).
 */
function unsourced(text: string, figures: { values: Set<number>; groups: Set<string> }): string[] {
  return [...text.matchAll(NUMBER)]
    .map((m) => m[0])
    .filter((raw) => {
      const value = Number(raw.replace(',', '.'));
      return !(figures.values.has(value) || figures.groups.has(raw) || figures.values.has(value / 100));
    });
}

describe('one source of truth', () => {
  const figures = figuresOf(ruleData(currentRules));
  const places: (Municipality | null)[] = [...MUNICIPALITIES, null];

  it('takes every number in every rendered answer from the rule data', () => {
    const problems: string[] = [];
    for (const e of knowledgeEntries) {
      for (const m of places) {
        const r = renderEntry(e, currentRules, m);
        for (const [lang, text] of [
          ['nl', r.nl],
          ['en', r.en],
        ] as const) {
          const bad = unsourced(text, figures);
          if (bad.length > 0) problems.push(`${e.id} ${lang} (${m ?? 'none'}): ${bad.join(', ')}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('flags a figure that is not in the rule data', () => {
    assert.deepEqual(unsourced('Een Big Bag kost €42,50 en weegt 777 kg; bel 010-123 4567.', figures), [
      '42,50',
      '777',
      '123',
      '4567',
    ]);
  });

  it('interpolates every figure instead of typing it: with every figure of the data changed, none survives', () => {
    const rules = withChangedFigures(currentRules);
    const changed = knowledgeEntries.map((e) => places.map((m) => renderEntry(e, rules, m)));
    const problems: string[] = [];
    knowledgeEntries.forEach((e, i) => {
      places.forEach((m, j) => {
        const before = renderEntry(e, currentRules, m);
        const after = changed[i]?.[j];
        for (const lang of ['nl', 'en'] as const) {
          const survivors = new Set([...(after?.[lang] ?? '').matchAll(NUMBER)].map((x) => x[0]));
          const typed = [...before[lang].matchAll(NUMBER)].map((x) => x[0]).filter((raw) => survivors.has(raw));
          if (typed.length > 0) problems.push(`${e.id} ${lang} (${m ?? 'none'}): ${typed.join(', ')}`);
        }
      });
    });
    assert.deepEqual(problems, []);
  });

  it('quotes the contact details exactly as the rule data has them', () => {
    const { phone, email } = currentRules.contacts.customerService;
    const contact = knowledgeEntries.find((e) => e.id === 'contact');
    assert.ok(contact);
    const text = renderEntry(contact, currentRules, null).nl;
    assert.ok(text.includes(phone) && text.includes(email));
  });
});
