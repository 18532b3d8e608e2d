/**
 * `npm run plan -- --municipality Schiedam "matras, tafel, 4 stoelen, koelkast, verf"`: prints the kernel's plan for a
 * list of items as JSON, for staff and for checks.
 */
import { parseArgs } from 'node:util';
import { currentRules, LANGUAGES, type Language, MUNICIPALITIES, matchItems, planRequest } from '@irado/kernel';

const usage =
  'usage: npm run plan -- --municipality <Schiedam|Vlaardingen|Capelle> [--date YYYY-MM-DD] [--language nl|en|tr|ar] "<items>"';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      municipality: { type: 'string', short: 'm' },
      date: { type: 'string' },
      language: { type: 'string', default: 'nl' },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;

const wanted = (values.municipality ?? '').trim().toLowerCase();
const municipality = MUNICIPALITIES.find((m) => m.toLowerCase() === wanted || m.toLowerCase().startsWith(`${wanted} `));
if (!wanted) fail('--municipality is required');
if (!municipality) fail(`unknown municipality "${values.municipality}": Irado serves ${MUNICIPALITIES.join(', ')}`);
const language = values.language as Language;
if (!LANGUAGES.includes(language)) fail(`unknown language "${values.language}": one of ${LANGUAGES.join(', ')}`);
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date must be YYYY-MM-DD, got "${date}"`);
const text = positionals.join(' ').trim();
if (!text) fail('give the items to plan, e.g. "matras, tafel, 4 stoelen"');

const items = matchItems(text, language, currentRules.catalogue);
process.stdout.write(
  `${JSON.stringify({ input: text, items, plan: planRequest({ municipality, items, date }) }, null, 2)}\n`,
);
