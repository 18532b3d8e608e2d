/**
 * `npm run eval [-- --url http://host:5000] [--dir ../shared/eval]`: runs the public evaluation against the chat API
 * and prints pass rates per category. Without --url it starts the whole system on embedded defaults (npm start's
 * launcher), with the scenarios' address fixtures as KOAD rows and as answers of a local Open Postcode fake.
 * Exits 1 when a scenario fails or fewer than 80 % of the FAQ answers pass.
 *
 * `--llm`: the same run with the configured chat model. Requires LLM_PROVIDER (openai or azure) and that provider's
 * variables (OPENAI_API_KEY or OPENAI_BASE_URL; AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT) in the environment,
 * which the launched system inherits; exits 2 when they are missing. Afterwards it reports the turns answered, the
 * tokens in and out in total and per completed booking, and their cost when the model's prices are known (OPENAI_MODEL
 * in `defaultPrices`). Per-booking figures need the system's database (always there without --url).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { costOf, defaultPrices } from '@irado/llm';
import type { FaqCase, Scenario } from './fixtures.ts';
import { matchReply } from './matching.ts';
import { checkOutcome } from './outcome.ts';
import { type EvalSystem, startEvalSystem } from './system.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    dir: { type: 'string', default: '../shared/eval' },
    verbose: { type: 'boolean', short: 'v' },
    llm: { type: 'boolean', default: false },
  },
});
// Checked before anything is read or started, so a missing variable costs nothing.
if (values.llm) {
  const problems = llmEnvProblems(process.env);
  if (problems.length > 0) {
    process.stderr.write(`npm run eval -- --llm: ${problems.join('; ')}\n`);
    process.exit(2);
  }
}
const dir = resolve(values.dir ?? '../shared/eval');
const faq = JSON.parse(await readFile(`${dir}/faq-public.json`, 'utf8')) as FaqCase[];
const scenarios = JSON.parse(await readFile(`${dir}/scenarios-public.json`, 'utf8')) as Scenario[];

const FAQ_THRESHOLD = 0.8;
const say = (line = '') => process.stdout.write(`${line}\n`);
let sessionCounter = 0;
/** The sessions of this run, for the token report of --llm. */
const sessions: string[] = [];
let turnsAnswered = 0;
const newSession = (tag: string) => {
  const id = `eval_${tag.replace(/[^A-Za-z0-9]/g, '')}_${Date.now().toString(36)}_${++sessionCounter}`;
  sessions.push(id);
  return id;
};

function llmEnvProblems(env: NodeJS.ProcessEnv): string[] {
  const provider = env.LLM_PROVIDER;
  if (provider !== 'openai' && provider !== 'azure') {
    return [`LLM_PROVIDER must be openai or azure (is ${provider ? `"${provider}"` : 'unset'})`];
  }
  const problems: string[] = [];
  if (provider === 'openai' && !env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) {
    problems.push('OPENAI_API_KEY (or OPENAI_BASE_URL for a keyless local server) is required for LLM_PROVIDER=openai');
  }
  if (provider === 'azure') {
    if (!env.AZURE_OPENAI_ENDPOINT) problems.push('AZURE_OPENAI_ENDPOINT is required for LLM_PROVIDER=azure');
    if (!env.AZURE_OPENAI_DEPLOYMENT) problems.push('AZURE_OPENAI_DEPLOYMENT is required for LLM_PROVIDER=azure');
  }
  return problems;
}

