import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runEval = (args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval/run.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });

describe('npm run eval -- --llm', () => {
  const withoutLlm = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(LLM_PROVIDER|OPENAI_|AZURE_OPENAI_)/.test(name)),
  );

  it('exits 2 with a clear message when LLM_PROVIDER is unset, before reading the evaluation files', () => {
    const result = runEval(['--llm', '--dir', '/nonexistent/eval'], withoutLlm);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /LLM_PROVIDER must be openai or azure \(is unset\)/);
    assert.equal(result.stdout, '');
  });

  it('names the missing variables of the chosen provider', () => {
    const result = runEval(['--llm', '--dir', '/nonexistent/eval'], { ...withoutLlm, LLM_PROVIDER: 'azure' });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /AZURE_OPENAI_ENDPOINT is required/);
  });
});
