import type { FastifyInstance } from 'fastify';

/** A dependency check for readiness: resolves true when the dependency answers; must not throw. */
export type HealthCheck = () => Promise<boolean>;

export interface HealthOptions {
  /** Checks that must pass for /health/ready, by name (e.g. `database`). */
  checks: Record<string, HealthCheck>;
  /** Whether start-up work (migrations, first data load) has finished; /health/startup answers 503 until then. */
  started: () => boolean;
}

/**
 * The three probes of Azure Container Apps: liveness (the process serves HTTP), readiness (its dependencies answer,
 * so it may take traffic) and start-up (its start-up work is done).
 */
export function registerHealthRoutes(app: FastifyInstance, options: HealthOptions): void {
  const probe = { logLevel: 'warn' as const };
  app.get('/health/live', probe, async () => ({ status: 'ok' }));

  app.get('/health/startup', probe, async (_request, reply) => {
    const started = options.started();
    return reply.status(started ? 200 : 503).send({ status: started ? 'ok' : 'starting' });
  });

  app.get('/health/ready', probe, async (_request, reply) => {
    const names = Object.keys(options.checks);
    const results = await Promise.all(names.map((name) => options.checks[name]?.().catch(() => false)));
    const checks = Object.fromEntries(names.map((name, i) => [name, results[i] ? 'ok' : 'unavailable']));
    const ready = options.started() && results.every(Boolean);
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', checks });
  });
}
