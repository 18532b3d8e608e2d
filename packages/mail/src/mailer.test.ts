import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMailer, MailSendError, redactAddresses } from './mailer.ts';
import { startTestSmtp } from './testing/test-smtp.ts';

const mail = { to: 'jan@example.org', subject: 'Test', text: 'hallo', html: '<p>hallo</p>', attachments: [] };

describe('createMailer', () => {
  it('resolves with the Message-ID it was given once the server accepted the mail', async (t) => {
    const smtp = await startTestSmtp(t);
    const mailer = createMailer(smtp.url, { from: '"Irado" <noreply@irado.example>' });
    t.after(() => mailer.close());
    await mailer.verify();
    const { messageId } = await mailer.send({ ...mail, messageId: '<abc@irado.example>' });
    assert.equal(messageId, '<abc@irado.example>');
    assert.equal(smtp.messages[0]?.messageId, '<abc@irado.example>');
    assert.equal(smtp.messages[0]?.from?.text, '"Irado" <noreply@irado.example>');
  });

  it('reports an unreachable server as temporary, a 5xx refusal as permanent, neither with the address', async (t) => {
    const down = await startTestSmtp(t, { down: true });
    const unreachable = createMailer(down.url, { from: 'noreply@irado.example' });
    t.after(() => unreachable.close());
    await assert.rejects(unreachable.verify(), (e: unknown) => e instanceof MailSendError && !e.permanent);
    await assert.rejects(unreachable.send(mail), (e: unknown) => e instanceof MailSendError && !e.permanent);

    const refusing = await startTestSmtp(t, { failFirst: 1, failWith: 'permanent' });
    const mailer = createMailer(refusing.url, { from: 'noreply@irado.example' });
    t.after(() => mailer.close());
    await assert.rejects(mailer.send(mail), (e: unknown) => {
      assert.ok(e instanceof MailSendError);
      assert.equal(e.permanent, true);
      assert.equal(e.responseCode, 550);
      assert.doesNotMatch(e.message, /jan@example\.org/);
      return true;
    });
  });

  it('redacts every e-mail address in an error text', () => {
    assert.equal(
      redactAddresses("550 5.1.1 <jan.de.vries+x@example.org>: Recipient address rejected; from 'a@b.nl'"),
      "550 5.1.1 <[address]>: Recipient address rejected; from '[address]'",
    );
  });
});
