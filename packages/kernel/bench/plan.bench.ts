/**
 * `npm run bench:kernel`: how many 10-item drafts the kernel plans per second, with and without matching the text
 * first. Prints the median of several timed rounds after a warm-up.
 */
import { performance } from 'node:perf_hooks';
import { currentRules, matchItems, planRequest, type RequestDraft } from '@irado/kernel';

const text =
  'een driezitsbank, 4 eetkamerstoelen, een matras, een koelkast, een wasmachine van 70 kg, 3 bundels takken van 1,5 meter, ' +
  'een radiator van 1,9 meter, een kledingkast, 2 dozen karton en een pot verf';
const items = matchItems(text, 'nl', currentRules.catalogue);
if (items.length !== 10) throw new Error(`expected 10 items from the bench text, matched ${items.length}`);
const draft: RequestDraft = { municipality: 'Schiedam', items, date: '2025-10-01' };

function round(fn: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return iterations / ((performance.now() - start) / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function measure(name: string, fn: () => unknown, iterations: number): void {
  round(fn, iterations); // warm-up: let the JIT settle
  const rates = Array.from({ length: 7 }, () => round(fn, iterations));
  process.stdout.write(
    `${name.padEnd(42)} ${Math.round(median(rates)).toLocaleString('en-US').padStart(10)} per second\n`,
  );
}

process.stdout.write(
  `node ${process.version}, rules ${currentRules.version}, ${currentRules.catalogue.length} catalogue entries\n`,
);
measure('planRequest (10-item draft)', () => planRequest(draft), 20_000);
measure(
  'matchItems + planRequest (10-item text)',
  () => planRequest({ ...draft, items: matchItems(text, 'nl', currentRules.catalogue) }),
  5_000,
);
