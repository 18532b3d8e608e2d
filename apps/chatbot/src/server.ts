import { ensureRegisterLoaded } from '@irado/address';
import { loadConfigOrExit } from '@irado/config';
import { defaultSystemPrompt } from '@irado/conversation';
import { checkDatabase, type OpenDatabase, openDatabase } from '@irado/db';
import { isAppError } from '@irado/errors';
import { createLlmClient, type LlmClient, type LlmLogger } from '@irado/llm';
import { createMailer, type MailCatcher, startMailCatcher, startOutboxWorker } from '@irado/mail';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { composeChat, mailAddresses } from './compose.ts';
import { createPromptSource, seedPrompt, UNDERSTANDING_PROMPT } from './features/llm/prompt.repository.ts';

const config = loadConfigOrExit();
let started = false;
// The app's logger exists only once the app is built; LLM log lines are written during turns, after that.
let appLog: LlmLogger | undefined;
const llmLogger: LlmLogger = {
  info: (fields, msg) => appLog?.info(fields, msg),
  warn: (fields, msg) => appLog?.warn(fields, msg),
};
const llm = config.LLM_PROVIDER === 'none' ? undefined : createLlmOrExit();

function createLlmOrExit(): LlmClient {
  try {
    return createLlmClient({ config, logger: llmLogger });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'CONFIG') throw error;
    process.stderr.write(`${error.message}\nSee .env.example for every variable and its meaning.\n`);
    process.exit(1);
  }
}

const database = await openDatabase({
  url: config.DATABASE_URL,
  dataDir: `${config.DATA_DIR}/pg`,
  applicationName: 'irado-chatbot',
});
// The register may live in a database of its own; it is migrated like the main one.
const register: OpenDatabase = config.KOAD_DATABASE_URL
  ? await openDatabase({ url: config.KOAD_DATABASE_URL, dataDir: '', applicationName: 'irado-chatbot-koad' })
  : database;

// Without SMTP_URL, mail goes through a real SMTP server all the same: the local catcher, writing $DATA_DIR/mail.
const catcher: MailCatcher | null = config.SMTP_URL ? null : await startMailCatcher({ dir: `${config.DATA_DIR}/mail` });
const mail = mailAddresses(config);
const mailer = createMailer(config.SMTP_URL ?? catcher?.url ?? '', { from: mail.from });

// The demo register loads in the background on a first start; only address checks wait for it.
let registerLoaded!: () => void;
const registerReady = new Promise<void>((resolve) => {
  registerLoaded = resolve;
});
const chat = composeChat({
  registerReady,
  pool: database.pool,
  registerPool: register.pool,
  postcodeApiUrl: config.OPEN_POSTCODE_URL,
  mail,
  ...(llm
    ? {
        llm,
        logger: llmLogger,
        prompt: createPromptSource({ pool: database.pool, name: UNDERSTANDING_PROMPT, fallback: defaultSystemPrompt }),
      }
    : {}),
});
const app = await buildApp({
  pool: database.pool,
  chat,
  started: () => started,
  corsOrigins: config.CORS_ORIGINS,
  rateLimits: { perIp: config.CHAT_RATE_LIMIT_IP, perSession: config.CHAT_RATE_LIMIT_SESSION },
  trustProxy: trustProxySetting(config.TRUST_PROXY),
  logLevel: config.LOG_LEVEL,
  ...(register !== database ? { checks: { koadDatabase: () => checkDatabase(register.pool) } } : {}),
});
appLog = app.log;
let worker: ReturnType<typeof startOutboxWorker> | undefined;

closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
  if (err) app.log.error({ err }, 'closing after an error');
  else app.log.info({ signal }, 'closing');
  await app.close();
  await worker?.stop();
  await mailer.close();
  await catcher?.close();
  if (register !== database) await register.close();
  await database.close();
});

function trustProxySetting(value: string): boolean | string {
  if (value === 'false') return false;
  if (value === 'true') return true;
  return value;
}

// Listen first, so the probes answer while the database starts; /health/startup turns 200 once it is migrated.
await app.listen({ host: config.HOST, port: config.CHATBOT_PORT });
try {
  await database.ready;
  if (await seedPrompt(database.pool, UNDERSTANDING_PROMPT, defaultSystemPrompt())) {
    app.log.info({ prompt: UNDERSTANDING_PROMPT }, 'system prompt seeded as version 1');
  }
  // The worker polls the outbox table, so it starts once the migrations created it.
  worker = startOutboxWorker({ pool: database.pool, mailer, logger: app.log });
  await register.ready;
  started = true;
  app.log.info('chatbot ready');
  // The synthetic demo register is for development and demos only: in production an empty register stays empty
  // (addresses then go to the Open Postcode API) rather than filling up with invented businesses.
  if (config.NODE_ENV === 'production') {
    const { rows } = await register.pool.query<{ empty: boolean }>(
      'select not exists (select 1 from koad_register) as empty',
    );
    if (rows[0]?.empty)
      app.log.warn('the KOAD register is empty: import it from the dashboard or with npm run koad:import');
  } else {
    const loaded = await ensureRegisterLoaded(register.pool, config.DATA_DIR);
    if (loaded) {
      app.log.info({ rows: loaded.rowsImported, ms: Math.round(loaded.timings.totalMs) }, 'demo KOAD register loaded');
    }
  }
  registerLoaded();
} catch (err) {
  app.log.fatal({ err }, 'start-up failed; stopping');
  process.exitCode = 1;
  await app.close();
  await worker?.stop();
  await database.close();
}
