import type { Static } from 'typebox';
import Value from 'typebox/value';
import { ConfigSchema } from './config.schema.ts';

type RawConfig = Static<typeof ConfigSchema>;

/** The validated configuration, with list values split. */
export type Config = Omit<RawConfig, 'CORS_ORIGINS'> & { CORS_ORIGINS: string[] };

/** Raised with every problem at once, each naming the variable and what it expects. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const knownKeys = Object.keys(ConfigSchema.properties) as (keyof RawConfig)[];

/**
 * Reads the platform's variables from `env`, applies the embedded-mode defaults and validates them. Empty strings
 * count as unset, as `.env` files and container settings often leave them so.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input: Record<string, string> = {};
  for (const key of knownKeys) {
    const value = env[key]?.trim();
    if (value) input[key] = value;
  }
  // Convert works in place; the raw input is kept for the error messages.
  const value = Value.Default(ConfigSchema, Value.Convert(ConfigSchema, { ...input })) as RawConfig;
  const problems = schemaProblems(value, input);
  if (problems.length === 0) problems.push(...crossFieldProblems(value));
  if (problems.length > 0) throw new ConfigError(problems);
  return { ...value, CORS_ORIGINS: splitList(value.CORS_ORIGINS) };
}

function schemaProblems(value: RawConfig, input: Record<string, string>): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const error of Value.Errors(ConfigSchema, value)) {
    const key = error.instancePath.replace(/^\//, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const schema = (ConfigSchema.properties as Record<string, { description?: string }>)[key];
    const given = key in input ? ` (got "${redact(key, input[key] ?? '')}")` : '';
    problems.push(`${key} ${expectation(error.keyword, error.message)}${given}: ${schema?.description ?? ''}`);
  }
  return problems;
}

function expectation(keyword: string, message: string): string {
  if (keyword === 'anyOf' || keyword === 'const') return 'must be one of the listed values';
  return message;
}

/** Never echo a secret back into a log, even an invalid one. */
function redact(key: string, value: string): string {
  if (/KEY|PASSWORD|SECRET/.test(key)) return '***';
  return value.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}

function crossFieldProblems(c: RawConfig): string[] {
  const problems: string[] = [];
  if (c.NODE_ENV === 'production') {
    if (!c.DATABASE_URL) problems.push('DATABASE_URL is required when NODE_ENV=production (no embedded database)');
    if (!c.SMTP_URL) problems.push('SMTP_URL is required when NODE_ENV=production (no embedded mail catcher)');
  }
  if (c.SMTP_URL && !c.TEAM_EMAIL) problems.push('TEAM_EMAIL is required when SMTP_URL is set');
  if (c.SMTP_URL && !c.MAIL_FROM) problems.push('MAIL_FROM is required when SMTP_URL is set');
  if (c.LLM_PROVIDER === 'openai' && !c.OPENAI_API_KEY && !c.OPENAI_BASE_URL) {
    problems.push(
      'OPENAI_API_KEY (or OPENAI_BASE_URL for a keyless local server) is required when LLM_PROVIDER=openai',
    );
  }
  if (c.LLM_PROVIDER === 'azure') {
    if (!c.AZURE_OPENAI_ENDPOINT) problems.push('AZURE_OPENAI_ENDPOINT is required when LLM_PROVIDER=azure');
    if (!c.AZURE_OPENAI_DEPLOYMENT) problems.push('AZURE_OPENAI_DEPLOYMENT is required when LLM_PROVIDER=azure');
  }
  return problems;
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * For a process entry point: the configuration, or a message on stderr naming each bad variable and exit code 1
 * before anything listens.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee .env.example for every variable and its meaning.\n`);
    process.exit(1);
  }
}

/** The defaults of the embedded mode, for documentation and the .env.example check. */
export function configVariables(): { name: string; description: string; default?: unknown }[] {
  return Object.entries(ConfigSchema.properties).map(([name, schema]) => {
    const s = schema as { description?: string; default?: unknown };
    return { name, description: s.description ?? '', default: s.default };
  });
}
