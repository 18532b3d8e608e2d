-- Up Migration

-- One row per upload of the KOAD register (dashboard upload, CLI, or the demo register loaded on first start), so staff
-- see when the register was last replaced and why an upload failed.
create table koad_imports (
  id bigint generated always as identity primary key,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  source text not null check (source in ('demo', 'upload', 'cli')),
  filename text,
  rows_total integer,
  rows_imported integer,
  -- Rows kept in the register but without lookup keys (postcode or house number `nan`, empty or malformed): staff see
  -- the whole register, the address check cannot find these rows.
  rows_skipped_unusable integer,
  status text not null default 'running' check (status in ('running', 'succeeded', 'failed')),
  error text
);

-- Irado's address/object register (Decision 5). The KOAD-* columns keep the file's cells as text (NULL for `nan` and
-- empty cells) so staff see what was uploaded; postcode, house_number, house_number_to and additions are the normalised
-- keys the address check queries.
--
-- A KOAD-huisnr range such as `20-22` stays one row: house_number is its first number and house_number_to its last
-- (NULL for a single number). A lookup for n asks `postcode = $1 and house_number <= n and coalesce(house_number_to,
-- house_number) >= n`; the (postcode, house_number) index narrows that to one postcode, which holds a few dozen rows,
-- so the range test costs nothing. Expanding ranges into a key table would add a second table to keep in step on every
-- import for ~150 rows of 128k.
--
-- Every import replaces this table by renaming a fully loaded and indexed staging table in its place (see
-- packages/address/src/register/koad-staging.ts) and dropping the old one. So: no foreign keys to it and no views on
-- it (they would block that drop and fail every import), and index names must stay as below, because the import
-- recreates them under these names.
create table koad_register (
  koad_number text primary key,
  street text,
  postcode_raw text,
  huisaand text,
  huisnr_raw text,
  etage text,
  name text,
  active boolean not null,
  resident boolean not null,
  postcode char(6),
  house_number integer,
  house_number_to integer,
  -- House letter / addition / floor from KOAD-huisnr ("12A"), KOAD-huisaand and KOAD-etage, normalised by the kernel's
  -- normaliseAddition ("a" -> "A"); '{}' when the row is for the whole number.
  additions text[] not null default '{}',
  constraint koad_register_range_check check (house_number_to is null or house_number_to > house_number)
);

create index koad_register_lookup_idx on koad_register (postcode, house_number);
