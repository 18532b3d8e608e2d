import { MUNICIPALITIES, type Municipality, normalisePostcode, normalizeText } from '@irado/kernel';

/** A piece of the message that was recognised, so the item matcher does not read it as an item. */
export interface Span {
  from: number;
  to: number;
}

export interface Entities {
  email: string | null;
  phone: string | null;
  postcode: string | null;
  /** A postcode-like string that is not four digits and two letters ("3132C"). */
  invalidPostcode: string | null;
  street: string | null;
  houseNumber: number | null;
  addition: string | null;
  city: string | null;
  name: string | null;
  municipality: Municipality | null;
  /** A place outside the service area the resident says they live in ("Rozenburg", "Rotterdam"). */
  foreignPlace: string | null;
  spans: Span[];
}

const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Dutch numbers: 06-12345678, 010-262 1000, +31 6 1234 5678, 0031…; at least 10 digits in all. */
const PHONE = /(?:\+31|0031|\b0)[\s-]?(?:\(0\)[\s-]?)?\d(?:[\s-]?\d){8}\b/g;
const POSTCODE = /\b([1-9]\d{3})\s?([A-Za-z]{2})\b/g;
/** Two letters that are more likely a word than the end of a postcode ("1234 en …"). */
const NOT_POSTCODE_LETTERS = new Set([
  'EN',
  'IN',
  'OP',
  'OF',
  'AT',
  'IS',
  'TO',
  'AN',
  'DE',
  'TE',
  'IK',
  'OM',
  'ON',
  'OR',
  'BY',
  'MM',
  'CM',
  'KG',
]);
const INVALID_POSTCODE =
  /\b([1-9]\d{3}\s?[A-Za-z]?|\d{1,3}\s?[A-Za-z]{2}|[1-9]\d{4,5}\s?[A-Za-z]{0,2})(?=\s*(?:,|$|\s+\p{Lu}))/gu;

const STREET_SUFFIX =
  /(?:straat|weg|laan|plein|kade|singel|dijk|gracht|hof|park|pad|dreef|baan|steeg|erf|ring|plantsoen|boulevard|wal|markt|haven|veld|tuinen|zijde|oord|hoek|burg|berg|werf|kanaal|allee|dam|polder|vaart|kant|buurt|stede|promenade|rede|lei|lijn|dreef|akker|wei|bos|bosch|hoven|linie|passage|poort|schans|sloot|vest|wetering|zoom|landen|hage|donk)$/i;
/** "Voorbeeldstraat 12", "Proefweg 45-B", "Kerkstraat 12a", "Burgemeester de Bruinelaan 3 bis". */
const STREET_NUMBER =
  /(\p{Lu}[\p{L}'’.-]*(?:\s+(?:[\p{L}'’.-]+)){0,4}?)\s+(\d{1,5})(?:\s*-\s*([A-Za-z]{1,3}|\d{1,3})|\s?([A-Za-z])\b|\s+(bis|hs|rd|zw)\b)?(?!\d|[.,]\d|\s*(?:m\b|cm\b|kg\b|meter|x\b|×))/gu;

const MUNICIPALITY_NAMES: [RegExp, Municipality][] = [
  [/\bschiedam\b/, 'Schiedam'],
  [/\bvlaardingen\b/, 'Vlaardingen'],
  [
    /\bcapelle(?:\s+(?:aan\s+den|a\.?\s?d\.?|ad|aan\s+de)\s+ijssel)?\b|\bcapelle\s*a\/d\s*ijssel\b|\bcappelle\b|\bcapele\b/,
    'Capelle aan den IJssel',
  ],
];

