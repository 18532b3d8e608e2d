import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retryAfterMs } from './retry-after.ts';

describe('retryAfterMs', () => {
  it('reads seconds, an HTTP date and retry-after-ms, and nothing from a missing or garbled header', () => {
    const now = Date.parse('2026-05-01T10:00:00Z');
    const at = (h: Record<string, string>) => retryAfterMs(new Headers(h), now);
    assert.equal(at({ 'retry-after': '2' }), 2_000);
    assert.equal(at({ 'retry-after': 'Fri, 01 May 2026 10:01:00 GMT' }), 60_000);
    assert.equal(at({ 'retry-after-ms': '150', 'retry-after': '9' }), 150);
    assert.equal(at({}), null);
    assert.equal(at({ 'retry-after': 'soon' }), null);
  });
});
