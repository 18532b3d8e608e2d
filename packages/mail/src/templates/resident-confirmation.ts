import {
  instructionText,
  itemLine,
  localized,
  type PickupRequest,
  planTexts,
  type RoutePlan,
  type RuleSet,
  refusalText,
  routeLabel,
  volumeText,
} from '@irado/kernel';
import type { RenderedMail } from '../message.ts';
import { AFVALPLAATS_CID, afvalplaatsAttachment } from './afvalplaats.ts';
import { type Block, renderBlocksHtml, renderBlocksText } from './blocks.ts';
import { type ResidentTexts, residentTexts } from './resident-texts.ts';

function addressLine(request: PickupRequest): string {
  const a = request.address;
  const postcode = a.postcode.replace(/^(\d{4})([A-Z]{2})$/, '$1 $2');
  const street = [a.street, a.houseNumber].filter(Boolean).join(' ');
  return `${street}, ${postcode} ${a.city ?? a.municipality}`;
}

function routeBlock(request: PickupRequest, route: RoutePlan, rules: RuleSet, t: ResidentTexts): Block {
  const lang = request.language;
  return {
    heading: t.route(routeLabel(route.route, lang, rules)),
    level: 3,
    paragraphs: [
      ...(route.appointments.length > 1 ? [t.appointments(route.appointments.length)] : []),
      `${t.volume}: ${volumeText(route.volumeM3, route.capM3, lang)}`,
    ],
    lists: [
      { title: t.items, items: route.items.map((i) => itemLine(i, lang, rules)) },
      // Includes "only this route's items on this date" whenever there are several routes (the ≈22 % failure cause).
      { title: t.instructions, items: route.instructions.map((i) => instructionText(i, request.plan, lang, rules)) },
    ],
  };
}

function hasHeavyItems(request: PickupRequest): boolean {
  return request.plan.routes.some((r) =>
    r.items.some((i) => i.flags.heavyAppliance || i.notes.includes('crane_possible')),
  );
}

function blocks(request: PickupRequest, rules: RuleSet, t: ResidentTexts): Block[] {
  const { plan, language: lang, contact } = request;
  const service = rules.contacts.customerService;
  const dates = [planTexts(lang).datesFollow(plan.totalAppointments)];
  if (plan.routes.length > 1) dates.push(t.separateVehicles(plan.routes.length));
  dates.push(t.notADate);
  const result: Block[] = [
    {
      heading: t.detailsHeading,
      rows: [
        [t.labels.name, contact.name],
        [t.labels.address, addressLine(request)],
        [t.labels.email, contact.email],
        [t.labels.municipality, request.address.municipality],
        [t.labels.reference, request.reference],
      ],
    },
    // Never a date: planning sends it later. Several appointments are said plainly (the mattress case: two dates).
    { heading: t.datesHeading, paragraphs: dates, highlight: plan.totalAppointments > 1 },
    { heading: t.routesHeading },
    ...plan.routes.map((r) => routeBlock(request, r, rules, t)),
    { heading: t.whereHeading, image: { cid: AFVALPLAATS_CID, alt: t.whereCaption }, paragraphs: [t.whereCaption] },
  ];
  if (hasHeavyItems(request)) result.push({ heading: t.heavyHeading, paragraphs: [t.heavy] });
  if (plan.refused.length > 0) {
    result.push({
      heading: t.refusedHeading,
      paragraphs: [t.refusedIntro],
      lists: [{ items: plan.refused.map((r) => `${itemLine(r, lang, rules)}: ${refusalText(r, lang, rules)}`) }],
    });
  }
  const hours = localized(service.hours, lang);
  result.push({ heading: t.contactHeading, paragraphs: [t.contact(service.phone, service.email, hours)] });
  return result;
}

/**
 * The resident's confirmation of a request, in the request's language (nl, en, tr, ar; Arabic right-to-left): their
 * details, per route the items and how, when and where to put them out, what is refused and where it goes instead,
 * and the reference and customer service. It never names a date: planning sends the date(s) later.
 */
export function renderResidentConfirmation(request: PickupRequest, rules: RuleSet): RenderedMail {
  const t = residentTexts(request.language);
  const content = blocks(request, rules, t);
  const frame = {
    lang: request.language,
    dir: t.dir,
    title: t.title,
    greeting: t.greeting(request.contact.name),
    intro: t.intro,
    closing: [t.closing, t.signature],
  };
  return {
    subject: t.subject,
    text: renderBlocksText(frame, content),
    html: renderBlocksHtml(frame, content, t.subject),
    attachments: [afvalplaatsAttachment()],
  };
}
