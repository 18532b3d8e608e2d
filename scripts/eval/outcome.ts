import type { Scenario } from './fixtures.ts';
import type { EvalSystem } from './system.ts';

interface StoredItem {
  route: string;
  description: string;
  catalogue_id: string;
}

/**
 * Checks what a scenario left behind against its `final_outcome`: whether one request was stored, its municipality,
 * routes, items per route, excluded items and e-mail, one team mail per route plus one confirmation; or, without a
 * request, why not.
 */
export async function checkOutcome(system: EvalSystem, sessionId: string, scenario: Scenario): Promise<string[]> {
  const pool = system.pool;
  if (!pool) return [];
  const expected = scenario.final_outcome;
  const problems: string[] = [];
  const requests = await pool.query<{ id: string; municipality: string; contact_email: string }>(
    'select id, municipality, contact_email from requests where session_id = $1',
    [sessionId],
  );
  const created = requests.rows.length > 0;
  if (requests.rows.length > 1) problems.push(`${requests.rows.length} requests were stored instead of one`);
  if (created !== expected.request_created) {
    problems.push(expected.request_created ? 'no request was stored' : 'a request was stored but should not be');
  }
  const request = requests.rows[0];
  if (!request) return [...problems, ...(await checkRefusal(system, sessionId, scenario))];

  if (expected.municipality && request.municipality !== expected.municipality) {
    problems.push(`municipality ${request.municipality}, expected ${expected.municipality}`);
  }
  if (expected.customer_email && request.contact_email !== expected.customer_email) {
    problems.push(`e-mail ${request.contact_email}, expected ${expected.customer_email}`);
  }
  const items = (
    await pool.query<StoredItem>('select route, description, catalogue_id from request_items where request_id = $1', [
      request.id,
    ])
  ).rows;
  const routes = [...new Set(items.map((i) => i.route))].sort();
  if (routes.join() !== [...expected.routes].sort().join())
    problems.push(`routes ${routes}, expected ${expected.routes}`);
  const text = (i: StoredItem) => `${i.description} ${i.catalogue_id.replaceAll('_', ' ')}`.toLowerCase();
  for (const [route, patterns] of Object.entries(expected.items_by_route)) {
    for (const p of patterns) {
      if (!items.some((i) => i.route === route && new RegExp(p, 'i').test(text(i))))
        problems.push(`no item /${p}/ on ${route}`);
    }
  }
  for (const p of expected.items_excluded ?? []) {
    if (items.some((i) => new RegExp(p, 'i').test(text(i)))) problems.push(`excluded item /${p}/ is in the request`);
  }
  const mails = await pool.query<{ kind: string; route: string | null }>(
    'select kind, route from email_outbox where request_id = $1',
    [request.id],
  );
  const teamRoutes = mails.rows
    .filter((m) => m.kind === 'team_route')
    .map((m) => m.route ?? '')
    .sort();
  if (teamRoutes.join() !== routes.join())
    problems.push(`team mails for ${teamRoutes}, expected one per route ${routes}`);
  const confirmations = mails.rows.filter((m) => m.kind === 'resident_confirmation').length;
  if (confirmations !== 1) problems.push(`${confirmations} resident confirmations instead of one`);
  return problems;
}

/** Without a request, the conversation's state must show the expected reason (stop reason or refused items). */
async function checkRefusal(system: EvalSystem, sessionId: string, scenario: Scenario): Promise<string[]> {
  const expected = scenario.final_outcome.refusal_reason;
  if (!expected || !system.pool) return [];
  const { rows } = await system.pool.query<{
    state: { stop: string | null; lastRefused: string[]; address: { check: unknown } };
  }>('select state from conversations where session_id = $1', [sessionId]);
  const state = rows[0]?.state;
  if (!state) return [`no conversation stored for ${sessionId}`];
  const actual = state.stop ?? (state.lastRefused.length > 0 ? 'refused_item' : null);
  return actual === expected
    ? []
    : [`ended without a request because of ${actual ?? 'nothing recorded'}, expected ${expected}`];
}
