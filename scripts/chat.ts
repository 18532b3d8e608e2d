/**
 * `npm run chat [-- --url http://127.0.0.1:5000] [--language nl|en|tr|ar]`: talk to the running chat API from a
 * terminal. Buttons are numbered; type the number to press one. Ctrl-D or "/quit" ends the chat.
 */
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '@irado/config';

const languages = { nl: 'dutch', en: 'english', tr: 'turkish', ar: 'arabic' } as const;
const { values } = parseArgs({ options: { url: { type: 'string' }, language: { type: 'string', default: 'nl' } } });
const url = (values.url ?? loadConfigOrExit().CHATBOT_URL).replace(/\/$/, '');
const language = (values.language ?? 'nl') as keyof typeof languages;
if (!(language in languages)) {
  process.stderr.write(`--language must be one of ${Object.keys(languages).join(', ')}\n`);
  process.exit(2);
}
const sessionId = `cli_${Date.now().toString(36)}_${randomBytes(6).toString('hex')}`;
const bold = (text: string) => (process.stdout.isTTY ? text.replace(/\*\*(.+?)\*\*/g, '\x1b[1m$1\x1b[0m') : text);

interface Output {
  text: string;
  buttons: { label: string; value: string }[];
  showAfvalplaatsImage: boolean;
}

async function send(chatInput: string): Promise<Output | null> {
  let res: Response;
  try {
    res = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId, action: 'sendMessage', chatInput, source: 'website' }),
    });
  } catch (error) {
    process.stdout.write(
      `! cannot reach ${url} (${(error as Error).message}); is it running? Start it with: npm start\n`,
    );
    return null;
  }
  const body = (await res.json()) as { output?: Output; error?: string };
  if (!res.ok || !body.output) {
    const wait = res.headers.get('retry-after');
    process.stdout.write(`! ${res.status}: ${body.error ?? 'no answer'}${wait ? ` (try again in ${wait} s)` : ''}\n`);
    return null;
  }
  return body.output;
}

function show(output: Output): void {
  process.stdout.write(`\nIrado: ${bold(output.text).replace(/\n/g, '\n       ')}\n`);
  if (output.showAfvalplaatsImage) process.stdout.write('       [picture: where to put your grofvuil]\n');
  output.buttons.forEach((b, i) => {
    process.stdout.write(`       [${i + 1}] ${b.label}\n`);
  });
}

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
// Take the lines from the start: a piped conversation (`printf '…' | npm run chat`) arrives before the first reply.
const lines = rl[Symbol.asyncIterator]();
let buttons: Output['buttons'] = [];
const first = await send(`start chat - language: ${languages[language]}`);
if (first) {
  show(first);
  buttons = first.buttons;
}
const prompt = () => process.stdout.write('\nU: ');
prompt();
for (let next = await lines.next(); !next.done; next = await lines.next()) {
  const line = next.value.trim();
  if (line === '/quit') break;
  if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
  const pressed = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
  const output = await send(pressed ? pressed.value : line || ' ');
  if (output) {
    show(output);
    buttons = output.buttons;
  }
  prompt();
}
rl.close();
process.stdout.write('\n');
