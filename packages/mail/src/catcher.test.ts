import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { currentRules as rules } from '@irado/kernel';
import { type MailCatcherOptions, startMailCatcher } from './catcher.ts';
import { createMailer, MailSendError } from './mailer.ts';
import { renderResidentConfirmation } from './templates/resident-confirmation.ts';
import { renderTeamMail } from './templates/team-mail.ts';
import { readCaughtMails } from './testing/caught-mails.ts';
import { aPickupRequest } from './testing/requests.ts';

async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'irado-catcher-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return join(dir, 'mail'); // not there yet: the catcher creates it
}

async function catcherWithMailer(t: TestContext, opts: MailCatcherOptions) {
  const catcher = await startMailCatcher(opts);
  const mailer = createMailer(catcher.url, { from: 'noreply@irado.example' });
  // The mailer first, so the catcher does not wait for its pooled connection to go idle.
  t.after(async () => {
    await mailer.close();
    await catcher.close();
  });
  return { catcher, mailer };
}

describe('startMailCatcher', () => {
  it('stores every mail as an .eml file that parses back with its attachments', async (t) => {
    const dir = await tempDir(t);
    const { catcher, mailer } = await catcherWithMailer(t, { dir });
    assert.match(catcher.url, /^smtp:\/\/127\.0\.0\.1:\d+$/);
    const request = aPickupRequest();
    const route = request.plan.routes[0];
    assert.ok(route);
    const team = renderTeamMail(request, route, rules);
    await mailer.send({ to: 'planning@irado.example', ...team, messageId: '<team/1:x@irado.example>' });
    await mailer.send({ to: request.contact.email, ...renderResidentConfirmation(request, rules) });

    const caught = await readCaughtMails(dir);
    assert.equal(caught.length, 2);
    assert.match(caught[0]?.file ?? '', /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z-team_1_x_irado\.example\.eml$/);
    const xml = caught
      .find((c) => c.mail.subject === team.subject)
      ?.mail.attachments.find((a) => a.filename === 'grofvuil_aanvraag.xml');
    assert.equal(xml?.content.toString('utf8'), team.attachments[0]?.content);
    const resident = caught.find((c) => c.mail.subject === 'Bevestiging grofvuil aanvraag - Irado')?.mail;
    const picture = resident?.attachments.find((a) => a.filename === 'afvalplaats.png');
    assert.ok(picture?.cid && String(resident?.html).includes(`cid:${picture.cid}`));
    assert.deepEqual(
      (await readdir(dir)).filter((f) => !f.endsWith('.eml')),
      [],
      'no temporary files left',
    );
  });

  it('refuses a mail over the size limit with 552 and stores nothing', async (t) => {
    const dir = await tempDir(t);
    const { mailer } = await catcherWithMailer(t, { dir, maxMessageBytes: 2_000 });
    const request = aPickupRequest();
    await assert.rejects(
      mailer.send({ to: request.contact.email, ...renderResidentConfirmation(request, rules) }),
      (err: unknown) => err instanceof MailSendError && err.permanent && err.responseCode === 552,
    );
    assert.deepEqual(await readdir(dir), []);
  });

  it('listens on loopback only, because it has no authentication', async (t) => {
    const dir = await tempDir(t);
    await assert.rejects(startMailCatcher({ dir, host: '0.0.0.0' }), { code: 'CONFIG' });
  });
});
