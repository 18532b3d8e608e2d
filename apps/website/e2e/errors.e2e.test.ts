import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../src/app.ts';
import { assetsAreStale, buildAssets } from '../src/assets/build-assets.ts';
import { readManifest } from '../src/assets/manifest.ts';
import { ASSETS_DIR, MEDIA_DIR } from '../src/assets/paths.ts';
import { cspViolations, openBrowser, screenshot } from './support/browser.ts';
import { Widget } from './support/widget.ts';

// The real website, in this process, in front of a chatbot that is not there: port 9 on loopback refuses.
let website: Awaited<ReturnType<typeof buildApp>>;
let url: string;
before(async () => {
  if (await assetsAreStale()) await buildAssets();
  const manifest = readManifest();
  assert.ok(manifest);
  website = await buildApp({
    manifest,
    assetsDir: ASSETS_DIR,
    mediaDir: MEDIA_DIR,
    chatbotUrl: 'http://127.0.0.1:9',
    chatbotReady: async () => false,
    logLevel: 'silent',
  });
  await website.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(website.server.address() as AddressInfo).port}`;
});
after(() => website?.close());

describe('the widget when something is down', () => {
  it('shows the server-error state with the customer-service number when the chat API is down', async (t) => {
    const { page, errors } = await openBrowser(t);
    await page.goto(url);
    const widget = new Widget(page);
    await widget.open();
    await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
    await widget.notice.waitFor();
    const notice = (await widget.notice.textContent()) ?? '';
    assert.match(notice, /De chat is op dit moment niet bereikbaar/);
    assert.match(notice, /010-262 1000/);
    assert.equal(await page.locator('.notice a[href="tel:+31102621000"]').count(), 1);
    assert.equal(await page.getByRole('alert').count(), 1, 'announced to screen readers at once');
    // Nothing half-done: the language choice is still there to try again.
    assert.equal(await page.getByRole('button', { name: 'Nederlands', exact: true }).isVisible(), true);
    await screenshot(page, 'error-server-down');
    assert.deepEqual(cspViolations(errors), []);
  });

  it('shows the offline state while the network is gone, and clears it when it returns', async (t) => {
    const { page, context, errors } = await openBrowser(t);
    await page.goto(url);
    const widget = new Widget(page);
    await context.setOffline(true);
    await widget.open();
    await widget.notice.waitFor();
    assert.match((await widget.notice.textContent()) ?? '', /U bent offline.*010-262 1000/s);
    await widget.input.fill('Ik wil een bank laten ophalen');
    await widget.input.press('Enter');
    assert.equal(await widget.userMessages.count(), 0, 'nothing is sent while offline');
    assert.equal(await widget.input.inputValue(), 'Ik wil een bank laten ophalen', 'the message is kept');
    await screenshot(page, 'error-offline');
    await context.setOffline(false);
    await widget.notice.waitFor({ state: 'detached' });
    assert.deepEqual(cspViolations(errors), []);
  });
});
