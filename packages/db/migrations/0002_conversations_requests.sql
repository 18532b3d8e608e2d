-- Up Migration

-- One row per chat session. The whole conversation state lives here (not in a window of recent messages), so a
-- conversation survives restarts, any number of turns and several replicas. `version` is the optimistic lock: a turn
-- writes only if nobody else wrote since it read, which makes a double-clicked "ja" harmless.
create table conversations (
  session_id text primary key check (session_id ~ '^[A-Za-z0-9_-]{10,100}$'),
  state jsonb not null,
  version integer not null default 1,
  language text not null default 'nl',
  channel text not null default 'website',
  turns integer not null default 0,
  -- input and output tokens of LLM turns, for cost reporting (zero for the offline engine)
  tokens_in integer not null default 0,
  tokens_out integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index conversations_updated_at on conversations (updated_at desc);

-- The transcript, for staff. Personal data: covered by the retention job, never copied into logs.
create table messages (
  id bigint generated always as identity primary key,
  session_id text not null references conversations (session_id) on delete cascade,
  role text not null check (role in ('user', 'bot')),
  content text not null,
  -- the bot's full reply (buttons, image flag) or the actions the user's turn produced
  payload jsonb,
  created_at timestamptz not null default now()
);
create index messages_session on messages (session_id, id);

-- A confirmed pickup request: the validated booking from which every mail is rendered. `plan` is the kernel's plan
-- as confirmed; routes and items are also stored relationally for staff queries and exports.
create table requests (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  session_id text not null references conversations (session_id),
  -- one request per confirmed booking of a session: a retried "ja" finds the key taken and creates nothing
  idempotency_key text not null unique,
  status text not null default 'submitted' check (status in ('submitted', 'cancelled')),
  language text not null check (language in ('nl', 'en', 'tr', 'ar')),
  municipality text not null,
  contact_name text not null,
  contact_email text not null,
  contact_phone text,
  street text,
  house_number text not null,
  postcode text not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  city text,
  address_outcome text not null check (address_outcome in ('resident', 'unverified')),
  address_reason text not null,
  address_source text not null,
  koad_numbers text[] not null default '{}',
  flag_for_staff boolean not null default false,
  consent_at timestamptz not null,
  confirmed_at timestamptz not null,
  rules_version text not null,
  plan jsonb not null,
  created_at timestamptz not null default now()
);
create index requests_created_at on requests (created_at desc);
create index requests_flagged on requests (created_at desc) where flag_for_staff;

create table request_routes (
  request_id uuid not null references requests (id) on delete cascade,
  route text not null check (route in ('HUISRAAD', 'IJZER_EA_MATRASSEN', 'TUIN_SNOEIAFVAL')),
  volume_m3 numeric(6, 3) not null,
  cap_m3 numeric(6, 3),
  appointments integer not null check (appointments >= 1),
  primary key (request_id, route)
);

create table request_items (
  request_id uuid not null references requests (id) on delete cascade,
  item_key text not null,
  route text not null,
  catalogue_id text not null,
  description text not null,
  category text not null,
  quantity integer not null check (quantity >= 1),
  length_m numeric(5, 2),
  width_m numeric(5, 2),
  height_m numeric(5, 2),
  weight_kg numeric(6, 1),
  notes text[] not null default '{}',
  primary key (request_id, item_key),
  foreign key (request_id, route) references request_routes (request_id, route) on delete cascade
);
