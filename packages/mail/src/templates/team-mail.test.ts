import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentRules as rules } from '@irado/kernel';
import { child, parseXml } from '../testing/parse-xml.ts';
import { anItem, aPickupRequest } from '../testing/requests.ts';
import { renderTeamMail } from './team-mail.ts';

const mattressAndTable = () =>
  aPickupRequest({ municipality: 'Schiedam', items: [anItem('a', 'matras'), anItem('b', 'eettafel')] });

function xmlOf(mail: ReturnType<typeof renderTeamMail>) {
  const attachment = mail.attachments[0];
  assert.ok(attachment);
  return { attachment, root: parseXml(attachment.content) };
}

function teamMail(request = mattressAndTable(), routeIndex = 0) {
  const route = request.plan.routes[routeIndex];
  assert.ok(route, 'the request has this route');
  return renderTeamMail(request, route, rules);
}

describe('renderTeamMail', () => {
  it('uses the legacy subject with the team’s route name and the municipality, one mail per route', () => {
    const request = mattressAndTable();
    const subjects = request.plan.routes.map((r) => renderTeamMail(request, r, rules).subject);
    assert.deepEqual(subjects, [
      'Grofvuil aanvraag - Huisraad (Schiedam)',
      'Grofvuil aanvraag - IJzer/EA/Matrassen (Schiedam)',
    ]);
  });

  it('attaches grofvuil_aanvraag.xml with every legacy element in the legacy order, extras only at the end', () => {
    const { attachment, root } = xmlOf(teamMail());
    assert.equal(attachment.filename, 'grofvuil_aanvraag.xml');
    assert.equal(attachment.contentType, 'application/xml');
    assert.equal(root.name, 'QMLRequest');
    assert.equal(root.attrs.version, '1.0');
    assert.deepEqual(
      root.children.map((c) => c.name),
      [
        ...['RequestType', 'Municipality', 'Route', 'Customer', 'Address', 'Items', 'Constraints', 'RouteData'],
        ...['Source', 'Timestamp', 'Reference', 'Appointments', 'AddressCheck'],
      ],
    );
    const names = (name: string) => child(root, name).children.map((c) => c.name);
    assert.deepEqual(names('Customer'), ['Name', 'Email', 'Phone']);
    assert.deepEqual(names('Address'), ['Street', 'HouseNumber', 'PostalCode', 'City', 'Municipality']);
    assert.deepEqual(names('Constraints'), ['MaxPieceLengthM', 'MaxPieceWidthM', 'MaxPieceWeightKg']);
    assert.deepEqual(names('RouteData'), ['EstimatedVolumeM3', 'MunicipalLimitM3', 'Notes']);
    const item = child(root, 'Items').children[0];
    assert.ok(item);
    assert.deepEqual(
      item.children.map((c) => c.name),
      ['Name', 'Quantity', 'Size', 'Notes', 'Category'],
    );
  });

  it('fills the legacy values: request type, route code and name, source, constraints and municipal limit', () => {
    const { root } = xmlOf(teamMail(mattressAndTable(), 1));
    assert.equal(child(root, 'RequestType').text, 'GROFVUIL_AFHAAL');
    assert.equal(child(root, 'Municipality').text, 'Schiedam');
    assert.equal(child(root, 'Route').attrs.code, 'IJZER_EA_MATRASSEN');
    assert.equal(child(root, 'Route').text, 'IJzer/EA/Matrassen');
    assert.equal(child(root, 'Source').text, 'Chatbot-Irado');
    assert.equal(child(root, 'Reference').text, 'GV-7K3M9Q');
    const constraints = child(root, 'Constraints');
    assert.equal(child(constraints, 'MaxPieceLengthM').text, '1.8');
    assert.equal(child(constraints, 'MaxPieceWidthM').text, '0.9');
    assert.equal(child(constraints, 'MaxPieceWeightKg').text, '30');
    assert.equal(child(child(root, 'RouteData'), 'MunicipalLimitM3').text, '1');
    const item = child(child(root, 'Items'), 'Item');
    assert.equal(child(item, 'Name').text, 'matras');
    assert.equal(child(item, 'Category').text, 'matrassen');
  });

  it('leaves MunicipalLimitM3 empty where the municipality has no cap (Capelle aan den IJssel)', () => {
    const { root } = xmlOf(teamMail(aPickupRequest({ municipality: 'Capelle aan den IJssel' })));
    assert.equal(child(child(root, 'RouteData'), 'MunicipalLimitM3').text, '');
  });

  it('stamps the confirmation time in Europe/Amsterdam with its offset, summer and winter', () => {
    const summer = xmlOf(teamMail(aPickupRequest({ confirmedAt: '2025-10-13T08:00:00Z' }))).root;
    assert.equal(child(summer, 'Timestamp').text, '2025-10-13T10:00:00+02:00');
    const winter = xmlOf(teamMail(aPickupRequest({ confirmedAt: '2025-12-31T23:30:00.000Z' }))).root;
    assert.equal(child(winter, 'Timestamp').text, '2026-01-01T00:30:00+01:00');
  });

  it('gives Size only the measurements the resident stated, and notes a possible crane truck', () => {
    const request = aPickupRequest({ items: [anItem('w', 'wasmachine', { weightKg: 70 })] });
    const { root } = xmlOf(teamMail(request));
    const item = child(child(root, 'Items'), 'Item');
    assert.deepEqual(child(item, 'Size').attrs, { weight_kg: '70' });
    assert.match(child(item, 'Notes').text, /kraanwagen/);
    assert.match(child(child(root, 'RouteData'), 'Notes').text, /Kraanwagen mogelijk nodig: 1 × wasmachine/);
  });

  it('tells planning how the route is split over appointments, in RouteData and in the extra Appointments element', () => {
    const request = aPickupRequest({ municipality: 'Schiedam', items: [anItem('a', 'bank', { quantity: 3 })] });
    const route = request.plan.routes[0];
    assert.ok(route && route.appointments.length > 1, 'three sofas exceed Schiedam’s 1 m³');
    const { root } = xmlOf(renderTeamMail(request, route, rules));
    assert.match(child(child(root, 'RouteData'), 'Notes').text, /Verdeeld over \d afspraken \(maximaal 1 m³/);
    const appointments = child(root, 'Appointments');
    assert.equal(appointments.attrs.count, String(route.appointments.length));
    assert.equal(appointments.children.length, route.appointments.length);
  });

  it('flags an unverified address for staff (Decision 11)', () => {
    const request = aPickupRequest({
      check: {
        outcome: 'unverified',
        reason: 'api_unavailable_in_range',
        source: 'postcode_range',
        flagForStaff: true,
      },
      address: { street: null, city: null },
    });
    const { root } = xmlOf(teamMail(request));
    assert.match(child(child(root, 'RouteData'), 'Notes').text, /Adres niet geverifieerd.*Controle door medewerker/);
    assert.deepEqual(child(root, 'AddressCheck').attrs, {
      outcome: 'unverified',
      reason: 'api_unavailable_in_range',
      source: 'postcode_range',
      flagForStaff: 'true',
    });
    assert.equal(child(child(root, 'Address'), 'Street').text, '');
  });

  it('escapes hostile values so the XML stays well-formed and the HTML shows them as text', () => {
    const name = `<script>alert("x")</script> O'Brien & Zn\u0007`;
    const mail = teamMail(
      aPickupRequest({ contact: { name }, items: [anItem('a', 'bank', { text: 'bank </Name><Evil/>' })] }),
    );
    const { attachment, root } = xmlOf(mail);
    assert.equal(child(child(root, 'Customer'), 'Name').text, `<script>alert("x")</script> O'Brien & Zn`);
    assert.match(child(child(child(root, 'Items'), 'Item'), 'Notes').text, /bank <\/Name><Evil\/>/);
    assert.doesNotMatch(attachment.content, /<script>|<Evil/);
    assert.doesNotMatch(mail.html, /<script>|<Evil/);
    assert.match(mail.html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; O&#39;Brien &amp; Zn/);
    assert.match(mail.text, /Naam: <script>alert\("x"\)<\/script> O'Brien & Zn/);
  });

  it('is always Dutch, whatever the resident’s language', () => {
    const mail = teamMail(aPickupRequest({ language: 'ar' }));
    assert.equal(mail.subject, 'Grofvuil aanvraag - Huisraad (Schiedam)');
    assert.match(mail.html, /<html lang="nl">/);
    assert.match(mail.text, /^Zie bijlage voor de grofvuil aanvraag \(XML format\)\./);
  });
});
