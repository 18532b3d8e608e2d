import Type from 'typebox';

const Port = (fallback: number, description: string) =>
  Type.Integer({ minimum: 1, maximum: 65535, default: fallback, description });
const PostgresUrl = (description: string) =>
  Type.Optional(Type.String({ pattern: '^postgres(ql)?://', description: `${description} (postgres://…)` }));
const HttpUrl = (fallback: string, description: string) =>
  Type.String({ pattern: '^https?://', default: fallback, description });

/**
 * Every environment variable of the platform, with its default for the embedded mode. One schema for all four
 * services: each reads what it needs, and `.env.example` is checked against this list by a test.
 */
export const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('test'), Type.Literal('production')], {
    default: 'development',
    description: 'development, test or production; production refuses the embedded database and mail catcher',
  }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info', description: 'pino log level: fatal, error, warn, info, debug, trace or silent' },
  ),
  DATA_DIR: Type.String({
    minLength: 1,
    default: './data',
    description: 'Folder for the embedded database (pg/), caught mails (mail/) and other files',
  }),
  HOST: Type.String({
    minLength: 1,
    default: '127.0.0.1',
    description: 'Interface the services listen on; 0.0.0.0 in containers',
  }),
  DATABASE_URL: PostgresUrl('PostgreSQL for chats and requests; unset: embedded PGlite under $DATA_DIR/pg'),
  KOAD_DATABASE_URL: PostgresUrl('PostgreSQL for the KOAD address register; unset: the same database'),
  SMTP_URL: Type.Optional(
    Type.String({
      pattern: '^smtps?://',
      description:
        'SMTP server (smtp:// or smtps://user:pass@host:port); unset: embedded catcher writing $DATA_DIR/mail',
    }),
  ),
  TEAM_EMAIL: Type.Optional(
    Type.String({ format: 'email', description: "Planning team's mailbox for the per-route request mails" }),
  ),
  MAIL_FROM: Type.Optional(
    Type.String({ minLength: 3, description: 'Sender of all mails, e.g. "Irado <noreply@irado.nl>"' }),
  ),
  OPEN_POSTCODE_URL: HttpUrl('https://openpostcode.nl/api/address', 'Open Postcode API address lookup endpoint'),
  LLM_PROVIDER: Type.Union([Type.Literal('none'), Type.Literal('openai'), Type.Literal('azure')], {
    default: 'none',
    description: 'none (built-in offline engine), openai (OpenAI or any compatible server) or azure (Azure OpenAI)',
  }),
  OPENAI_API_KEY: Type.Optional(
    Type.String({ minLength: 1, description: 'API key for OpenAI or a compatible server' }),
  ),
  OPENAI_BASE_URL: Type.Optional(
    Type.String({ pattern: '^https?://', description: 'OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1' }),
  ),
  OPENAI_MODEL: Type.String({
    minLength: 1,
    default: 'gpt-4o-mini',
    description: 'Model name for LLM_PROVIDER=openai',
  }),
  AZURE_OPENAI_ENDPOINT: Type.Optional(
    Type.String({ pattern: '^https?://', description: 'Azure OpenAI resource endpoint' }),
  ),
  AZURE_OPENAI_DEPLOYMENT: Type.Optional(Type.String({ minLength: 1, description: 'Azure OpenAI deployment name' })),
  AZURE_OPENAI_API_VERSION: Type.String({
    minLength: 1,
    default: '2024-10-21',
    description: 'Azure OpenAI API version',
  }),
  AZURE_OPENAI_API_KEY: Type.Optional(
    Type.String({ minLength: 1, description: 'Azure OpenAI key; unset: Entra ID (managed identity)' }),
  ),
  CHATBOT_PORT: Port(5000, 'Port of the chatbot service (chat API)'),
  DASHBOARD_PORT: Port(5001, 'Port of the dashboard API'),
  WEBSITE_PORT: Port(3254, 'Port of the public website with the chat widget'),
  DASHBOARD_WEB_PORT: Port(3256, 'Port of the staff web app'),
  CHATBOT_URL: HttpUrl('http://127.0.0.1:5000', 'Where the website reaches the chatbot service'),
  DASHBOARD_URL: HttpUrl('http://127.0.0.1:5001', 'Where the staff web app reaches the dashboard API'),
  CHAT_RATE_LIMIT_IP: Type.Integer({
    minimum: 1,
    default: 120,
    description: 'Chat messages per minute from one client address (429 with Retry-After above it)',
  }),
  CHAT_RATE_LIMIT_SESSION: Type.Integer({
    minimum: 1,
    default: 20,
    description: 'Chat messages per minute in one chat session',
  }),
  TRUST_PROXY: Type.String({
    minLength: 1,
    default: 'loopback',
    description:
      'Proxies whose X-Forwarded-For is trusted for the client address: loopback, a list of addresses/CIDRs, or false',
  }),
  CORS_ORIGINS: Type.String({
    default: 'https://www.irado.nl,https://irado.nl,http://localhost:3254,http://127.0.0.1:3254',
    description: 'Comma-separated origins allowed to call the chat API from a browser',
  }),
});
