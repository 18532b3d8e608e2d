import type { PickupRequest, RoutePlan, RuleSet } from '@irado/kernel';
import type { RenderedMail } from '../message.ts';
import { amsterdamIso } from './amsterdam-time.ts';
import { escapeHtml as h } from './escape.ts';
import { type TeamFacts, teamFacts } from './team-facts.ts';
import { renderTeamXml } from './team-xml.ts';

/** The team mail's attachment name and type, unchanged from the legacy system so the intake finds it. */
export const TEAM_XML_FILENAME = 'grofvuil_aanvraag.xml';

function sizeText(size: TeamFacts['items'][number]['size']): string {
  const dims = [size.length_m, size.width_m, size.height_m].filter((v) => v !== undefined).join(' × ');
  return [dims ? `${dims} m` : '', size.weight_kg ? `${size.weight_kg} kg` : ''].filter(Boolean).join(', ');
}

function addressLine(request: PickupRequest): string {
  const a = request.address;
  return [[a.street, a.houseNumber].filter(Boolean).join(' '), [a.postcode, a.city].filter(Boolean).join(' ')].join(
    ', ',
  );
}

function summaryRows(request: PickupRequest, f: TeamFacts): [string, string][] {
  const c = request.contact;
  return [
    ['Referentie', request.reference],
    ['Route', `${f.routeName} (${f.routeCode})`],
    ['Gemeente', f.municipality],
    ['Naam', c.name],
    ['E-mail', c.email],
    ['Telefoon', c.phone ?? ''],
    ['Adres', addressLine(request)],
    ['Geschat volume', `${f.volumeM3} m³`],
    ['Limiet per afspraak', f.capM3 ? `${f.capM3} m³` : 'geen limiet'],
    ['Afspraken', String(f.appointments.length)],
    ['Opmerkingen', f.routeNotes.join('; ')],
    ['Bevestigd op', amsterdamIso(request.confirmedAt)],
  ];
}

function renderText(request: PickupRequest, f: TeamFacts): string {
  const rows = summaryRows(request, f).map(([k, v]) => `${k}: ${v}`);
  const items = f.items.map((i) => {
    const details = [sizeText(i.size), i.category, i.notes].filter(Boolean).join('; ');
    return `- ${i.quantity} × ${i.name}${details ? ` (${details})` : ''}`;
  });
  return [
    'Zie bijlage voor de grofvuil aanvraag (XML format).',
    '',
    ...rows,
    '',
    'Items:',
    ...items,
    '',
    'Aangemaakt door de Irado-chatbot.',
  ].join('\n');
}

function renderHtml(request: PickupRequest, f: TeamFacts, subject: string): string {
  const rows = summaryRows(request, f)
    .map(([k, v]) => `<tr><th align="left" style="padding:4px 12px 4px 0">${h(k)}</th><td>${h(v)}</td></tr>`)
    .join('');
  const items = f.items
    .map(
      (i) =>
        `<tr><td>${i.quantity}</td><td>${h(i.name)}</td><td>${h(sizeText(i.size))}</td>` +
        `<td>${h(i.category)}</td><td>${h(i.notes)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${h(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<h1 style="font-size:18px;color:#0f7ac0">${h(subject)}</h1>
<p>Zie bijlage voor de grofvuil aanvraag (XML format).</p>
<table cellpadding="0" cellspacing="0">${rows}</table>
<h2 style="font-size:16px">Items</h2>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><th>Aantal</th><th>Omschrijving</th><th>Afmetingen</th><th>Categorie</th><th>Opmerkingen</th></tr>${items}</table>
<p style="color:#666">Aangemaakt door de Irado-chatbot.</p>
</body></html>
`;
}

/**
 * The mail to the planning team for one route of a request: always Dutch, with the legacy subject and the QMLRequest
 * XML attachment their intake reads, plus the same content as readable HTML and plain text.
 */
export function renderTeamMail(request: PickupRequest, route: RoutePlan, rules: RuleSet): RenderedMail {
  const facts = teamFacts(request, route, rules);
  const subject = `Grofvuil aanvraag - ${facts.routeName} (${facts.municipality})`;
  return {
    subject,
    text: renderText(request, facts),
    html: renderHtml(request, facts, subject),
    attachments: [
      { filename: TEAM_XML_FILENAME, contentType: 'application/xml', content: renderTeamXml(request, facts, rules) },
    ],
  };
}
