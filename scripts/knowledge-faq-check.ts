/**
 * Dev check (not part of npm test): runs the public FAQ evaluation set through the knowledge base's `search` and
 * applies the evaluation README's matching rules to the answers. Needs ../shared next to the repository.
 *
 *   npx tsx scripts/knowledge-faq-check.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { currentRules } from '@irado/kernel';
import { createKnowledgeBase, municipalityInText } from '@irado/knowledge';

interface FaqCase {
  id: string;
  question: string;
  category: string;
  expect_all: string[][];
  expect_none: string[];
  note: string;
}

const path = fileURLToPath(new URL('../../shared/eval/faq-public.json', import.meta.url));
const cases = JSON.parse(readFileSync(path, 'utf8')) as FaqCase[];
const verbose = process.argv.includes('--verbose');
const kb = createKnowledgeBase(currentRules);

/** README rule 1–4: lower case, collapse whitespace, every group any-of, no expect_none match. */
function check(answer: string, c: FaqCase): string[] {
  const text = answer.toLowerCase().replace(/\s+/g, ' ');
  const problems: string[] = [];
  c.expect_all.forEach((group, i) => {
    if (!group.some((p) => new RegExp(p, 'i').test(text)))
      problems.push(`group ${i + 1} missing: ${group.join(' | ')}`);
  });
  for (const p of c.expect_none) {
    const m = new RegExp(p, 'i').exec(text);
    if (m) problems.push(`expect_none matched: "${m[0].trim()}"`);
  }
  return problems;
}

const perCategory = new Map<string, { pass: number; total: number }>();
const failures: string[] = [];
const timings: number[] = [];
for (const c of cases) {
  const start = performance.now();
  const hit = kb.search(c.question, { language: 'nl', municipality: municipalityInText(c.question) });
  timings.push(performance.now() - start);
  const problems = hit === null ? ['no answer (below the confidence threshold)'] : check(hit.answer, c);
  const stats = perCategory.get(c.category) ?? { pass: 0, total: 0 };
  stats.total++;
  if (problems.length === 0) stats.pass++;
  perCategory.set(c.category, stats);
  if (problems.length > 0 || verbose) {
    failures.push(
      [
        `${problems.length === 0 ? 'PASS' : 'FAIL'} ${c.id} [${c.category}] ${c.question}`,
        `  entry: ${hit?.entry.id ?? '(none)'}   note: ${c.note}`,
        ...problems.map((p) => `  ✗ ${p}`),
        ...(verbose || problems.length > 0 ? [`  answer: ${hit?.answer.replace(/\n/g, ' ⏎ ') ?? '-'}`] : []),
      ].join('\n'),
    );
  }
}

const pct = (p: number, t: number) => `${((100 * p) / t).toFixed(1)}%`;
console.log('Category                 pass/total');
for (const [category, { pass, total }] of [...perCategory].sort()) {
  console.log(`${category.padEnd(24)} ${String(pass).padStart(3)}/${String(total).padEnd(3)} ${pct(pass, total)}`);
}
const passed = [...perCategory.values()].reduce((a, s) => a + s.pass, 0);
console.log(`${'TOTAL'.padEnd(24)} ${String(passed).padStart(3)}/${cases.length}  ${pct(passed, cases.length)}`);
const sorted = [...timings].sort((a, b) => a - b);
console.log(
  `search latency: median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(2)} ms, max ${(sorted.at(-1) ?? 0).toFixed(2)} ms`,
);
if (failures.length > 0) console.log(`\n${failures.join('\n\n')}`);
