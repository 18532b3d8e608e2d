import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { costOf, defaultPrices } from './cost.ts';

describe('costOf', () => {
  it('prices input and output tokens per million, in euros', () => {
    assert.equal(
      costOf({ inputTokens: 1_000_000, outputTokens: 500_000 }, { inputPerMillion: 2, outputPerMillion: 8 }),
      6,
    );
  });

  it('charges nothing for an answer without usage', () => {
    assert.equal(costOf({ inputTokens: 0, outputTokens: 0 }, defaultPrices['gpt-4o']!), 0);
  });

  it('prices a typical chat turn on gpt-4o-mini at well under a tenth of a cent', () => {
    const euros = costOf({ inputTokens: 3_000, outputTokens: 300 }, defaultPrices['gpt-4o-mini']!);
    assert.ok(euros > 0 && euros < 0.001, String(euros));
  });
});
