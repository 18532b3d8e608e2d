import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cspViolations, openBrowser, PHONE, screenshot } from './support/browser.ts';
import { deliveredMails, type E2eSystem, startE2eSystem } from './support/system.ts';
import { Widget } from './support/widget.ts';

let system: E2eSystem;
before(async () => {
  system = await startE2eSystem();
});
after(() => system?.stop());

/** The booking up to the summary: typed messages and pressed buttons, as a resident would. */
async function upToSummary(widget: Widget, email: string): Promise<void> {
  await widget.chooseLanguage('Nederlands');
  assert.match(await widget.say('Ik wil een matras en een tafel laten ophalen'), /gemeente/);
  assert.match(await widget.press('Schiedam'), /privacyverklaring/);
  assert.match(await widget.press('Ja'), /naam/);
  assert.match(await widget.say(`Jan Voorbeeld, Broersvest 12, 3117 XA Schiedam, ${email}`), /Klopt alles/);
}

async function confirm(widget: Widget): Promise<string> {
  const done = await widget.press('Ja, verstuur de aanvraag');
  const reference = /GV-[A-Z0-9]+/.exec(done)?.[0];
  assert.ok(reference, done);
  return reference;
}

async function assertMailsSent(widget: Widget, email: string): Promise<void> {
  const mails = await deliveredMails(system.pool, await widget.sessionId());
  assert.deepEqual(
    mails.map((m) => m.kind),
    ['resident_confirmation', 'team_route', 'team_route'],
  );
  assert.equal(mails.find((m) => m.kind === 'resident_confirmation')?.to, email);
}

describe('booking a pickup in the widget', () => {
  it('books on a desktop by typing and pressing buttons, to the confirmation, and the mails go out', async (t) => {
    const { page, errors } = await openBrowser(t);
    await page.goto(system.websiteUrl);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { domContentLoaded: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd) };
    });
    t.diagnostic(`page load: DOMContentLoaded ${timing.domContentLoaded} ms, load ${timing.load} ms`);
    await screenshot(page, 'desktop-1-page');
    const widget = new Widget(page);
    await widget.open();
    await screenshot(page, 'desktop-2-languages');
    await upToSummary(widget, 'jan.desktop@example.org');
    // The placement picture comes with the summary, from the website's /media route.
    const picture = page.locator('.log img.afvalplaats').last();
    await picture.waitFor();
    assert.ok(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0));
    // The privacy statement is a real, safe link.
    const link = page.locator('.log a[href="https://www.irado.nl/privacyverklaring"]').first();
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await link.getAttribute('target'), '_blank');
    await screenshot(page, 'desktop-3-summary');
    await confirm(widget);
    await screenshot(page, 'desktop-4-confirmation');
    await assertMailsSent(widget, 'jan.desktop@example.org');
    assert.deepEqual(cspViolations(errors), []);
    assert.deepEqual(errors, []);
  });

  it('books on a phone in a full-screen chat', async (t) => {
    const { page, errors } = await openBrowser(t, { phone: true });
    await page.goto(system.websiteUrl);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.equal(width, PHONE.width, 'the page fits the phone without sideways scrolling');
    await screenshot(page, 'phone-1-page');
    const widget = new Widget(page);
    await widget.open();
    const box = await widget.dialog.boundingBox();
    assert.deepEqual(box, { x: 0, y: 0, width: PHONE.width, height: PHONE.height });
    assert.equal(await widget.launcher.isVisible(), false, 'the launcher steps aside while the chat is open');
    await screenshot(page, 'phone-2-languages');
    await upToSummary(widget, 'jan.phone@example.org');
    await screenshot(page, 'phone-3-summary');
    await confirm(widget);
    await screenshot(page, 'phone-4-confirmation');
    await assertMailsSent(widget, 'jan.phone@example.org');
    assert.deepEqual(errors, []);
  });

  it('keeps the conversation over a reload and finishes the booking after it', async (t) => {
    const { page, errors } = await openBrowser(t);
    await page.goto(system.websiteUrl);
    const widget = new Widget(page);
    await widget.open();
    await widget.chooseLanguage('Nederlands');
    await widget.say('Ik wil een bank laten ophalen');
    await widget.press('Schiedam');
    const sessionId = await widget.sessionId();
    const shown = await widget.botMessages.count();

    await page.reload();
    await widget.dialog.waitFor({ state: 'visible' });
    assert.equal(await widget.sessionId(), sessionId);
    assert.equal(await widget.botMessages.count(), shown, 'the history is back');
    assert.equal(await widget.userMessages.count(), 2);
    assert.match(await widget.lastReply(), /privacyverklaring/);
    await screenshot(page, 'reload-1-restored');

    assert.match(await widget.press('Ja'), /naam/);
    await widget.say('Jan Voorbeeld, Broersvest 12, 3117 XA Schiedam, jan.reload@example.org');
    await confirm(widget);
    await screenshot(page, 'reload-2-confirmation');
    const mails = await deliveredMails(system.pool, sessionId);
    assert.ok(mails.some((m) => m.kind === 'resident_confirmation' && m.to === 'jan.reload@example.org'));
    assert.deepEqual(errors, []);
  });
});
