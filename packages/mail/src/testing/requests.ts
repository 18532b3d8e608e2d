import {
  type AddressClassification,
  type Contact,
  confirmRequest,
  currentRules,
  type DraftItem,
  type Language,
  type Municipality,
  type PickupAddress,
  type PickupRequest,
  planRequest,
} from '@irado/kernel';

/** A draft line for a catalogue item, with the catalogue id as the resident's words unless given. */
export function anItem(key: string, catalogueId: string, extra: Partial<DraftItem> = {}): DraftItem {
  return { key, catalogueId, text: catalogueId, quantity: 1, ...extra };
}

const postcodes: Record<Municipality, string> = {
  Schiedam: '3111AA',
  Vlaardingen: '3131AB',
  'Capelle aan den IJssel': '2901AC',
};

/** Options of {@link aPickupRequest}; everything has a plausible default. */
export interface PickupRequestOptions {
  municipality?: Municipality;
  language?: Language;
  items?: DraftItem[];
  contact?: Partial<Contact>;
  address?: Partial<Omit<PickupAddress, 'check'>>;
  check?: Partial<AddressClassification>;
  reference?: string;
  confirmedAt?: string;
}

/**
 * A confirmed request built the way production builds it (planRequest, then confirmRequest), for mail and outbox tests.
 * Throws when the options do not make a bookable request, so a test never runs on a half-valid value.
 */
export function aPickupRequest(opts: PickupRequestOptions = {}): PickupRequest {
  const municipality = opts.municipality ?? 'Schiedam';
  const plan = planRequest(
    {
      municipality,
      items: opts.items ?? [anItem('a', 'salontafel'), anItem('b', 'eetkamerstoel', { quantity: 2 })],
      date: '2025-10-13',
    },
    currentRules,
  );
  const result = confirmRequest({
    reference: opts.reference ?? 'GV-7K3M9Q',
    language: opts.language ?? 'nl',
    contact: { name: 'A. Voorbeeld', email: 'a.voorbeeld@example.org', phone: '0612345678', ...opts.contact },
    address: {
      street: 'Voorbeeldlaan',
      houseNumber: '12A',
      postcode: postcodes[municipality],
      city: municipality,
      municipality,
      ...opts.address,
      check: {
        outcome: 'resident',
        reason: 'register_resident',
        municipality,
        foreignMunicipality: null,
        flagForStaff: false,
        source: 'register',
        koadNumbers: ['K1'],
        ...opts.check,
      },
    },
    consentAt: '2025-10-13T07:58:00Z',
    confirmedAt: opts.confirmedAt ?? '2025-10-13T08:00:00Z',
    plan,
  });
  if (!result.ok) throw new Error(`not a bookable request: ${result.problems.join(', ')}`);
  return result.request;
}
