import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freshDatabase } from '@irado/db/testing';
import { activePrompt, createPromptSource, seedPrompt } from './prompt.repository.ts';

describe('prompt repository', () => {
  it('seeds version 1 as active only while the prompt has no version, and allows one active version per name', async (t) => {
    const { pool } = await freshDatabase(t);
    assert.equal(await activePrompt(pool, 'understanding'), null);
    assert.equal(await seedPrompt(pool, 'understanding', 'eerste'), true);
    assert.equal(await seedPrompt(pool, 'understanding', 'tweede'), false);
    assert.equal(await activePrompt(pool, 'understanding'), 'eerste');
    await assert.rejects(
      pool.query(`insert into prompts (name, version, content, active) values ('understanding', 2, 'x', true)`),
      { code: '23505' },
    );

    let clock = 0;
    const source = createPromptSource({ pool, name: 'understanding', fallback: () => 'bestand', now: () => clock });
    assert.equal(await source(), 'eerste');
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`update prompts set active = false where name = 'understanding'`);
      await client.query(
        `insert into prompts (name, version, content, active) values ('understanding', 2, 'nieuw', true)`,
      );
      await client.query('commit');
    } finally {
      client.release();
    }
    clock = 29_000;
    assert.equal(await source(), 'eerste', 'cached for 30 s');
    clock = 31_000;
    assert.equal(await source(), 'nieuw', 'a new active version applies without a restart');
    const none = createPromptSource({ pool, name: 'other', fallback: () => 'bestand' });
    assert.equal(await none(), 'bestand');
  });
});
