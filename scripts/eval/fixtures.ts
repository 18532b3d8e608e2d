import type { FakeAddress } from '@irado/address/testing';
import { normalisePostcode, parseHouseNumber } from '@irado/kernel';

export interface AddressFixture {
  input: string;
  postcode: string;
  huisnummer: string;
  validate_address_result: {
    is_valid: boolean;
    municipality: string | null;
    in_service_area: boolean;
    on_koad_list: boolean;
  };
}

export interface ScenarioTurn {
  user: string;
  expect_any: string[][];
  expect_none?: string[];
  note: string;
}

export interface Scenario {
  id: string;
  description: string;
  lang: string;
  address_fixture: AddressFixture | null;
  turns: ScenarioTurn[];
  final_outcome: {
    request_created: boolean;
    municipality: string | null;
    routes: string[];
    items_by_route: Record<string, string[]>;
    items_excluded?: string[];
    customer_email: string | null;
    refusal_reason: string | null;
  };
}

export interface FaqCase {
  id: string;
  question: string;
  category: string;
  lang: string;
  expect_all: string[][];
  expect_none: string[];
  note: string;
}

const KOAD_HEADER =
  'KOAD-nummer,KOAD-str,KOAD-pc,KOAD-huisaand,KOAD-huisnr,KOAD-etage,KOAD-naam,KOAD-actief,KOAD-inwoner';

/** The street of a fixture's free-text address ("Proefweg 45-B, 3132 CD Vlaardingen" → "Proefweg"). */
function streetOf(input: string): string {
  return /^\s*([^\d,]+?)\s+\d/.exec(input)?.[1]?.trim() ?? 'Onbekend';
}

/**
 * The world the scenarios assume, made real: a business fixture becomes a KOAD row with `KOAD-inwoner=0`, every
 * other valid fixture an address the local Open Postcode fake knows, in its own municipality.
 */
export function worldOf(scenarios: readonly Scenario[]): { koadCsv: string; postcodeAddresses: FakeAddress[] } {
  const rows: string[] = [KOAD_HEADER];
  const addresses = new Map<string, FakeAddress>();
  let koadNumber = 900000;
  for (const scenario of scenarios) {
    const fixture = scenario.address_fixture;
    if (!fixture?.validate_address_result.is_valid) continue;
    const postcode = normalisePostcode(fixture.postcode);
    const house = parseHouseNumber(fixture.huisnummer);
    if (!postcode || !house) continue;
    const result = fixture.validate_address_result;
    const street = streetOf(fixture.input);
    if (result.on_koad_list) {
      koadNumber += 1;
      rows.push(
        [koadNumber, street, postcode, '', house.number, house.addition ?? '', `${street} Bedrijf BV`, 1, 0].join(','),
      );
      continue;
    }
    const place = result.municipality ?? 'Rotterdam';
    addresses.set(`${postcode}-${house.number}`, {
      postcode,
      huisnummer: house.number,
      straat: street,
      woonplaats: place,
      gemeente: place,
    });
  }
  return { koadCsv: `${rows.join('\n')}\n`, postcodeAddresses: [...addresses.values()] };
}