/** Places near the service area and large cities, recognised as outside it. */
const FOREIGN_PLACES = [
  'Rozenburg',
  'Rotterdam',
  'Maassluis',
  'Delft',
  'Den Haag',
  "'s-Gravenhage",
  'Amsterdam',
  'Utrecht',
  'Krimpen aan den IJssel',
  'Nieuwerkerk aan den IJssel',
  'Zuidplas',
  'Ridderkerk',
  'Barendrecht',
  'Spijkenisse',
  'Nissewaard',
  'Westland',
  'Midden-Delfland',
  'Lansingerland',
  'Pijnacker',
  'Zoetermeer',
  'Gouda',
  'Dordrecht',
  'Hoogvliet',
  'Pernis',
  'Hellevoetsluis',
  'Brielle',
  'Voorne aan Zee',
  'Albrandswaard',
  'Rhoon',
  'Berkel en Rodenrijs',
  'Bergschenhoek',
  'Maasland',
  'Schipluiden',
  'Leiden',
  'Eindhoven',
  'Groningen',
];
const FOREIGN = FOREIGN_PLACES.map((place) => ({
  place,
  pattern: new RegExp(`\\b${normalizeText(place).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
}));
const LIVE_IN =
  /\b(?:ik woon in|woonachtig in|wij wonen in|we wonen in|i live in|we live in|living in)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/** The service-area municipality named in a text, if any. Also finds Turkish forms like "Schiedam'da". */
export function findMunicipality(text: string): Municipality | null {
  const norm = normalizeText(text).replace(/'(?:da|de|ta|te|dan|den|a|e)\b/g, '');
  return MUNICIPALITY_NAMES.find(([pattern]) => pattern.test(norm))?.[1] ?? null;
}

/** A place outside the service area that the text names as where the resident lives or the address is. */
export function findForeignPlace(text: string): string | null {
  const norm = normalizeText(text);
  const known = FOREIGN.find(({ pattern }) => pattern.test(norm));
  if (known) return known.place;
  const lives = LIVE_IN.exec(text)?.[1];
  return lives && !findMunicipality(lives) ? lives : null;
}

/** Finds contact and address details in a message, with the spans they occupy. */
export function extractEntities(text: string): Entities {
  const spans: Span[] = [];
  const take = (m: RegExpExecArray | RegExpMatchArray) =>
    spans.push({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length });
  const email = pickEmail(text, take);
  const phoneMatch = [...text.matchAll(PHONE)].find((m) => !overlaps(spans, m));
  if (phoneMatch) take(phoneMatch);
  const postcodeMatch = [...text.matchAll(POSTCODE)].find(
    (m) => !NOT_POSTCODE_LETTERS.has((m[2] ?? '').toUpperCase()) && !overlaps(spans, m),
  );
  if (postcodeMatch) take(postcodeMatch);
  const street = findStreet(text, spans, take);
  const invalid = postcodeMatch ? null : findInvalidPostcode(text, spans, street !== null);
  const city = findCity(text, postcodeMatch);
  const name = findName(text, spans, take);
  return {
    email,
    phone: phoneMatch ? phoneMatch[0].replace(/\s+/g, ' ').trim() : null,
    postcode: postcodeMatch ? normalisePostcode(postcodeMatch[0]) : null,
    invalidPostcode: invalid,
    street: street?.street ?? null,
    houseNumber: street?.number ?? null,
    addition: street?.addition ?? null,
    city,
    name,
    municipality: findMunicipality(text),
    foreignPlace: findForeignPlace(text),
    spans,
  };
}

/**
 * The resident's own address when a message holds several: not one that follows "naar", "to", "kopie", "cc" (an
 * instruction to send something elsewhere, which is never obeyed).
 */
function pickEmail(text: string, take: (m: RegExpMatchArray) => void): string | null {
  const matches = [...text.matchAll(EMAIL)];
  for (const m of matches) take(m);
  const own = matches.filter(
    (m) =>
      !/\b(?:naar|to|aan|kopie|copy|cc|bcc|forward)\s*:?\s*$/i.test(
        text.slice(Math.max(0, (m.index ?? 0) - 25), m.index),
      ),
  );
  const chosen = own.at(-1) ?? null;
  return chosen ? chosen[0].toLowerCase() : null;
}

function overlaps(spans: Span[], m: RegExpMatchArray): boolean {
  const from = m.index ?? 0;
  const to = from + m[0].length;
  return spans.some((s) => from < s.to && to > s.from);
}

function findStreet(
  text: string,
  spans: Span[],
  take: (m: RegExpMatchArray) => void,
): { street: string; number: number; addition: string | null } | null {
  for (const m of text.matchAll(STREET_NUMBER)) {
    if (overlaps(spans, m)) continue;
    const words = (m[1] ?? '').trim().split(/\s+/);
    // Keep only the words that belong to the street: from the last one starting the street name backwards.
    const streetWords = trimToStreet(words);
    if (!streetWords) continue;
    const number = Number.parseInt(m[2] ?? '', 10);
    if (!(number > 0)) continue;
    take(m);
    const addition = (m[3] ?? m[4] ?? m[5] ?? '').toUpperCase() || null;
    return { street: streetWords, number, addition };
  }
  return null;
}

const STREET_PARTICLE = /^(?:de|van|der|den|het|ter|ten|te|'s|in|op|aan)$/;
const STREET_TITLE =
  /^(?:Burgemeester|Burg\.|Dokter|Dr\.|Professor|Prof\.|Prins|Prinses|Koning|Koningin|Graaf|Gravin|Admiraal|Generaal|Sint|St\.|Oude|Nieuwe|Groot|Klein|Lange|Korte|Hoge|Lage|Noord|Zuid|Oost|West)$/u;

/**
 * The street name at the end of the words before a number, or null when they do not end in a street name. Only
 * particles and title words are taken along backwards: a capitalised word before the street is as likely a verb at the
 * start of a sentence ("Markeer Demoweg 3") as part of the name, and the register or postcode API gives the real name.
 */
function trimToStreet(words: string[]): string | null {
  const last = words.at(-1) ?? '';
  if (!STREET_SUFFIX.test(last) || !/^\p{Lu}/u.test(last)) return null;
  let street = last;
  for (let i = words.length - 2; i >= 0; i--) {
    const word = words[i] ?? '';
    if (!STREET_PARTICLE.test(word) && !STREET_TITLE.test(word)) break;
    street = `${word} ${street}`;
  }
  return street.replace(/^(?:de|van|der|den|het|ter|ten|te|in|op|aan)\s+/, '');
}

function findInvalidPostcode(text: string, spans: Span[], hasStreet: boolean): string | null {
  if (!hasStreet && !/\bpostcode\b/i.test(text)) return null;
  for (const m of text.matchAll(INVALID_POSTCODE)) {
    if (overlaps(spans, m)) continue;
    const value = m[0].trim();
    // A lone number after a street is its house number, not a postcode.
    if (/^\d{1,3}$/.test(value)) continue;
    return value;
  }
  return null;
}

function findCity(text: string, postcode: RegExpMatchArray | undefined): string | null {
  const municipality = findMunicipality(text);
  if (postcode) {
    const after = text
      .slice((postcode.index ?? 0) + postcode[0].length)
      .match(/^\s*,?\s*(\p{Lu}[\p{L}'’-]*(?:\s+(?:aan|den|a\/d|de|\p{Lu}[\p{L}'’-]*)){0,4})/u);
    if (after?.[1]) return after[1].trim();
  }
  return municipality;
}

const NAME_LABEL =
  /(?:\b[Nn]aam|\b[Nn]ame|\b[Ii]sim|\b[Aa]dım|\b[Ii]smim|\b[Mm]ijn naam is|\b[Ii]k heet|\b[Mm]y name is)\s*[:=]?\s*(\p{Lu}[\p{L}'’.-]+(?:\s+(?:van|de|der|den|het|ter|ten|te|la|le|el|al|bin)?\s*\p{Lu}?[\p{L}'’.-]+){0,4})/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|het|ter|ten|te|el|al|bin)$/u;
const NOT_NAME =
  /^(?:Ik|Mijn|Hoi|Hallo|Goedemorgen|Sorry|Ja|Nee|Yes|No|Hi|Hello|Merhaba|Evet|Oh|Een|De|Het|The|My|I|Alleen|Dan|En|Maar|Graag|Ok|Oké|Okay|Adres|Postcode|Telefoon|Email|E-mail)$/u;

/**
 * A full name: after a label ("Naam: Lisa Demo", "mijn naam is …"), or a comma-separated part of the message made of
 * two to five capitalised words that is not an address, a place or an item list ("Jan Voorbeeld, Voorbeeldstraat 12").
 */
function findName(text: string, spans: Span[], take: (m: RegExpMatchArray) => void): string | null {
  const labelled = NAME_LABEL.exec(text);
  if (labelled?.[1] && !findMunicipality(labelled[1])) {
    const index = (labelled.index ?? 0) + labelled[0].indexOf(labelled[1]);
    spans.push({ from: index, to: index + labelled[1].length });
    return labelled[1].trim();
  }
  let offset = 0;
  for (const part of text.split(/([,;\n]|\.\s)/)) {
    const from = offset;
    offset += part.length;
    const trimmed = part.trim();
    const words = trimmed.split(/\s+/);
    if (words.length < 2 || words.length > 5) continue;
    if (!words.every((w) => NAME_WORD.test(w)) || NOT_NAME.test(words[0] ?? '') || /\d|@/.test(trimmed)) continue;
    if (findMunicipality(trimmed) || findForeignPlace(trimmed) || STREET_SUFFIX.test(words.at(-1) ?? '')) continue;
    const start = from + part.indexOf(trimmed);
    if (spans.some((s) => start < s.to && start + trimmed.length > s.from)) continue;
    take(Object.assign([trimmed], { index: start }) as unknown as RegExpMatchArray);
    return trimmed;
  }
  return null;
}

/** Whether the municipality names one of the service area's (for buttons and tests). */
export function isServiceMunicipality(name: string): name is Municipality {
  return (MUNICIPALITIES as readonly string[]).includes(name);
}
