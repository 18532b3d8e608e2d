import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ConfigError, configVariables, loadConfig } from './index.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems;
  }
  assert.fail('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs on embedded defaults with nothing set', () => {
    const config = loadConfig({});
    assert.equal(config.CHATBOT_PORT, 5000);
    assert.equal(config.DASHBOARD_PORT, 5001);
    assert.equal(config.WEBSITE_PORT, 3254);
    assert.equal(config.DASHBOARD_WEB_PORT, 3256);
    assert.equal(config.DATA_DIR, './data');
    assert.equal(config.LLM_PROVIDER, 'none');
    assert.equal(config.DATABASE_URL, undefined);
    assert.ok(config.CORS_ORIGINS.includes('https://www.irado.nl'));
  });

  it('converts numbers and splits lists', () => {
    const config = loadConfig({ CHATBOT_PORT: '6000', CORS_ORIGINS: ' https://a.example , https://b.example ,' });
    assert.equal(config.CHATBOT_PORT, 6000);
    assert.deepEqual(config.CORS_ORIGINS, ['https://a.example', 'https://b.example']);
  });

  it('treats empty strings as unset', () => {
    const config = loadConfig({ DATABASE_URL: '', CHATBOT_PORT: '  ' });
    assert.equal(config.DATABASE_URL, undefined);
    assert.equal(config.CHATBOT_PORT, 5000);
  });

  it('names the variable and what it expects for a bad value', () => {
    const problems = problemsOf({ CHATBOT_PORT: 'eighty', DATABASE_URL: 'mysql://x', LLM_PROVIDER: 'claude' });
    assert.equal(problems.length, 3);
    assert.match(problems.find((p) => p.startsWith('CHATBOT_PORT')) ?? '', /must be integer.*"eighty"/);
    assert.match(problems.find((p) => p.startsWith('DATABASE_URL')) ?? '', /pattern/);
    assert.match(problems.find((p) => p.startsWith('LLM_PROVIDER')) ?? '', /one of the listed values/);
  });

  it('rejects a port out of range', () => {
    assert.match(problemsOf({ DASHBOARD_PORT: '70000' })[0] ?? '', /^DASHBOARD_PORT/);
  });

  it('never echoes a password from a URL or a key', () => {
    const problems = problemsOf({ SMTP_URL: 'ftp://user:hunter2@mail', OPENAI_API_KEY: '' });
    assert.ok(problems.every((p) => !p.includes('hunter2')));
  });

  it('requires the real database and SMTP in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    assert.ok(problems.some((p) => p.startsWith('DATABASE_URL is required')));
    assert.ok(problems.some((p) => p.startsWith('SMTP_URL is required')));
  });

  it('requires the team mailbox and sender with a real SMTP server', () => {
    const problems = problemsOf({ SMTP_URL: 'smtp://mail.example:587' });
    assert.deepEqual(
      problems.map((p) => p.split(' ')[0]),
      ['TEAM_EMAIL', 'MAIL_FROM'],
    );
  });

  it('requires the settings of the chosen LLM provider', () => {
    assert.ok(problemsOf({ LLM_PROVIDER: 'azure' }).some((p) => p.startsWith('AZURE_OPENAI_ENDPOINT')));
    assert.ok(problemsOf({ LLM_PROVIDER: 'openai' }).some((p) => p.startsWith('OPENAI_API_KEY')));
    assert.equal(
      loadConfig({ LLM_PROVIDER: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }).LLM_PROVIDER,
      'openai',
    );
  });
});

describe('.env.example', () => {
  it('lists exactly the variables of the schema', () => {
    const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
    const listed = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort();
    assert.deepEqual(
      listed,
      configVariables()
        .map((v) => v.name)
        .sort(),
    );
  });

  it('documents every variable with the description of the schema', () => {
    const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
    for (const variable of configVariables()) {
      assert.ok(variable.description.length > 0, `${variable.name} has no description`);
      const firstWords = variable.description.split(/[;(]/)[0]!.trim();
      assert.ok(example.includes(firstWords), `.env.example does not explain ${variable.name}: "${firstWords}"`);
    }
  });
});