async function send(
  system: EvalSystem,
  sessionId: string,
  chatInput: string,
): Promise<{ status: number; text: string }> {
  const res = await fetch(`${system.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sessionId, action: 'sendMessage', chatInput }),
  });
  const body = (await res.json()) as { output?: { text: string }; error?: string };
  if (res.status === 200) turnsAnswered += 1;
  return { status: res.status, text: body.output?.text ?? body.error ?? '' };
}

function rate(results: { category: string; pass: boolean }[]): Map<string, { pass: number; total: number }> {
  const byCategory = new Map<string, { pass: number; total: number }>();
  for (const r of results) {
    const entry = byCategory.get(r.category) ?? { pass: 0, total: 0 };
    entry.total += 1;
    if (r.pass) entry.pass += 1;
    byCategory.set(r.category, entry);
  }
  return byCategory;
}

function report(title: string, results: { category: string; pass: boolean }[]): number {
  const passed = results.filter((r) => r.pass).length;
  say(`\n${title}: ${passed}/${results.length} (${((100 * passed) / Math.max(1, results.length)).toFixed(1)} %)`);
  for (const [category, { pass, total }] of [...rate(results)].sort()) say(`  ${category.padEnd(22)} ${pass}/${total}`);
  return passed / Math.max(1, results.length);
}

async function runFaq(system: EvalSystem) {
  const results: { id: string; category: string; pass: boolean }[] = [];
  for (const c of faq) {
    const { status, text } = await send(system, newSession(c.id), c.question);
    const match = matchReply(text, c.expect_all, c.expect_none);
    const pass = status === 200 && match.pass;
    results.push({ id: c.id, category: c.category, pass });
    if (!pass && values.verbose)
      say(
        `FAQ ${c.id} failed (groups ${match.failedGroups}; ${match.forbidden.map((f) => f.matched)}): ${c.question}\n  → ${text.slice(0, 300)}`,
      );
  }
  return results;
}

async function runScenario(system: EvalSystem, scenario: Scenario): Promise<{ pass: boolean; problems: string[] }> {
  const sessionId = newSession(scenario.id);
  const problems: string[] = [];
  for (const [i, turn] of scenario.turns.entries()) {
    const { status, text } = await send(system, sessionId, turn.user);
    if (turn.user === '') {
      if (status !== 400) problems.push(`turn ${i + 1}: an empty message should get HTTP 400, got ${status}`);
      continue;
    }
    if (status !== 200) {
      problems.push(`turn ${i + 1}: HTTP ${status}: ${text}`);
      continue;
    }
    const match = matchReply(text, turn.expect_any, turn.expect_none ?? []);
    if (!match.pass) {
      const forbidden = match.forbidden.map((f) => `"${f.matched}"`).join(', ');
      problems.push(
        `turn ${i + 1} ("${turn.user.slice(0, 60)}"): groups ${match.failedGroups.join(',') || '-'} missing${forbidden ? `, forbidden ${forbidden}` : ''}\n      reply: ${text.slice(0, 400).replace(/\n+/g, ' ⏎ ')}`,
      );
    }
  }
  problems.push(...(await checkOutcome(system, sessionId, scenario)));
  return { pass: problems.length === 0, problems };
}

/** Turns, tokens in total and per completed booking, and their cost, for the sessions of this run. */
async function reportTokens(system: EvalSystem): Promise<void> {
  say(`\nModel (${process.env.LLM_PROVIDER}): ${turnsAnswered} turns answered`);
  if (!system.pool) {
    say('  tokens: unknown (no database; set DATABASE_URL to the system’s database)');
    return;
  }
  const { rows } = await system.pool.query<{ tokens_in: string; tokens_out: string; booked: boolean }>(
    `select c.tokens_in, c.tokens_out, exists (select 1 from requests r where r.session_id = c.session_id) as booked
       from conversations c where c.session_id = any($1)`,
    [sessions],
  );
  const { rows: requestRows } = await system.pool.query<{ n: number }>(
    'select count(*)::int as n from requests where session_id = any($1)',
    [sessions],
  );
  const sum = (list: typeof rows) => ({
    inputTokens: list.reduce((n, r) => n + Number(r.tokens_in), 0),
    outputTokens: list.reduce((n, r) => n + Number(r.tokens_out), 0),
  });
  const total = sum(rows);
  const booked = sum(rows.filter((r) => r.booked));
  const bookings = requestRows[0]?.n ?? 0;
  const model = process.env.OPENAI_MODEL ?? (process.env.LLM_PROVIDER === 'openai' ? 'gpt-4o-mini' : undefined);
  const prices = model ? defaultPrices[model] : undefined;
  const euros = (usage: { inputTokens: number; outputTokens: number }) =>
    prices ? `, € ${costOf(usage, prices).toFixed(4)}` : '';
  say(`  tokens in total:      ${total.inputTokens} in, ${total.outputTokens} out${euros(total)}`);
  if (bookings > 0) {
    const per = { inputTokens: booked.inputTokens / bookings, outputTokens: booked.outputTokens / bookings };
    say(
      `  per booking (${bookings}): ${Math.round(per.inputTokens)} in, ${Math.round(per.outputTokens)} out${euros(per)}`,
    );
  } else say('  per booking: no booking was completed');
  if (!prices) say(`  cost: unknown (no default prices for model ${model ?? '(set OPENAI_MODEL)'})`);
}

const system = await startEvalSystem({ scenarios, ...(values.url ? { url: values.url } : {}) });
let exitCode = 0;
try {
  const faqResults = await runFaq(system);
  const scenarioResults: { category: string; pass: boolean }[] = [];
  for (const scenario of scenarios) {
    const { pass, problems } = await runScenario(system, scenario);
    const outcome = scenario.final_outcome;
    scenarioResults.push({
      category: outcome.request_created ? 'request' : (outcome.refusal_reason ?? 'no_request'),
      pass,
    });
    if (!pass) say(`\n✗ ${scenario.id} ${scenario.description}\n  ${problems.join('\n  ')}`);
  }
  const faqRate = report('FAQ answers', faqResults);
  const scenarioRate = report('Scenarios', scenarioResults);
  const mails = await system.mailSummary();
  say(
    `\nMails: ${mails.sent} sent, ${mails.pending} pending, ${mails.failed} failed; ${mails.files} .eml files caught`,
  );
  if (values.llm) await reportTokens(system);
  if (scenarioRate < 1 || faqRate < FAQ_THRESHOLD) exitCode = 1;
} finally {
  await system.stop();
}
process.exit(exitCode);
