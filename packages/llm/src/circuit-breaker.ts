/** Options of {@link createCircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. Default 3. */
  failureThreshold?: number;
  /** How long the circuit stays open before one trial call is let through. Default 30 s. */
  cooldownMs?: number;
  /** Milliseconds since some epoch; injectable so tests need not wait. Default `Date.now`. */
  now?: () => number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * Stops calling a system that keeps failing, so a chat turn fails in microseconds instead of waiting out timeouts
 * and retries, and the system gets room to recover. Closed: every call goes through. Open: none does, until
 * `cooldownMs` has passed. Half-open: exactly one trial call goes through; its success closes the circuit, its
 * failure opens it for another cool-down.
 */
export function createCircuitBreaker(options: CircuitBreakerOptions = {}) {
  const threshold = options.failureThreshold ?? 3;
  const cooldownMs = options.cooldownMs ?? 30_000;
  const now = options.now ?? Date.now;
  let failures = 0;
  let openedAt: number | null = null;
  let trialInFlight = false;

  const state = (): CircuitState => {
    if (openedAt === null) return 'closed';
    return now() - openedAt >= cooldownMs ? 'half-open' : 'open';
  };

  return {
    state,
    /** True when a call may go ahead. In half-open, true once until that call's outcome is recorded. */
    tryAcquire(): boolean {
      const current = state();
      if (current === 'closed') return true;
      if (current === 'open' || trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    recordSuccess(): void {
      failures = 0;
      openedAt = null;
      trialInFlight = false;
    },
    /** Returns true when this failure opened (or re-opened) the circuit. */
    recordFailure(): boolean {
      failures += 1;
      const wasTrial = trialInFlight;
      trialInFlight = false;
      if (wasTrial || (openedAt === null && failures >= threshold)) {
        openedAt = now();
        return true;
      }
      return false;
    },
    /** An outcome that says nothing about the system (the caller gave up): frees the half-open trial slot. */
    release(): void {
      trialInFlight = false;
    },
  };
}
export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>;
