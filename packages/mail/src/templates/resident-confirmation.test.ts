import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentRules as rules } from '@irado/kernel';
import { anItem, aPickupRequest } from '../testing/requests.ts';
import { renderResidentConfirmation } from './resident-confirmation.ts';

const schiedamMattressAndTable = (language: 'nl' | 'en' | 'tr' | 'ar') =>
  aPickupRequest({ municipality: 'Schiedam', language, items: [anItem('a', 'matras'), anItem('b', 'eettafel')] });

const languages = [
  {
    language: 'nl',
    subject: 'Bevestiging grofvuil aanvraag - Irado',
    closing: 'Met vriendelijke groet,',
    twoDates: /Dit worden 2 afspraken, elk met een eigen datum/,
  },
  {
    language: 'en',
    subject: 'Confirmation of your bulky waste (grofvuil) request - Irado',
    closing: 'Kind regards,',
    twoDates: /These are 2 appointments, each with its own date/,
  },
  {
    language: 'tr',
    subject: 'Büyük eşya (grofvuil) talebinizin onayı - Irado',
    closing: 'Saygılarımızla,',
    twoDates: /kendi tarihine sahip 2 ayrı randevu olacak/,
  },
  {
    language: 'ar',
    subject: 'تأكيد طلب جمع النفايات الكبيرة (grofvuil) - Irado',
    closing: 'مع أطيب التحيات،',
    twoDates: /سيتوزع ذلك على 2 من المواعيد، لكل منها تاريخه الخاص/,
  },
] as const;

// Any calendar date or month name would be a promise only planning can make.
const DATE_LIKE = [
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/,
  /\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/i,
  /\b(january|february|march|june|july|august|october)\b/i,
  /\b(ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)\b/i,
];

describe('renderResidentConfirmation', () => {
  for (const l of languages) {
    it(`writes the whole mail in ${l.language}: subject, greeting and closing`, () => {
      const mail = renderResidentConfirmation(schiedamMattressAndTable(l.language), rules);
      assert.equal(mail.subject, l.subject);
      assert.ok(mail.text.includes(l.closing), 'closing in the text body');
      assert.ok(mail.html.includes(l.closing), 'closing in the HTML body');
      assert.match(mail.html, new RegExp(`<html lang="${l.language}"`));
    });

    it(`says in ${l.language} that the Schiedam mattress and table are two appointments with two dates`, () => {
      const mail = renderResidentConfirmation(schiedamMattressAndTable(l.language), rules);
      assert.match(mail.text, l.twoDates);
      assert.match(mail.html, l.twoDates);
    });

    it(`promises no date in ${l.language}`, () => {
      const mail = renderResidentConfirmation(schiedamMattressAndTable(l.language), rules);
      for (const pattern of DATE_LIKE) {
        assert.doesNotMatch(mail.text, pattern);
        assert.doesNotMatch(mail.html, pattern);
      }
    });
  }

  it('writes Arabic right to left', () => {
    const { html } = renderResidentConfirmation(schiedamMattressAndTable('ar'), rules);
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.match(html, /<body dir="rtl"/);
    assert.doesNotMatch(renderResidentConfirmation(schiedamMattressAndTable('tr'), rules).html, /rtl/);
  });

  it('lists each route with its items and tells the resident to put out only that route’s items on its date', () => {
    const { text } = renderResidentConfirmation(schiedamMattressAndTable('nl'), rules);
    const huisraad = text.indexOf('Route: Huisraad');
    const ijzer = text.indexOf('Route: IJzer, elektrische apparaten en matrassen');
    assert.ok(huisraad > 0 && ijzer > huisraad);
    assert.match(text.slice(huisraad, ijzer), /- eettafel\n/);
    assert.match(text.slice(ijzer), /- matras\n/);
    assert.match(text.slice(huisraad, ijzer), /alleen de spullen voor Huisraad buiten/);
    assert.match(text.slice(ijzer), /alleen de spullen voor IJzer, elektrische apparaten en matrassen buiten/);
    assert.ok(text.includes(`tussen ${rules.putOut.from} en ${rules.putOut.until} buiten`));
    assert.ok(text.includes(`tussen ${rules.collection.from} en ${rules.collection.until}`));
  });

  it('shows the resident’s details, the reference and customer service from the rule data', () => {
    const { text } = renderResidentConfirmation(aPickupRequest({ language: 'en' }), rules);
    assert.match(
      text,
      /Name: A\. Voorbeeld\nAddress: Voorbeeldlaan 12A, 3111 AA Schiedam\nE-mail: a\.voorbeeld@example\.org/,
    );
    assert.match(text, /Municipality: Schiedam\nReference number: GV-7K3M9Q/);
    const service = rules.contacts.customerService;
    assert.ok(text.includes(`${service.phone} or ${service.email} (${service.hours.en})`));
    const turkish = renderResidentConfirmation(aPickupRequest({ language: 'tr' }), rules).text;
    assert.ok(turkish.includes(`(${service.hours.tr})`), 'opening hours in the resident’s language');
  });

  it('embeds the placement picture inline and refers to it by Content-ID', () => {
    const mail = renderResidentConfirmation(aPickupRequest(), rules);
    const [image] = mail.attachments;
    assert.ok(image?.cid);
    assert.equal(image.filename, 'afvalplaats.png');
    assert.equal(image.contentType, 'image/png');
    const png = Buffer.from(image.content, 'base64');
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
    assert.ok(png.length < 60 * 1024, 'small enough to send with every confirmation');
    assert.ok(mail.html.includes(`src="cid:${image.cid}"`));
  });

  it('explains refused items with their alternative, and adds heavy-appliance guidance when needed', () => {
    const request = aPickupRequest({
      items: [anItem('a', 'bank'), anItem('b', 'wasmachine', { weightKg: 70 }), anItem('c', 'autoband')],
    });
    const { text } = renderResidentConfirmation(request, rules);
    assert.match(
      text,
      /Wat we niet meenemen[\s\S]*autoband: Autobanden nemen we niet mee als grofvuil\. .*milieustraat/,
    );
    assert.match(text, /Zware apparaten\n=+\nZet zware apparaten/);
    const plain = renderResidentConfirmation(aPickupRequest(), rules).text;
    assert.doesNotMatch(plain, /Zware apparaten|Wat we niet meenemen/);
  });

  it('renders hostile names as text in HTML and leaves the plain text readable', () => {
    const name = `<script>alert(1)</script> O'Brien & Zn`;
    const mail = renderResidentConfirmation(aPickupRequest({ contact: { name } }), rules);
    assert.doesNotMatch(mail.html, /<script/i);
    assert.ok(mail.html.includes('Beste &lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien &amp; Zn,'));
    assert.ok(mail.text.includes(`Beste ${name},`));
  });
});
