import type { AddressOutcome, AddressReason, Municipality } from '@irado/kernel';

/** A documented address of the demo register, for the README, demos and tests. */
export interface DemoAddress {
  postcode: string;
  houseNumber: number;
  addition: string | null;
  description: string;
  /**
   * The register's verdict through the kernel's `classifyByRegister`, or null when the register stays silent (no
   * active row) and the Open Postcode API and the postcode ranges decide.
   */
  register: {
    outcome: AddressOutcome;
    reason: AddressReason;
    municipality: Municipality | null;
    flagForStaff: boolean;
  } | null;
}

const resident = (municipality: Municipality) =>
  ({ outcome: 'resident', reason: 'register_resident', municipality, flagForStaff: false }) as const;
const business = { outcome: 'business', reason: 'register_business', municipality: null, flagForStaff: false } as const;

/**
 * Fixed showcase addresses of the demo register. The generator never uses postcodes whose letters start with X, so
 * these keys hold exactly the rows in {@link showcaseRows}.
 */
export const demoAddresses = {
  residentSchiedam: {
    postcode: '3117XA',
    houseNumber: 12,
    addition: null,
    description: 'A plain resident in Schiedam',
    register: resident('Schiedam'),
  },
  residentVlaardingen: {
    postcode: '3132XB',
    houseNumber: 8,
    addition: null,
    description: 'A plain resident in Vlaardingen; the register writes the postcode as "3132 XB"',
    register: resident('Vlaardingen'),
  },
  residentCapelle: {
    postcode: '2902XC',
    houseNumber: 40,
    addition: null,
    description: 'A plain resident in Capelle aan den IJssel',
    register: resident('Capelle aan den IJssel'),
  },
  business: {
    postcode: '3112XD',
    houseNumber: 5,
    addition: null,
    description: 'A business (KOAD-inwoner=0): referred to the business customer service',
    register: business,
  },
  mixedHomeUpstairs: {
    postcode: '3131XE',
    houseNumber: 20,
    addition: 'A',
    description: 'A shop downstairs and homes 20A and 20B upstairs: the letter picks the home',
    register: resident('Vlaardingen'),
  },
  mixedShopDownstairs: {
    postcode: '3131XE',
    houseNumber: 20,
    addition: null,
    description: 'The same key without a letter: the row for the bare number is the shop',
    register: business,
  },
  mixedAmbiguous: {
    postcode: '3133XF',
    houseNumber: 7,
    addition: null,
    description: 'A home and a practice at the same number, no letters: resident, flagged for staff (Decision 5)',
    register: { outcome: 'resident', reason: 'register_ambiguous', municipality: 'Vlaardingen', flagForStaff: true },
  },
  inactiveBusiness: {
    postcode: '2903XG',
    houseNumber: 15,
    addition: null,
    description: 'Only an inactive business row (KOAD-actief=0): ignored, the Open Postcode API decides',
    register: null,
  },
  residentOutsideRanges: {
    postcode: '3011XH',
    houseNumber: 3,
    addition: null,
    description: 'A resident row in Rotterdam, outside the three postcode ranges: outside the service area',
    register: { outcome: 'outside_area', reason: 'register_outside_ranges', municipality: null, flagForStaff: false },
  },
  rangeBusiness: {
    postcode: '3125XJ',
    houseNumber: 21,
    addition: null,
    description: 'A business registered as KOAD-huisnr "20-22": found under 21',
    register: business,
  },
  letterInNumber: {
    postcode: '3134XK',
    houseNumber: 12,
    addition: 'A',
    description: 'A resident registered as KOAD-huisnr "12A"',
    register: resident('Vlaardingen'),
  },
  absentInRange: {
    postcode: '3119XZ',
    houseNumber: 99,
    addition: null,
    description: 'Not in the register, Schiedam range: the Open Postcode API decides; unverified when it is down',
    register: null,
  },
  absentOutsideRange: {
    postcode: '3062XZ',
    houseNumber: 1,
    addition: null,
    description: 'Not in the register, Rotterdam: outside the area by API or, when it is down, by range',
    register: null,
  },
} as const satisfies Record<string, DemoAddress>;

/** The CSV cells of the showcase rows, in KOAD column order, with KOAD-nummers no generated row uses. */
export const showcaseRows: readonly (readonly string[])[] = [
  ['990001', 'Broersvest', '3117XA', '', '12', '', '3117XA12', '1', '1'],
  ['990002', 'Hoogstraat', '3132 XB', '', '8', '', '3132XB8', '1', '1'],
  ['990003', 'Slotplein', '2902XC', '', '40', '', '2902XC40', '1', '1'],
  ['990004', 'Buitenhavenweg', '3112XD', '', '5', '', 'Schiedamse Branderij BV', '1', '0'],
  ['990005', 'Markt', '3131XE', '', '20', '', 'Bloemenhuis Flora', '1', '0'],
  ['990006', 'Markt', '3131XE', '', '20', 'A', '3131XE20', '1', '1'],
  ['990007', 'Markt', '3131XE', '', '20', 'B', '3131XE20', '1', '1'],
  ['990008', 'Emmastraat', '3133XF', '', '7', '', '3133XF7', '1', '1'],
  ['990009', 'Emmastraat', '3133XF', '', '7', '', 'Fysiotherapie Van Dam', '1', '0'],
  ['990010', 'Kanaaldijk', '2903XG', '', '15', '', 'Tuincentrum De Groene Hoek', '0', '0'],
  ['990011', 'Coolsingel', '3011XH', '', '3', '', '3011XH3', '1', '1'],
  ['990012', "'s-Gravelandseweg", '3125XJ', '', '20-22', '', 'Havenopslag Schiedam BV', '1', '0'],
  ['990013', 'Westnieuwland', '3134XK', '', '12A', '', '3134XK12A', '1', '1'],
];
