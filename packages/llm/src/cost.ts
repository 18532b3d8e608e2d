import type { LlmUsage } from './types.ts';

/** Euros per million tokens. */
export interface TokenPrices {
  inputPerMillion: number;
  outputPerMillion: number;
}

/**
 * Assumed exchange rate for the defaults below; OpenAI and Azure (global standard) list their prices in US dollars.
 * Replace the prices with the figures from Irado's Azure agreement when they are known.
 */
const eurPerUsd = 0.87;

/**
 * Standard-tier list prices, no prompt-cache discount. Source: openai.com/api/pricing (gpt-4o-mini $0.15 / $0.60,
 * gpt-4o $2.50 / $10.00 per million input / output tokens), unchanged from 2024-08 and still listed in 2026-04.
 * Callers pass their own prices to {@link costOf} for other models or negotiated rates.
 */
export const defaultPrices: Readonly<Record<string, TokenPrices>> = {
  'gpt-4o-mini': { inputPerMillion: 0.15 * eurPerUsd, outputPerMillion: 0.6 * eurPerUsd },
  'gpt-4o': { inputPerMillion: 2.5 * eurPerUsd, outputPerMillion: 10 * eurPerUsd },
};

/** Cost of one completion in euros, unrounded (round when showing it, not when adding it up). */
export function costOf(usage: LlmUsage, prices: TokenPrices): number {
  return (usage.inputTokens * prices.inputPerMillion + usage.outputTokens * prices.outputPerMillion) / 1_000_000;
}
