import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCircuitBreaker } from './circuit-breaker.ts';

function breakerAt(start = 0) {
  const clock = { now: start };
  const breaker = createCircuitBreaker({ failureThreshold: 3, cooldownMs: 30_000, now: () => clock.now });
  return { breaker, clock };
}

function fail(breaker: ReturnType<typeof createCircuitBreaker>, times: number) {
  for (let i = 0; i < times; i += 1) {
    assert.ok(breaker.tryAcquire());
    breaker.recordFailure();
  }
}

describe('createCircuitBreaker', () => {
  it('stays closed below the threshold, and a success resets the count', () => {
    const { breaker } = breakerAt();
    fail(breaker, 2);
    breaker.recordSuccess();
    fail(breaker, 2);
    assert.equal(breaker.state(), 'closed');
    assert.ok(breaker.tryAcquire());
  });

  it('opens after three consecutive failures and refuses calls for the cool-down', () => {
    const { breaker, clock } = breakerAt();
    fail(breaker, 3);
    assert.equal(breaker.state(), 'open');
    assert.equal(breaker.tryAcquire(), false);
    clock.now = 29_999;
    assert.equal(breaker.tryAcquire(), false);
  });

  it('lets exactly one trial call through after the cool-down; its success closes the circuit', () => {
    const { breaker, clock } = breakerAt();
    fail(breaker, 3);
    clock.now = 30_000;
    assert.equal(breaker.state(), 'half-open');
    assert.equal(breaker.tryAcquire(), true);
    assert.equal(breaker.tryAcquire(), false, 'second caller while the trial runs');
    breaker.recordSuccess();
    assert.equal(breaker.state(), 'closed');
    assert.ok(breaker.tryAcquire());
  });

  it('re-opens for a full cool-down when the trial call fails', () => {
    const { breaker, clock } = breakerAt();
    fail(breaker, 3);
    clock.now = 30_000;
    assert.ok(breaker.tryAcquire());
    assert.equal(breaker.recordFailure(), true);
    clock.now = 59_999;
    assert.equal(breaker.state(), 'open');
    clock.now = 60_000;
    assert.equal(breaker.state(), 'half-open');
  });

  it('frees the trial slot when the trial ends without a verdict', () => {
    const { breaker, clock } = breakerAt();
    fail(breaker, 3);
    clock.now = 30_000;
    assert.ok(breaker.tryAcquire());
    breaker.release();
    assert.ok(breaker.tryAcquire());
  });
});
