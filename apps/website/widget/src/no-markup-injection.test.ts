import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const FORBIDDEN =
  /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\(|new Function\(/;

describe('widget sources', () => {
  it('never turn text into markup: no innerHTML, document.write or eval anywhere', async () => {
    const files = (await readdir(SRC, { recursive: true })).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'));
    assert.ok(files.length > 5);
    for (const file of files) {
      const source = await readFile(join(SRC, file), 'utf8');
      assert.doesNotMatch(source, FORBIDDEN, file);
    }
  });
});
