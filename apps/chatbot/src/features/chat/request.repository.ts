import type { PickupRequest } from '@irado/kernel';
import type pg from 'pg';

type Executor = Pick<pg.ClientBase, 'query'>;

/**
 * Stores a confirmed request with its routes and items. Returns the new id, or null when this booking was stored
 * already (same idempotency key): a repeated "ja" or a retried HTTP request creates nothing twice.
 */
export async function insertRequest(
  db: Executor,
  input: { request: PickupRequest; sessionId: string; idempotencyKey: string },
): Promise<string | null> {
  const { request: r } = input;
  const { rows } = await db.query<{ id: string }>(
    `insert into requests (reference, session_id, idempotency_key, language, municipality, contact_name, contact_email,
       contact_phone, street, house_number, postcode, city, address_outcome, address_reason, address_source, koad_numbers,
       flag_for_staff, consent_at, confirmed_at, rules_version, plan)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
     on conflict (idempotency_key) do nothing
     returning id`,
    [
      r.reference,
      input.sessionId,
      input.idempotencyKey,
      r.language,
      r.plan.municipality,
      r.contact.name,
      r.contact.email,
      r.contact.phone,
      r.address.street,
      r.address.houseNumber,
      r.address.postcode,
      r.address.city,
      r.address.check.outcome,
      r.address.check.reason,
      r.address.check.source,
      r.address.check.koadNumbers,
      r.flagForStaff,
      r.consentAt,
      r.confirmedAt,
      r.plan.rulesVersion,
      JSON.stringify(r.plan),
    ],
  );
  const id = rows[0]?.id;
  if (!id) return null;
  for (const route of r.plan.routes) {
    await db.query(
      'insert into request_routes (request_id, route, volume_m3, cap_m3, appointments) values ($1, $2, $3, $4, $5)',
      [id, route.route, route.volumeM3, route.capM3, route.appointments.length],
    );
    await db.query(
      `insert into request_items (request_id, item_key, route, catalogue_id, description, category, quantity, length_m,
         width_m, height_m, weight_kg, notes)
       select $1, i.key, $2, i.catalogue_id, i.description, i.category, i.quantity, i.length_m, i.width_m, i.height_m,
         i.weight_kg, string_to_array(i.notes, ',')
       from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::numeric[], $9::numeric[], $10::numeric[],
         $11::numeric[], $12::text[])
         as i(key, catalogue_id, description, category, quantity, length_m, width_m, height_m, weight_kg, notes)`,
      [
        id,
        route.route,
        route.items.map((i) => i.key),
        route.items.map((i) => i.catalogueId),
        route.items.map((i) => i.text),
        route.items.map((i) => i.category),
        route.items.map((i) => i.quantity),
        route.items.map((i) => i.measurements.lengthM ?? null),
        route.items.map((i) => i.measurements.widthM ?? null),
        route.items.map((i) => i.measurements.heightM ?? null),
        route.items.map((i) => i.measurements.weightKg ?? null),
        route.items.map((i) => i.notes.join(',')),
      ],
    );
  }
  return id;
}
