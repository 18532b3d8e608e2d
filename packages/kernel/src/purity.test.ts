import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const forbidden: [RegExp, string][] = [
  [/from ['"]node:/, 'imports a Node.js module (I/O)'],
  [/from ['"](?!\.)[^'"]+['"]/, 'imports a package (the kernel depends on nothing)'],
  [/\bDate\.now\(|new Date\(/, 'reads the clock'],
  [/Math\.random\(|randomUUID/, 'uses randomness'],
  [/\bprocess\./, 'reads the process environment'],
  [/\bfetch\(|console\./, 'does I/O'],
];

describe('the kernel is pure', () => {
  it('has no I/O, no clock, no randomness and no dependencies in its source', () => {
    const files = sourceFiles(srcDir);
    assert.ok(files.length > 5);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const [pattern, why] of forbidden) {
        assert.ok(!pattern.test(source), `${file.slice(srcDir.length)} ${why}`);
      }
    }
  });
});
