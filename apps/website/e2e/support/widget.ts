import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

/**
 * Drives the chat widget like a resident. Playwright's CSS and role locators pierce the widget's open shadow root.
 */
export class Widget {
  constructor(readonly page: Page) {}

  get launcher(): Locator {
    return this.page.locator('[data-irado-chat-host] .launcher');
  }
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }
  get input(): Locator {
    return this.page.locator('#irado-chat-input');
  }
  get botMessages(): Locator {
    return this.page.locator('.log .message--bot');
  }
  get userMessages(): Locator {
    return this.page.locator('.log .message--user');
  }
  get notice(): Locator {
    return this.page.locator('.notice');
  }

  async open(): Promise<void> {
    await this.launcher.click();
    await this.dialog.waitFor({ state: 'visible' });
  }

  /** Picks a language on the first screen and waits for the greeting. */
  async chooseLanguage(name: string): Promise<void> {
    await this.expectReply(() => this.page.getByRole('button', { name, exact: true }).click());
  }

  /** Types a message, sends it with Enter and waits for the whole reply. */
  async say(text: string): Promise<string> {
    await this.input.fill(text);
    return this.expectReply(() => this.input.press('Enter'));
  }

  /** Presses a reply button of the last bot message and waits for the whole reply. */
  async press(label: string | RegExp): Promise<string> {
    const button = this.page.locator('.log .choices').getByRole('button', { name: label });
    return this.expectReply(() => button.click());
  }

  async lastReply(): Promise<string> {
    return ((await this.botMessages.last().textContent()) ?? '').trim();
  }

  /** Runs `action` and waits until one more bot message is in the log and the widget is idle again. */
  async expectReply(action: () => Promise<void>): Promise<string> {
    const before = await this.botMessages.count();
    await action();
    await this.page.waitForFunction(
      (n) => {
        const root = document.querySelector('[data-irado-chat-host]')?.shadowRoot;
        const idle = !root?.querySelector('.typing') && !root?.querySelector('.send[aria-disabled="true"]');
        return idle && (root?.querySelectorAll('.log .message--bot').length ?? 0) > n;
      },
      before,
      { timeout: 20_000 },
    );
    return this.lastReply();
  }

  /** The element focused inside the widget (document.activeElement only shows its host). */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const host = document.querySelector('[data-irado-chat-host]');
      const active = document.activeElement === host ? host?.shadowRoot?.activeElement : document.activeElement;
      if (!active) return 'none';
      const label = active.getAttribute('aria-label') || active.id || active.textContent?.trim() || '';
      return `${active.tagName.toLowerCase()}${active.className ? `.${String(active.className).split(' ')[0]}` : ''}${label ? `[${label}]` : ''}`;
    });
  }

  /** Sends a message and waits until the widget is idle again, whatever the outcome (a reply or an error). */
  async send(text: string): Promise<void> {
    await this.input.fill(text);
    await this.input.press('Enter');
    await this.page.waitForFunction(() => {
      const root = document.querySelector('[data-irado-chat-host]')?.shadowRoot;
      return !root?.querySelector('.typing') && !root?.querySelector('.send[aria-disabled="true"]');
    });
  }

  /** Whether the focus is inside the open dialog. */
  async focusInDialog(): Promise<boolean> {
    return this.page.evaluate(
      () => !!document.querySelector('[data-irado-chat-host]')?.shadowRoot?.activeElement?.closest('[role=dialog]'),
    );
  }

  /** The chat session the widget keeps in localStorage. */
  async sessionId(): Promise<string> {
    return this.page.evaluate(() => JSON.parse(localStorage.getItem('irado-chat:v1') ?? '{}').sessionId);
  }

  async assertClosed(): Promise<void> {
    assert.equal(await this.dialog.count(), 0, 'the dialog is hidden');
    assert.equal(await this.launcher.getAttribute('aria-expanded'), 'false');
  }
}
