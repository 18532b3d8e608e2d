import type { PickupRequest, RuleSet } from '@irado/kernel';
import { amsterdamIso } from './amsterdam-time.ts';
import { escapeXml as x } from './escape.ts';
import { type TeamFacts, xmlNumber } from './team-facts.ts';

const attrs = (values: Record<string, string | undefined>): string =>
  Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${x(v)}"`)
    .join('');

/**
 * The `grofvuil_aanvraag.xml` attachment in the legacy `QMLRequest version="1.0"` format (legacy reference §7.1). Every
 * legacy element keeps its name, place and meaning so the planners' intake keeps working; what the old format lacked
 * (reference, appointment split, address check) comes only as extra elements after `<Timestamp>`. Built by string
 * templates with one escaping helper rather than an XML library: the format is fixed and small, and every value goes
 * through `escapeXml`.
 */
export function renderTeamXml(request: PickupRequest, facts: TeamFacts, rules: RuleSet): string {
  const { contact, address } = request;
  const items = facts.items.map(
    (i) =>
      `    <Item>\n` +
      `      <Name>${x(i.name)}</Name>\n` +
      `      <Quantity>${i.quantity}</Quantity>\n` +
      `      <Size${attrs(i.size)}/>\n` +
      `      <Notes>${x(i.notes)}</Notes>\n` +
      `      <Category>${x(i.category)}</Category>\n` +
      `    </Item>\n`,
  );
  const appointments = facts.appointments.map(
    (a) =>
      `    <Appointment${attrs({ number: String(a.number), volume_m3: a.volumeM3 })}>\n` +
      a.units.map((u) => `      <Item${attrs({ name: u.name, quantity: String(u.quantity) })}/>\n`).join('') +
      `    </Appointment>\n`,
  );
  const check = facts.addressCheck;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<QMLRequest version="1.0">\n` +
    `  <RequestType>GROFVUIL_AFHAAL</RequestType>\n` +
    `  <Municipality>${x(facts.municipality)}</Municipality>\n` +
    `  <Route code="${x(facts.routeCode)}">${x(facts.routeName)}</Route>\n` +
    `  <Customer>\n` +
    `    <Name>${x(contact.name)}</Name>\n` +
    `    <Email>${x(contact.email)}</Email>\n` +
    `    <Phone>${x(contact.phone)}</Phone>\n` +
    `  </Customer>\n` +
    `  <Address>\n` +
    `    <Street>${x(address.street)}</Street>\n` +
    `    <HouseNumber>${x(address.houseNumber)}</HouseNumber>\n` +
    `    <PostalCode>${x(address.postcode)}</PostalCode>\n` +
    `    <City>${x(address.city)}</City>\n` +
    `    <Municipality>${x(address.municipality)}</Municipality>\n` +
    `  </Address>\n` +
    `  <Items>\n${items.join('')}  </Items>\n` +
    `  <Constraints>\n` +
    `    <MaxPieceLengthM>${xmlNumber(rules.limits.maxPieceLengthM)}</MaxPieceLengthM>\n` +
    `    <MaxPieceWidthM>${xmlNumber(rules.limits.maxPieceWidthM)}</MaxPieceWidthM>\n` +
    `    <MaxPieceWeightKg>${xmlNumber(rules.limits.maxPieceWeightKg)}</MaxPieceWeightKg>\n` +
    `  </Constraints>\n` +
    `  <RouteData>\n` +
    `    <EstimatedVolumeM3>${facts.volumeM3}</EstimatedVolumeM3>\n` +
    `    <MunicipalLimitM3>${facts.capM3}</MunicipalLimitM3>\n` +
    `    <Notes>${x(facts.routeNotes.join('; '))}</Notes>\n` +
    `  </RouteData>\n` +
    `  <Source>Chatbot-Irado</Source>\n` +
    `  <Timestamp>${amsterdamIso(request.confirmedAt)}</Timestamp>\n` +
    `  <Reference>${x(request.reference)}</Reference>\n` +
    `  <Appointments count="${facts.appointments.length}">\n${appointments.join('')}  </Appointments>\n` +
    `  <AddressCheck${attrs({
      outcome: check.outcome,
      reason: check.reason,
      source: check.source,
      flagForStaff: String(check.flagForStaff),
    })}/>\n` +
    `</QMLRequest>\n`
  );
}
