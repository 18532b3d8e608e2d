-- Up Migration

-- Extensions for the FAQ and address search: trigram similarity, accent-insensitive matching, gen_random_bytes/crypt.
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists pgcrypto;

-- Small key/value facts about the installation, e.g. the version of the loaded rule set.
create table app_meta (
  key text primary key,
  value text not null,
  updated_at timestamptz not null default now()
);
