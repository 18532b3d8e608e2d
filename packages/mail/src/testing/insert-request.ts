import { randomBytes } from 'node:crypto';
import type { PickupRequest } from '@irado/kernel';
import type pg from 'pg';

/**
 * Stores a request row (and the conversation it belongs to) so outbox rows can reference it. A stand-in for the
 * pickup service's repository in this package's tests; it fills only the columns the schema requires.
 */
export async function insertRequest(db: pg.Pool | pg.ClientBase, request: PickupRequest): Promise<string> {
  const sessionId = `test_${randomBytes(8).toString('hex')}`;
  await db.query('insert into conversations (session_id, state) values ($1, $2)', [sessionId, {}]);
  const { rows } = await db.query<{ id: string }>(
    `insert into requests (reference, session_id, idempotency_key, language, municipality, contact_name,
                           contact_email, contact_phone, street, house_number, postcode, city, address_outcome,
                           address_reason, address_source, flag_for_staff, consent_at, confirmed_at, rules_version, plan)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
     returning id`,
    [
      `${request.reference}-${randomBytes(3).toString('hex')}`,
      sessionId,
      `${sessionId}:1`,
      request.language,
      request.address.municipality,
      request.contact.name,
      request.contact.email,
      request.contact.phone,
      request.address.street,
      request.address.houseNumber,
      request.address.postcode,
      request.address.city,
      request.address.check.outcome,
      request.address.check.reason,
      request.address.check.source,
      request.flagForStaff,
      request.consentAt,
      request.confirmedAt,
      request.plan.rulesVersion,
      request.plan,
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('request not stored');
  return id;
}
