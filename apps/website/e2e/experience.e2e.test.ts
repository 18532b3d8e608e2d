import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { blocking, runAxe } from './support/axe.ts';
import { cspViolations, DESKTOP, openBrowser, screenshot } from './support/browser.ts';
import { type E2eSystem, startE2eSystem } from './support/system.ts';
import { Widget } from './support/widget.ts';

/** Messages per minute in one chat session; low, so the rate-limit test reaches it quickly. */
const SESSION_LIMIT = 6;

let system: E2eSystem;
before(async () => {
  system = await startE2eSystem({ CHAT_RATE_LIMIT_SESSION: String(SESSION_LIMIT) });
});
after(() => system?.stop());

async function openPage(t: Parameters<typeof openBrowser>[0]) {
  const browser = await openBrowser(t);
  await browser.page.goto(system.websiteUrl);
  return { ...browser, widget: new Widget(browser.page) };
}

describe('the widget for every resident', () => {
  it('works with the keyboard alone: focus moves in, stays in, and returns to the launcher', async (t) => {
    const { page, errors, widget } = await openPage(t);
    for (let i = 0; i < 60 && (await widget.focused()) !== 'button.launcher[Chat met Irado]'; i++) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await widget.focused(), 'button.launcher[Chat met Irado]', 'the launcher is reachable with Tab');
    await page.keyboard.press('Enter');
    await widget.dialog.waitFor();
    assert.equal(await widget.focused(), 'input[irado-chat-input]', 'opening moves the focus to the input');
    assert.equal(await widget.launcher.getAttribute('aria-expanded'), 'true');
    await screenshot(page, 'keyboard-1-open');

    const visited = new Set<string>();
    for (let i = 0; i < 18; i++) {
      await page.keyboard.press(i < 9 ? 'Tab' : 'Shift+Tab');
      assert.ok(await widget.focusInDialog(), `Tab ${i + 1} left the dialog`);
      visited.add(await widget.focused());
    }
    for (const control of ['Begin een nieuw gesprek', 'Sluit de chat', 'Nederlands', 'English', 'Verstuur']) {
      assert.ok(
        [...visited].some((f) => f.includes(`[${control}]`)),
        `${control} is in the Tab order`,
      );
    }

    while ((await widget.focused()) !== 'button.choice[Nederlands]') await page.keyboard.press('Tab');
    await widget.expectReply(() => page.keyboard.press('Enter'));
    assert.equal(await widget.focused(), 'input[irado-chat-input]', 'after choosing, the focus is back in the input');
    await page.keyboard.type('Wat mag er bij het grofvuil?');
    await widget.expectReply(() => page.keyboard.press('Enter'));
    await screenshot(page, 'keyboard-2-answered');

    await page.keyboard.press('Escape');
    await widget.assertClosed();
    assert.equal(
      await widget.focused(),
      'button.launcher[Chat met Irado]',
      'closing returns the focus to the launcher',
    );
    await page.keyboard.press('Enter');
    assert.equal(await widget.focused(), 'input[irado-chat-input]');
    await page.keyboard.press('Escape');
    assert.deepEqual(errors, []);
  });

  it('has no serious or critical accessibility violation (axe-core) with the chat open', async (t) => {
    const { page, errors, widget } = await openPage(t);
    await widget.open();
    const atStart = await runAxe(page);
    await widget.chooseLanguage('Nederlands');
    await widget.say('Ik wil een matras laten ophalen');
    const withButtons = await runAxe(page);
    for (const v of [...atStart, ...withButtons]) t.diagnostic(`axe ${v.impact}: ${v.id} (${v.help})`);
    assert.deepEqual(blocking(atStart), []);
    assert.deepEqual(blocking(withButtons), []);
    await screenshot(page, 'axe-checked');
    assert.deepEqual(cspViolations(errors), []);
  });

  it('chats in Arabic from right to left', async (t) => {
    const { page, errors, widget } = await openPage(t);
    await widget.open();
    const greeting = await widget.chooseLanguage('العربية').then(() => widget.lastReply());
    const root = page.locator('[data-irado-chat-host] .root');
    assert.equal(await root.getAttribute('dir'), 'rtl');
    assert.equal(await root.getAttribute('lang'), 'ar');
    assert.match(greeting, /[\u0600-\u06FF]{3}/, 'an Arabic greeting');
    assert.equal(await widget.dialog.getAttribute('aria-label'), 'مساعد Irado للنفايات الكبيرة');
    const reply = await widget.say('أريد التخلص من أريكة');
    assert.match(reply, /[\u0600-\u06FF]{3}/, 'an Arabic reply');
    // Mirrored: the popup and the launcher sit on the left.
    const box = await widget.dialog.boundingBox();
    assert.ok(box && box.x < DESKTOP.width / 2, `the dialog starts at x=${box?.x}`);
    await screenshot(page, 'arabic-rtl');
    assert.deepEqual(errors, []);
  });

  it('shows markup typed by a resident as text and never runs it', async (t) => {
    const { page, errors, widget } = await openPage(t);
    await widget.open();
    await widget.chooseLanguage('Nederlands');
    const attack = '<img src=x onerror="window.__xss=1"><b>vet</b>';
    await widget.say(attack);
    assert.equal((await widget.userMessages.last().textContent())?.includes(attack), true);
    assert.equal(await page.locator('.log .message--user img, .log .message--user b').count(), 0);
    assert.equal(await page.evaluate(() => (window as { __xss?: number }).__xss), undefined);
    assert.deepEqual(errors, []);
  });

  it('tells the resident to wait when messages come too fast, with the wait and the phone number', async (t) => {
    const { page, errors, widget } = await openPage(t);
    await widget.open();
    await widget.chooseLanguage('Nederlands');
    for (let sent = 1; sent <= SESSION_LIMIT && !(await widget.notice.isVisible()); sent++) await widget.send('hoi');
    const notice = (await widget.notice.textContent()) ?? '';
    assert.match(notice, /Probeer het over \d+ seconden opnieuw/);
    assert.match(notice, /010-262 1000/);
    assert.equal(await widget.input.inputValue(), 'hoi', 'the message waits in the input to be sent again');
    await screenshot(page, 'error-rate-limited');
    assert.deepEqual(cspViolations(errors), []);
  });
});
