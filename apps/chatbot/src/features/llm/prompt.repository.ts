import type pg from 'pg';

type Executor = Pick<pg.ClientBase, 'query'>;

/** The prompt the LLM understanding runs with; `understanding` is the only one so far. */
export const UNDERSTANDING_PROMPT = 'understanding';

/** The content of the active version of prompt `name`, or null when none is active. */
export async function activePrompt(db: Executor, name: string): Promise<string | null> {
  const { rows } = await db.query<{ content: string }>('select content from prompts where name = $1 and active', [
    name,
  ]);
  return rows[0]?.content ?? null;
}

/**
 * Stores `content` as version 1, active, when prompt `name` has no version at all; true when it did. A start-up
 * racing another replica inserts nothing twice (the unique (name, version) constraint).
 */
export async function seedPrompt(db: Executor, name: string, content: string): Promise<boolean> {
  const result = await db.query(
    `insert into prompts (name, version, content, active, created_by, notes)
     select $1, 1, $2, true, 'system', 'seeded from the file shipped with the code'
     where not exists (select 1 from prompts where name = $1)
     on conflict do nothing`,
    [name, content],
  );
  return result.rowCount === 1;
}

/**
 * Reads the active prompt at most once per `ttlMs` (default 30 s), so activating a new version applies within that
 * time without a restart. When no version is active or the database cannot be read, `fallback` (the shipped prompt,
 * or the last prompt read) is used: a turn never fails for want of a prompt.
 */
export function createPromptSource(options: {
  pool: Executor;
  name: string;
  fallback: () => string;
  ttlMs?: number;
  now?: () => number;
}): () => Promise<string> {
  const ttlMs = options.ttlMs ?? 30_000;
  const now = options.now ?? Date.now;
  let cached: { content: string; at: number } | null = null;
  return async () => {
    if (cached && now() - cached.at < ttlMs) return cached.content;
    let content: string | null = null;
    try {
      content = await activePrompt(options.pool, options.name);
    } catch {
      content = null;
    }
    cached = { content: content ?? cached?.content ?? options.fallback(), at: now() };
    return cached.content;
  };
}
