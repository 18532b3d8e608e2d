import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = (project: string) =>
  spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', project, '--noEmit'], {
    cwd: root,
    encoding: 'utf8',
  });

// The root tsconfig covers server code only; the widget has its own (DOM, JSX) and the E2E tests and build script
// live outside src/, so they are type-checked here, as part of the suite CI runs.
describe('type-check of the website’s browser code, scripts and E2E tests', () => {
  it('passes for the widget alone, with the browser’s types and no Node types', () => {
    const result = tsc('apps/website/widget/tsconfig.json');
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('passes for everything in apps/website', () => {
    const result = tsc('apps/website/tsconfig.json');
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});
