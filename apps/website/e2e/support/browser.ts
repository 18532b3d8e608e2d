import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Screenshots of every E2E test, for a person to look at (gitignored). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../../test-output/website-e2e/', import.meta.url));

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions of the page, CSP violations included. */
  errors: string[];
}

/**
 * Debian's chromium, headless, in a fresh profile per test: nothing carries over between tests (localStorage
 * included), and nothing phones home during a run.
 */
export async function openBrowser(t: TestContext, opts: { phone?: boolean } = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'irado-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    locale: 'nl-NL',
    ...(opts.phone
      ? { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: DESKTOP, deviceScaleFactor: 1 }),
  });
  t.after(async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Saves a full-viewport screenshot as test-output/website-e2e/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

/** Messages that report a Content-Security-Policy violation. */
export const cspViolations = (errors: string[]) => errors.filter((e) => /Content Security Policy|Refused to/i.test(e));
