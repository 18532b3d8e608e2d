-- Up Migration

-- The LLM's system prompts, versioned. A change is a new row, never an edit, so every conversation can be traced to the
-- prompt it ran with and a bad prompt is undone by activating the previous version. The chatbot seeds version 1 of
-- each prompt from the file shipped with the code when no row exists, and reads the active row with a short cache,
-- so a newly activated version applies without a restart.
create table prompts (
  id serial primary key,
  name text not null,
  version integer not null check (version >= 1),
  content text not null check (content <> ''),
  active boolean not null default false,
  created_at timestamptz not null default now(),
  created_by text,
  notes text,
  unique (name, version)
);

-- At most one active version per prompt: activating a version is "deactivate the old, activate the new" in one
-- transaction, and a second concurrent activation fails here instead of leaving two.
create unique index prompts_one_active on prompts (name) where active;
